using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The built-in lexicon, user lexicon files and their errors, and the lexicon-aware segmenter.</summary>
public sealed class LexiconTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-lexicon-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Built_in_lexicon_is_versioned_and_knows_the_numbered_formulas_members()
    {
        Lexicon lexicon = Lexicon.Default;
        Assert.False(string.IsNullOrWhiteSpace(lexicon.Version));
        LexiconEntry six = Assert.IsType<LexiconEntry>(lexicon.Find("六稳"));
        Assert.Equal(["稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期"], six.Members.Select(m => m.Text));
        Assert.Equal("economy", six.Theme);
        Assert.Equal(2018, six.First?.Year);
        Assert.Equal(AppearanceConfidence.Documented, six.First?.Confidence);
        Assert.Equal(Lexicon.BuiltInSource, six.Source);
    }

    [Fact]
    public void Variants_and_abbreviations_lead_to_their_formula()
    {
        Assert.Equal("碳达峰、碳中和", Lexicon.Default.Find("双碳")?.Canonical);
        Assert.Equal("新发展理念", Lexicon.Default.Find("五大发展理念")?.Canonical);
        Assert.Equal("新发展格局", Lexicon.Default.Find("双循环")?.Canonical);
        Assert.Equal("四个“铁一般”", Lexicon.Default.Find("四个铁一般")?.Canonical);
    }

    [Theory]
    [InlineData("农业学大寨", "工业学大庆")]
    [InlineData("无产阶级专政", "人民民主专政")]
    [InlineData("海南自由贸易港", "海南全面深化改革开放")]
    [InlineData("党风廉政建设", "反腐败斗争")]
    [InlineData("碳排放双控", "能耗双控")]
    [InlineData("保增长、扩内需、调结构", "保增长、保民生、保稳定")]
    public void A_partner_or_successor_formula_is_its_own_entry_not_a_variant_of_its_neighbour(string formula, string neighbour)
    {
        // Counting one as the other would merge two formulas' trends (农业学大寨 rising as 工业学大庆).
        Assert.Equal(formula, Lexicon.Default.Find(formula)?.Canonical);
        Assert.DoesNotContain(formula, Lexicon.Default.Find(neighbour)!.Variants);
    }

    [Fact]
    public void A_member_of_a_named_policy_is_not_counted_as_the_policy()
    {
        // 数字化转型 is one of 智改数转网联's four parts, and coders do not code it as a formula on its own.
        Assert.NotEqual("智改数转网联", Lexicon.Default.Find("数字化转型")?.Canonical);
        Assert.Equal("智改数转网联", Lexicon.Default.Find("智改数转")?.Canonical);
    }

    [Fact]
    public void Every_built_in_entry_has_a_theme_and_a_first_appearance_with_its_confidence()
    {
        foreach (LexiconEntry entry in Lexicon.Default.Entries)
        {
            Assert.False(string.IsNullOrEmpty(entry.Theme), entry.Canonical);
            Assert.NotNull(entry.First);
            Assert.True(entry.First.Year is not null || entry.First.Confidence == AppearanceConfidence.Uncertain, entry.Canonical);
        }
    }

    [Fact]
    public void Lexicon_entries_are_single_tokens_in_its_segmenter()
    {
        Assert.Equal(["供给", "侧", "结构性", "改革"], JiebaSegmenter.Default.Cut("供给侧结构性改革"));
        Assert.Equal(["坚持", "供给侧结构性改革"], Lexicon.Default.Segmenter.Cut("坚持供给侧结构性改革"));
        Assert.Contains(Lexicon.Default.UserWords, w => w.Word == "习近平新时代中国特色社会主义思想");
        Assert.DoesNotContain(Lexicon.Default.UserWords, w => w.Word.Contains('、', StringComparison.Ordinal) || w.Word.Contains('“', StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_lexicon_file_adds_entries_without_rebuilding()
    {
        string path = Write("local.tsv", "# local formulas\n“3311”工程计划\teconomy\t3311工程计划\n六保\tmine\t\t保居民就业|保基本民生/保民生\n");
        Lexicon lexicon = Lexicon.Default.WithFile(path);
        Assert.EndsWith("+local.tsv", lexicon.Version, StringComparison.Ordinal);
        LexiconEntry local = Assert.IsType<LexiconEntry>(lexicon.Find("3311工程计划"));
        Assert.Equal("“3311”工程计划", local.Canonical);
        Assert.Equal(path, local.Source);
        Assert.Contains(lexicon.UserWords, w => w.Word == "3311工程计划");

        // Same canonical form: the user's entry replaces the built-in one.
        LexiconEntry six = Assert.IsType<LexiconEntry>(lexicon.Find("六保"));
        Assert.Equal("mine", six.Theme);
        Assert.Equal(["保民生"], six.Members[1].Variants);
        Assert.Single(lexicon.Entries, e => e.Canonical == "六保");
    }

    [Fact]
    public void A_user_lexicon_may_be_json_shaped_like_the_built_in_one()
    {
        string path = Write("local.json", """{ "version": "hy-1", "entries": [ { "canonical": "工业原地倍增计划", "theme": "economy", "first": { "date": "2019", "confidence": "uncertain" } } ] }""");
        Lexicon lexicon = Lexicon.Load(path);
        Assert.Equal("hy-1", lexicon.Version);
        Assert.Equal(2019, lexicon.Find("工业原地倍增计划")?.First?.Year);
    }

    [Theory]
    [InlineData("ok\n\ttheme only\n", 2, "canonical form")]
    [InlineData("a\tb\tc\td\te\n", 1, "at most 4")]
    [InlineData("六稳\n\n六稳\n", 3, "already defined on line 1")]
    [InlineData("两 个\n", 1, "white space")]
    [InlineData("六稳\teconomy\t\t稳就业|/|稳外贸\n", 1, "A member is empty")]
    public void A_bad_line_is_reported_with_file_and_line(string text, int line, string problem)
    {
        string path = Write("bad.tsv", text);
        LexiconFormatException e = Assert.Throws<LexiconFormatException>(() => Lexicon.Default.WithFile(path));
        Assert.Equal(line, e.LineNumber);
        Assert.StartsWith($"{path}:{line}:", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_json_entry_is_reported_with_its_line()
    {
        string path = Write("bad.json", "{\n  \"entries\": [\n    { \"canonical\": \"六稳\" },\n    { \"canonical\": \"六保\",\n      \"first\": { \"confidence\": \"sure\" } }\n  ]\n}\n");
        LexiconFormatException e = Assert.Throws<LexiconFormatException>(() => Lexicon.Load(path));
        Assert.Equal(4, e.LineNumber);
        Assert.Contains("Unknown confidence 'sure'", e.Message, StringComparison.Ordinal);

        string broken = Write("broken.json", "{\n  \"entries\": [\n    { \"canonical\": \"六稳\" \n  ]\n}\n");
        Assert.Equal(4, Assert.Throws<LexiconFormatException>(() => Lexicon.Load(broken)).LineNumber);
    }

    [Fact]
    public void Built_in_lexicon_is_research_scale_and_every_entry_says_what_it_is_and_how_it_was_checked()
    {
        IReadOnlyList<LexiconEntry> entries = Lexicon.Default.Entries;
        Assert.True(entries.Count >= 1500, $"{entries.Count} entries");
        Assert.All(entries, e =>
        {
            Assert.NotEqual(FormulaKind.Unspecified, e.Kind);
            Assert.False(string.IsNullOrEmpty(e.Theme), e.Canonical);
            Assert.Contains("documents", e.Checked, StringComparison.Ordinal);
        });
        foreach (FormulaKind kind in Enum.GetValues<FormulaKind>().Where(k => k != FormulaKind.Unspecified))
        {
            Assert.Contains(entries, e => e.Kind == kind);
        }

        Assert.Equal(FormulaKind.NumberedFormula, Lexicon.Default.Find("六稳")!.Kind);
        Assert.Equal(FormulaKind.Strategy, Lexicon.Default.Find("乡村振兴战略")!.Kind);
        Assert.Equal("以旧换新", Lexicon.Default.Find("消费品以旧换新")?.Canonical);
        Assert.NotNull(Lexicon.Default.Find("专精特新"));
    }

    [Fact]
    public void A_long_fixed_formulation_is_reported_as_the_formula_it_carries()
    {
        // 吉林 2026: 完整准确全面贯彻新发展理念 is how the report writes it; a scholar codes 新发展理念 (codebook: no leading verb).
        string text = File.ReadAllText(SharedData.Require("corpus/provincial/jilin_2026.txt"));
        SloganMention m = Assert.Single(new SloganExtractor(Lexicon.Default).Extract(text, new ExtractionContext("jilin_2026")),
            m => m.Surface == "完整准确全面贯彻新发展理念");
        Assert.Equal(("新发展理念", MentionKind.Lexicon), (m.Canonical, m.Kind));
        // No entry for the verb-led form itself (完整社区, a round-19 programme, starts with the same two characters).
        Assert.Null(Lexicon.Default.Entries.FirstOrDefault(e => e.Canonical.StartsWith("完整准确", StringComparison.Ordinal)));
        // Round 24 (inside24): the county-seat urbanisation is an entry of its own, as every development coder codes it.
        Assert.Equal("以县城为重要载体的城镇化", Lexicon.Default.Find("以县城为重要载体的城镇化")?.Canonical);
        Assert.Equal("人民城市", Lexicon.Default.Find("现代化人民城市")?.Canonical);
    }

    [Fact]
    public void Local_versions_of_national_campaigns_and_provincial_goals_are_reported_as_written()
    {
        // 青海 2026: 平安青海 (three times), 法治青海, 美丽青海, 健康青海 and 生态农业强省, none of them in the national corpus.
        string text = File.ReadAllText(SharedData.Require("corpus/provincial/qinghai_2026.txt"));
        string[] canonicals = [.. new SloganExtractor(Lexicon.Default).Extract(text, new ExtractionContext("qinghai_2026"))
            .Where(m => m.Kind == MentionKind.Lexicon).Select(m => m.Canonical)];
        Assert.Equal(3, canonicals.Count(c => c == "平安青海"));
        Assert.Contains("法治青海", canonicals);
        Assert.Contains("美丽青海", canonicals);
        Assert.Contains("生态农业强省", canonicals);
        Assert.DoesNotContain("平安中国", canonicals);
        LexiconEntry local = Lexicon.Default.Find("法治驻马店")!;
        Assert.Equal((FormulaKind.Campaign, (CorpusAppearance?)null), (local.Kind, local.NationalFirst));
        Assert.Contains("place template", local.Checked, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_in_lexicon_passes_its_own_check()
    {
        Assert.DoesNotContain(LexiconMaintenance.Check(Lexicon.Default), p => p.IsError);
    }

    [Fact]
    public void The_table_format_round_trips_every_field()
    {
        var written = new StringWriter();
        LexiconEntry[] sample = [.. Lexicon.Default.Entries.Where(e => e.Members.Count > 0 && e.NationalFirst is not null && e.First is not null).Take(20)];
        LexiconMaintenance.Write(sample, written, "test-1");
        Lexicon read = Lexicon.Parse(written.ToString(), "round-trip.tsv");
        Assert.Equal("test-1", read.Version);
        Assert.DoesNotContain(LexiconMaintenance.Diff(Lexicon.Parse("# none\n", "none").WithEntries(sample), read), c => c.Change != "added");
        Assert.Equal(sample.Select(e => (e.Canonical, e.Kind, e.NationalFirst, e.First?.Confidence)), read.Entries.Select(e => (e.Canonical, e.Kind, e.NationalFirst, e.First?.Confidence)));
    }

    [Fact]
    public void A_later_lexicon_takes_precedence_over_an_earlier_one()
    {
        // Same canonical form: replaced in place. A variant the user gives to another entry: the user's entry gets it.
        string path = Write("mine.tsv", "canonical\tkind\ttheme\tvariants\n六稳\tslogan\tmine\t\n双循环战略\tstrategy\teconomy\t双循环\n");
        Lexicon merged = Lexicon.Default.WithFile(path);
        Assert.Equal(Lexicon.Default.Entries.Count + 1, merged.Entries.Count);
        Assert.Equal(("mine", FormulaKind.Slogan), (merged.Find("六稳")!.Theme, merged.Find("六稳")!.Kind));
        Assert.Equal("双循环战略", merged.Find("双循环")!.Canonical);
        Assert.Equal("新发展格局", Lexicon.Default.Find("双循环")!.Canonical);
        IReadOnlyList<LexiconChange> diff = LexiconMaintenance.Diff(Lexicon.Default, merged);
        Assert.Contains(diff, c => c is { Change: "added", Canonical: "双循环战略" });
        Assert.Contains(diff, c => c.Change == "changed" && c.Canonical == "六稳" && c.Detail.Contains("theme", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_reports_duplicate_spellings_and_missing_kinds()
    {
        Lexicon bad = Lexicon.Parse("canonical\tkind\ttheme\tvariants\n两个维护\tnumbered-formula\tparty\t\n坚决做到两个维护\t\tparty\t两个维护\n", "bad.tsv");
        IReadOnlyList<LexiconProblem> problems = LexiconMaintenance.Check(bad);
        Assert.Contains(problems, p => p is { Check: "duplicate", Canonical: "坚决做到两个维护", IsError: true });
        Assert.Contains(problems, p => p is { Check: "schema", Canonical: "坚决做到两个维护" });
        Assert.Contains(problems, p => p is { Check: "overlap", Canonical: "两个维护", IsError: false });
    }

    [Fact]
    public void A_hundred_thousand_entry_user_lexicon_loads_and_merges_in_linear_time()
    {
        // Issue 14: 100,000 entries took 32 s (quadratic). The bound is generous; the benchmark measures the speed.
        var text = new System.Text.StringBuilder("# generated\n");
        for (int i = 0; i < 100_000; i++)
        {
            text.Append("本地提法").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("号工程\teconomy\n");
        }

        string path = Write("big.tsv", text.ToString());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Lexicon big = Lexicon.Default.WithFile(path);
        var extractor = new SloganExtractor(big);
        Assert.Single(extractor.Extract("推进本地提法99999号工程建设", new ExtractionContext("t")), m => m.Canonical == "本地提法99999号工程");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed}");
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
