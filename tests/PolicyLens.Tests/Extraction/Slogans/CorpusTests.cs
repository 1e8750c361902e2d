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

    // Round 2 of the lexicon: 中部崛起 from the 2004 report's 促进中部地区崛起 (where the strategy was first proposed),
    // 乡村全面振兴 in a 2022 heading (促进乡村全面振兴), 大兴调查研究 in 1964 (Mao's 1961 call, revived in 2023).
    [InlineData("中部崛起", 2004, "variant")]
    [InlineData("创新型国家", 2006, "canonical")]
    [InlineData("乡村全面振兴", 2022, "canonical")]
    [InlineData("质的有效提升和量的合理增长", 2023, "canonical")]
    [InlineData("大兴调查研究", 1964, "canonical")]
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
    public void Every_entry_first_appears_in_the_national_corpus_where_the_lexicon_says()
    {
        // The lexicon records each entry's first occurrence in gwr + cpc-congress (year, document, offset, form), computed
        // by `policylens lexicon first`; recomputed here, every one must agree, and entries recorded without one must
        // not occur at all.
        IEnumerable<(string, int, string)> corpus = LexiconMaintenance.ReadCorpus(SharedData.Require("corpus/gwr"), SharedData.Require("corpus/cpc-congress"));
        IReadOnlyDictionary<string, CorpusAppearance> computed = LexiconMaintenance.FirstAppearances(Lexicon.Default, corpus);
        string[] wrong = [.. Lexicon.Default.Entries
            .Where(e => computed.GetValueOrDefault(e.Canonical) != e.NationalFirst)
            .Select(e => $"{e.Canonical}: recorded {e.NationalFirst}, computed {computed.GetValueOrDefault(e.Canonical)}")];
        Assert.True(wrong.Length == 0, string.Join("\n", wrong.Take(20)));
        Assert.True(computed.Count >= 1000, $"{computed.Count} entries occur in the national corpus");
    }

    [Fact]
    public void A_recorded_first_appearance_points_at_the_formula_in_its_file()
    {
        // 六稳 first appears in the 2019 report as its six members; the offset is where they start in the file.
        CorpusAppearance six = Lexicon.Default.Find("六稳")!.NationalFirst!;
        Assert.Equal((2019, "gwr/2019.txt", "members"), (six.Year, six.Document, six.Form));
        string text = File.ReadAllText(Path.Combine(SharedData.Require("corpus/gwr"), "2019.txt"));
        Assert.StartsWith("稳就业", text[six.Offset..], StringComparison.Ordinal);

        // 1954's report is in traditional characters: 羣衆路綫 is found as 群众路线 through the Text stage's character fold.
        CorpusAppearance line = Lexicon.Default.Find("群众路线")!.NationalFirst!;
        Assert.Equal((1954, "gwr/1954.txt"), (line.Year, line.Document));
        string written = File.ReadAllText(Path.Combine(SharedData.Require("corpus/gwr"), "1954.txt")).Substring(line.Offset, 4);
        Assert.Equal(("羣衆路綫", "群众路线"), (written, PolicyLens.Text.VariantFold.Fold(written)));
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
