using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Extraction on the real Government Work Reports and congress reports in ../shared/corpus.</summary>
public sealed class CorpusTests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static readonly Lazy<IReadOnlyDictionary<string, SloganMention>> GwrFirstMentions = new(() =>
    {
        string folder = SharedData.Require("corpus/gwr");
        var corpus = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), int.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(f)));
        return Extractor.FirstMentions(corpus);
    });

    [Fact]
    public void The_2019_report_mentions_six_stabilities_twice_through_its_members()
    {
        IReadOnlyList<SloganMention> mentions = Extractor.Extract(SharedData.ReadText("corpus/gwr/2019.txt"), new ExtractionContext("2019", 2019));
        SloganMention[] six = [.. mentions.Where(m => m.Canonical == "六稳")];
        Assert.Equal(2, six.Length);
        Assert.All(six, m => Assert.Equal(("members", "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期"), (m.Subtype, m.Surface)));
    }

    [Fact]
    public void The_2022_congress_report_has_no_false_two_upholds_or_two_establishes()
    {
        // It writes 坚决维护党中央权威和集中统一领导 (one member of 两个维护) but neither formula.
        string text = SharedData.ReadText("corpus/cpc-congress/20_2022.txt");
        IReadOnlyList<SloganMention> mentions = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { CountingUnit = CountingUnit.Nested })
            .Extract(text, new ExtractionContext("20_2022", 2022));
        Assert.DoesNotContain(mentions, m => m.Canonical is "两个维护" or "两个确立" || m.Surface.Contains("两个维护", StringComparison.Ordinal) || m.Surface.Contains("两个确立", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Canonical == "中国式现代化");
    }

    // The first report in which each formula appears, read off the texts with grep and checked by eye: literally,
    // through a variant (一个国家、两种制度 1984, “三个代表”重要思想 2001), or through its members (六稳 2019,
    // 五位一体 from 2009, three years before the label; 一带一路 2014 as 丝绸之路经济带、21世纪海上丝绸之路).
    // 全面建成小康社会 is in the 2011 report, a year before the 18th Party Congress the notes dated it to.
    // There is no 2020 report in the corpus, hence 六保 in 2021.
    [Theory]
    [InlineData("四项基本原则", 1979, "canonical")]
    [InlineData("一国两制", 1984, "variant")]
    [InlineData("三个代表", 2001, "variant")]
    [InlineData("党的领导、人民当家作主、依法治国有机统一", 2007, "variant")]
    [InlineData("全面建设小康社会", 2003, "canonical")]
    [InlineData("科学发展观", 2004, "canonical")]
    [InlineData("五位一体", 2009, "members")]
    [InlineData("全面建成小康社会", 2011, "canonical")]
    [InlineData("一带一路", 2014, "members")]
    [InlineData("新常态", 2015, "canonical")]
    [InlineData("新发展理念", 2016, "members")]
    [InlineData("供给侧结构性改革", 2016, "canonical")]
    [InlineData("三大攻坚战", 2018, "members")]
    [InlineData("高质量发展", 2018, "canonical")]
    [InlineData("六稳", 2019, "members")]
    [InlineData("两个维护", 2019, "canonical")]
    [InlineData("六保", 2021, "canonical")]
    [InlineData("新发展格局", 2021, "canonical")]
    [InlineData("碳达峰、碳中和", 2021, "canonical")]
    [InlineData("两个确立", 2022, "canonical")]
    [InlineData("中国式现代化", 2023, "canonical")]
    [InlineData("新质生产力", 2024, "canonical")]
    public void First_year_in_the_government_work_reports_is_what_the_text_says(string formula, int year, string how)
    {
        SloganMention first = GwrFirstMentions.Value[formula];
        Assert.Equal((year, how), (first.Year, first.Subtype));
    }

    [Fact]
    public void No_documented_formula_appears_in_a_report_before_it_was_coined()
    {
        foreach ((string canonical, SloganMention first) in GwrFirstMentions.Value)
        {
            FirstAppearance? official = Lexicon.Default.Find(canonical)!.First;
            if (official is { Confidence: AppearanceConfidence.Documented, Year: int coined })
            {
                Assert.True(first.Year >= coined, $"{canonical}: in the {first.Year} report ({first.Surface}) but coined in {coined}");
            }
        }
    }

    [Fact]
    public void Formulas_never_found_are_the_ones_the_reports_never_use()
    {
        string[] absent = [.. Lexicon.Default.Entries.Select(e => e.Canonical).Where(c => !GwrFirstMentions.Value.ContainsKey(c)).Order(StringComparer.Ordinal)];
        Assert.Equal(
            new[] { "一府一委两院", "万众一心加油干", "三个务必", "三个自信", "两会", "中华民族伟大复兴战略全局", "全过程人民民主", "只争朝夕，不负韶华", "四个“铁一般”", "四个伟大", "越是艰险越向前" }.Order(StringComparer.Ordinal),
            absent);
    }

    [Fact]
    public void The_whole_report_corpus_is_extracted_in_seconds()
    {
        string folder = SharedData.Require("corpus/gwr");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int mentions = Directory.GetFiles(folder, "*.txt").Sum(f => Extractor.Extract(File.ReadAllText(f), new ExtractionContext(f)).Count);
        Assert.True(mentions > 3000, $"{mentions} mentions");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed}");
    }
}
