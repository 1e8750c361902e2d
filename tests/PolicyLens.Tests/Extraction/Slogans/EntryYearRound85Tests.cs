// Specifications of round 85's since years (issue 13; LexiconEntry.Since, the lexicon's `since` column, a curated spelling
// ending in ` (since YYYY)`): a spelling that is an ordinary phrase before its formula was coined is no lexicon mention in a
// text whose year is known and earlier, and no first appearance; where the year is unknown it is matched as ever.
//
// The survey behind it (main 95d45853's lexicon mentions over gwr, cpc-congress, corpus_files.readable_reports() and the
// opened unseen sets, against the readable judged files mentions-dev-*, mentions-unseen26{,b,c,d,f,h,i,j,k,l}-* and the
// opened sets' golds):
// 1. Entries with a coined year (1,130 of 3,086): 67 mentions in texts before it, 38 entry-spellings. Nearly all are the
//    formula itself under a coined date the sources record late, or its earlier name: 从严治党 of 全面从严治党 (8, cpc
//    1987–2012), 具有全球影响力的产业科技创新中心 (6; 1 judged right), 乡村全面振兴 (4), 现代乡村产业体系 (4), 经得起实践、人民、
//    历史检验 (3, coined 2026 but in cpc 2007), 稳中求进工作总基调 (3, gwr 2014–2015), 大气/水污染防治攻坚战 (3, zhumadian 2017,
//    judged right 3/3), 全面绿色转型, 联农带农机制, 托幼一体化, 数字人民币, 具身智能 … (1–2 each). Judged: 13 mentions, all
//    right, none wrong; the opened golds code 14 of the 18 in their texts (not coded: 托幼一体化 inside 托幼一体化幼儿园 ×2,
//    数字人民币, 统筹高质量发展和高水平安全: the formula all the same, not a question of year). Ordinary phrases read: 全面深化改革 in gwr 2006 (全面深化改革和扩大开放),
//    求真务实的风气 (cpc 1997), each in one document only. No since year set from this part.
//    First appearances more than two years before the coined year (14): 稳中求进工作总基调 2012 (the formula; CEWC Dec 2011),
//    全面建成小康社会 2007 (the formula), 以人民为中心 2012 (以人民为中心的创作导向: the phrase in culture work, one document),
//    全面深化改革 2006 (ordinary phrase, one document), 全面从严治党 1987 (从严治党, the earlier formula), 两个大局 2000 (Deng's
//    two overall situations, another formula of the name), 五位一体 2009 (its five members listed before the layout was named),
//    两新 2021 (inside “两新一重”, another formula: new infrastructure and new urbanisation), 国家战略科技力量 2017, 国有经济布局
//    优化和结构调整 2017, 中国特色城镇化道路 2002, 经得起实践、人民、历史检验 2007, 主流思想舆论 2012, 社会主义教育运动 1958 (the
//    1957 rural movement): the formula or its earlier name, but for 以人民为中心, 全面深化改革, 五位一体 and 两新.
// 2. Entries without a coined year (1,956): those whose earliest mentions lie twelve or more years before their median one
//    (213 entries) read in their early contexts. Nearly all are long-standing formulas (群众路线, 改革开放, 依法行政 …). Ordinary
//    phrases or another thing before a formula of the name:
//    设备更新 (the 2024 大规模设备更新; the 2022 equipment-renewal loans): 13 mentions before 2023 in 6 documents (gwr 1981 ×6,
//      1982 ×3, 2006, 2007, 2019, 2021), a task word beside 技术改造; judged: gwr 1981 wrong-open (1/1); read ordinary 13/13.
//      From 2023 (gwr 2023 ×2, guangdong 2023) the policy: the 2023 report's 支持重点领域设备更新改造 judged right. Since 2023.
//    伟大斗争 (具有许多新的历史特点的伟大斗争, cpc 2012, one of the 四个伟大 of 2017): 17 mentions before 2012 in 5 documents (gwr
//      1964, 1978 ×4, 1979, cpc 1969 ×4, 1977 ×7), the struggle against someone (反对帝国主义, 揭批“四人帮”); no verdict, no
//      gold; read ordinary 17/17. Since 2012 (the opened gold codes the 2026 具有许多新的历史特点的伟大斗争).
//    产业振兴 (one of the five 振兴 of 乡村振兴, 2018): 3 mentions before 2018 in 3 documents (gwr 2009, 2010, 2012), the 2009
//      industrial revitalisation plans (支持重点产业振兴); no verdict; read not the formula 3/3; the opened golds code it from
//      2022 (4 rows). Since 2018.
//    两新 (大规模设备更新和消费品以旧换新, 2024-03): no outermost mention before 2024; 2 inside “两新一重” (gwr 2021, hebei 2022,
//      whose gold codes 两新一重, not 两新): its first appearance only. Since 2024.
//    Left alone: 伟大事业 (a generic phrase in every year, 36 mentions 1955–2026: a since year would not make it a formula);
//    未来产业 (gwr 2014, 引领未来产业发展), 农业农村现代化 (gwr 2010), 两高 (the same 高耗能高排放 since 2010), 以旧换新 (the
//    2009 家电以旧换新, a policy of the name), 创新驱动 (2010–2011, the formula's precursor): one document, or the formula.
// No since year is set for a place's formula: none of the four has a readable local use before its year.
// Sentences of the readable texts (the file each comes from is named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class EntryYearRound85Tests
{
    private static IReadOnlyList<SloganMention> Mentions(string text, int? year) =>
        SloganExtractor.Default.Extract(text, new ExtractionContext("t", year));

    private static IReadOnlyList<SloganMention> NestedMentions(string text, int? year) =>
        new SloganExtractor(Lexicon.Default, new SloganExtractorOptions { CountingUnit = CountingUnit.Nested }).Extract(text, new ExtractionContext("t", year));

    [Theory]
    // gwr/1981: equipment renewal as a task word beside technical transformation.
    [InlineData("发展重工业要十分重视各项前期准备工作，如对能源和矿产的勘察及开发设计，对重要新产品的科学研究、技术试验、工艺设计，以及人才培养、技术改造和设备更新等等，都必须及时做好。", 1981)]
    // gwr/2019.
    [InlineData("支持企业加快技术改造和设备更新，将固定资产加速折旧优惠政策扩大至全部制造业领域。", 2019)]
    public void Equipment_renewal_before_the_policy_is_no_mention(string text, int year)
    {
        Assert.DoesNotContain(Mentions(text, year), m => m.Canonical == "设备更新");
        Assert.Contains(Mentions(text, null), m => m.Canonical == "设备更新" && m.Surface == "设备更新");
    }

    // gwr/2023: the equipment-renewal loans of 2022, judged the policy (mentions-dev-lexmiss19).
    [Fact]
    public void Equipment_renewal_from_2023_is_the_policy()
    {
        const string text = "运用专项再贷款、财政贴息等政策，支持重点领域设备更新改造。";
        Assert.Contains(Mentions(text, 2023), m => m.Canonical == "设备更新" && m.Surface == "设备更新");
    }

    [Theory]
    // cpc-congress/11_1977.
    [InlineData("首先，一定要把揭批“四人帮”的伟大斗争进行到底。", 1977)]
    // gwr/1978.
    [InlineData("在这场伟大斗争中，党中央、国务院既抓纲，也抓目，以纲带目，采取了一系列的有力措施。", 1978)]
    public void A_great_struggle_against_someone_is_no_mention_before_2012(string text, int year)
    {
        Assert.DoesNotContain(Mentions(text, year), m => m.Canonical == "伟大斗争");
        Assert.Contains(Mentions(text, null), m => m.Canonical == "伟大斗争");
    }

    // cpc-congress/19_2017.
    [Fact]
    public void The_great_struggle_of_the_four_greats_is_a_mention()
    {
        Assert.Contains(Mentions("实现伟大梦想，必须进行伟大斗争。", 2017), m => m.Canonical == "伟大斗争");
    }

    [Theory]
    // gwr/2009: the industrial revitalisation plans of 2009.
    [InlineData("争取尽快突破一批核心技术和关键共性技术，带动产业转型和技术升级，支撑产业振兴和经济长远发展。", 2009)]
    // gwr/2012.
    [InlineData("支持重点产业振兴和技术改造，中央预算投资安排150亿元，支持4000多个项目，带动总投资3000亿元。", 2012)]
    public void Industrial_revitalisation_before_rural_revitalisation_is_no_mention(string text, int year)
    {
        Assert.DoesNotContain(Mentions(text, year), m => m.Canonical == "产业振兴");
        Assert.Contains(Mentions(text, null), m => m.Canonical == "产业振兴");
    }

    // unseen/cpc-agricultural-power-speech-2022 (its gold codes 产业振兴).
    [Fact]
    public void Industrial_revitalisation_of_the_villages_is_a_mention()
    {
        Assert.Contains(Mentions("产业振兴是乡村振兴的重中之重，也是实际工作的切入点。", 2022), m => m.Canonical == "产业振兴");
    }

    // gwr/2021: 两新 inside “两新一重” is another formula, not the 2024 两新, even counted nested.
    [Fact]
    public void The_two_new_inside_two_new_one_heavy_is_no_mention_before_2024()
    {
        const string text = "继续支持促进区域协调发展的重大工程，推进“两新一重”建设，实施一批交通、能源、水利等重大工程项目。";
        Assert.DoesNotContain(NestedMentions(text, 2021), m => m.Canonical == "两新");
        Assert.Contains(NestedMentions(text, null), m => m.Canonical == "两新");
    }

    [Fact]
    public void The_built_in_lexicon_carries_the_since_years()
    {
        Assert.Equal(2023, Lexicon.Default.Find("设备更新")!.Since["设备更新"]);
        Assert.Equal(2012, Lexicon.Default.Find("伟大斗争")!.Since["伟大斗争"]);
        Assert.Equal(2018, Lexicon.Default.Find("产业振兴")!.Since["产业振兴"]);
        Assert.Equal(2024, Lexicon.Default.Find("两新")!.Since["两新"]);
        Assert.DoesNotContain("大规模设备更新", Lexicon.Default.Find("设备更新")!.Since.Keys);
    }

    [Fact]
    public void The_first_appearance_honours_the_since_year()
    {
        // 设备更新 first appeared in the 1981 report as a task word; from the 2023 report on it is the policy.
        Assert.True(Lexicon.Default.Find("设备更新")!.NationalFirst!.Year >= 2023);
        Assert.True(Lexicon.Default.Find("伟大斗争")!.NationalFirst!.Year >= 2012);
        Assert.True(Lexicon.Default.Find("产业振兴")!.NationalFirst is not { Year: < 2018 });
        Assert.True(Lexicon.Default.Find("两新")!.NationalFirst is not { Year: < 2024 });
    }

    [Fact]
    public void A_year_alone_dates_every_spelling_of_the_entry()
    {
        Lexicon lexicon = Lexicon.Parse("canonical\tkind\ttheme\tvariants\tsince\n设备更新\tpolicy\teconomy\t大规模设备更新\t2023\n", "test.tsv");
        Assert.Equal(new Dictionary<string, int> { ["设备更新"] = 2023, ["大规模设备更新"] = 2023 }, lexicon.Find("设备更新")!.Since);
    }

    [Fact]
    public void A_user_lexicon_in_json_gives_since_years()
    {
        Lexicon lexicon = Lexicon.Parse("""{ "entries": [ { "canonical": "设备更新", "theme": "economy", "since": { "设备更新": 2023 } } ] }""", "test.json");
        Assert.Equal(2023, lexicon.Find("设备更新")!.Since["设备更新"]);
    }

    [Fact]
    public void A_since_cell_that_is_no_year_is_a_format_error()
    {
        Assert.Throws<LexiconFormatException>(() => Lexicon.Parse("canonical\ttheme\tsince\n设备更新\teconomy\t设备更新=二〇二三\n", "test.tsv"));
    }

    [Theory]
    // Later than the entry's coined year: the formula's own texts would be left out.
    [InlineData("canonical\tkind\ttheme\tcoined\tsince\n两新\tnumbered-formula\teconomy\t2024-03\t两新=2025\n", "later than the year the entry was coined")]
    // No year: a mistyped number.
    [InlineData("canonical\tkind\ttheme\tsince\n两新\tnumbered-formula\teconomy\t两新=224\n", "is not a year")]
    // A spelling the entry does not have.
    [InlineData("canonical\tkind\ttheme\tsince\n两新\tnumbered-formula\teconomy\t两重=2024\n", "no spelling of the entry")]
    public void A_wrong_since_year_is_a_lexicon_problem(string table, string message)
    {
        Lexicon lexicon = Lexicon.Parse(table, "test.tsv");
        Assert.Contains(LexiconMaintenance.Check(lexicon), p => p.Canonical == "两新" && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_table_writer_keeps_the_since_years()
    {
        var written = new StringWriter();
        LexiconMaintenance.Write([Lexicon.Default.Find("设备更新")!], written);
        Lexicon read = Lexicon.Parse(written.ToString(), "test.tsv");
        Assert.Equal(2023, read.Find("设备更新")!.Since["设备更新"]);
    }

    // The scorer and the gold tests extract a file as `policylens extract` does (SloganExtractor.ExtractFile, round 113), with the
    // year the file's name carries, so a since year holds there as in a user's extract; ExtractionContext.ForText gives a
    // sentence the same metadata.
    [Theory]
    [InlineData("gwr/1981.txt", 1981)]
    [InlineData("cpc-congress/09_1969.txt", 1969)]
    [InlineData("unseen/shenzhen-gwr-2022.txt", 2022)]
    public void A_text_is_scored_with_the_year_its_file_gives(string name, int year)
    {
        string text = File.ReadAllText(SharedData.CorpusFile(name));
        ExtractionContext context = ExtractionContext.ForText(name, text, name);
        Assert.Equal(year, context.Year);
        Assert.Equal(name, context.DocumentId);
    }

    [Fact]
    public void The_scorer_leaves_out_the_1981_task_word_as_extract_does()
    {
        const string name = "gwr/1981.txt";
        string text = File.ReadAllText(SharedData.CorpusFile(name));
        Assert.DoesNotContain(SloganExtractor.Default.ExtractFile(text, SharedData.CorpusFile(name), name), m => m.Canonical == "设备更新");
        Assert.Contains(SloganExtractor.Default.Extract(text, new ExtractionContext(name)), m => m.Canonical == "设备更新");
    }

    [Fact]
    public void A_name_without_a_year_gives_none()
    {
        ExtractionContext context = ExtractionContext.ForText("t", "支持企业加快技术改造和设备更新。", "notes.txt");
        Assert.Null(context.Year);
    }
}
