// The target rules of issue 12, one behaviour each, on sentences of the 2026 provincial reports and Zhumadian's.
using System.Diagnostics;
using PolicyLens.Extraction;
using PolicyLens.Extraction.Numbers;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Targets;

/// <summary>
/// Kind and horizon from a report's sections, every counting unit, distribution lists, clean indicator phrases, genre, and
/// bounded output, on wordings taken from the development reports (hebei, henan 2026; zhumadian 2025).
/// </summary>
public sealed class ReportStructureTargetTests
{
    /// <summary>A 2026 report in miniature, built from henan_2026's headings and sentences.</summary>
    private const string Report2026 =
        "一、“十四五”时期和2025年工作回顾\n\n" +
        "过去一年，全省地区生产总值增长5.6%，新建改造高标准农田450万亩。\n\n" +
        "二、“十五五”时期主要目标任务\n\n" +
        "——坚持扩大有效需求，融入服务全国统一大市场建设。经济年均增长5.5%左右，常住人口城镇化率达到65%左右。\n\n" +
        "三、2026年重点工作安排\n\n" +
        "今年是“十五五”开局之年，做好政府工作意义重大。\n\n" +
        "主要预期目标是：经济增长5%左右，城镇新增就业110万人以上，粮食产量1300亿斤以上。\n\n" +
        "实施1000个以上省重点项目，年度完成投资1万亿元。推动中欧（亚）班列拓线扩量、开行4000班次。到2027年，国家高新技术企业达到2万家。\n";

    /// <summary>The opening of a report whose second part holds the year's work, for sentences tried one at a time.</summary>
    private static string InTasks(string sentences, int year = 2026) =>
        $"一、{year - 1}年工作回顾\n\n过去一年，经济运行总体平稳。\n\n二、{year}年重点工作\n\n{sentences}\n";

    private static IReadOnlyList<TargetRecord> Extract(string text, int year = 2026, DocumentGenre genre = DocumentGenre.WorkReport) =>
        TargetExtractor.Default.Extract(text, new ExtractionContext("doc", year, genre));

    private static TargetRecord At(IReadOnlyList<TargetRecord> records, string text, string quantity) =>
        Assert.Single(records, r => r.Span.Of(text).ToString() == quantity);

    [Fact]
    public void FiguresInAReviewSectionAreResultsOfItsYears()
    {
        IReadOnlyList<TargetRecord> records = Extract(Report2026);
        TargetRecord gdp = At(records, Report2026, "5.6%");
        Assert.Equal((TargetKind.Actual, "gdp_growth"), (gdp.Kind, gdp.Indicator));
        Assert.Equal(TargetKind.Actual, At(records, Report2026, "450万亩").Kind);
    }

    [Fact]
    public void FiguresInAPlanPeriodsGoalsSectionAreTargetsOfThePeriod()
    {
        IReadOnlyList<TargetRecord> records = Extract(Report2026);
        TargetRecord growth = At(records, Report2026, "5.5%左右");
        Assert.Equal((TargetKind.Target, 2026, 2030, true), (growth.Kind, growth.Horizon!.Value.StartYear, growth.Horizon.Value.EndYear, growth.Horizon.Value.IsAnnualAverage));
        TargetRecord urban = At(records, Report2026, "65%左右");
        Assert.Equal(("urbanisation_rate", new Horizon(2026, 2030)), (urban.Indicator, urban.Horizon));
    }

    [Fact]
    public void APlanPeriodNamedInTheSentenceBeforeDoesNotSetTheYearsTargets()
    {
        IReadOnlyList<TargetRecord> records = Extract(Report2026);
        TargetRecord jobs = Assert.Single(records, r => r.Indicator == "urban_new_jobs");
        Assert.Equal((TargetKind.Target, Horizon.Year(2026), Comparator.Ge, 1_100_000m), (jobs.Kind, jobs.Horizon, jobs.Comparator, jobs.Value));
        TargetRecord grain = Assert.Single(records, r => r.Indicator == "grain_output");
        Assert.Equal((Horizon.Year(2026), 130_000_000_000m, "斤"), (grain.Horizon, grain.Value, grain.Unit));
    }

    [Fact]
    public void AClauseNamingItsOwnDeadlineKeepsIt()
    {
        TargetRecord firms = Assert.Single(Extract(Report2026), r => r.Indicator == "high_tech_enterprises");
        Assert.Equal((TargetKind.Target, Horizon.Year(2027), 20_000m, "家"), (firms.Kind, firms.Horizon, firms.Value, firms.Unit));
    }

    [Theory]
    [InlineData("实施1000个以上省重点项目", "1000个以上", 1000, "个", "省重点项目")]
    [InlineData("推动中欧（亚）班列拓线扩量、开行4000班次", "4000班次", 4000, "班次", "班列拓线扩量")]
    [InlineData("培育标准化乡镇养老服务中心400家", "400家", 400, "家", "标准化乡镇养老服务中心")]
    [InlineData("完成500所中小学体育场地升级改造", "500所", 500, "所", "中小学体育场地升级改造")]
    [InlineData("新增保障性住房1300套", "1300套", 1300, "套", "保障性住房")]
    [InlineData("可再生能源发电装机突破1亿千瓦", "突破1亿千瓦", 100_000_000, "千瓦", "可再生能源发电装机")]
    [InlineData("力争技术合同成交额3000亿元", "3000亿元", 300_000_000_000, "元", "技术合同成交额")]
    public void EveryCountingUnitGivesATargetWithItsSubject(string clause, string quantity, decimal value, string unit, string subject)
    {
        string text = InTasks(clause + "。");
        TargetRecord r = At(Extract(text), text, quantity);
        Assert.Equal((TargetKind.Target, Horizon.Year(2026), value, unit), (r.Kind, r.Horizon, r.Value, r.Unit));
        Assert.Contains(subject, r.IndicatorText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("为", "为全省经济社会发展提供30亿元支持")]
    [InlineData("确保", "确保高校毕业生就业去向落实率90%以上")]
    [InlineData("争取", "争取中央资金200亿元")]
    [InlineData("增长", "全年外贸增长8%")]
    public void AnIndicatorIsNeverAFunctionWordOrAVerb(string word, string clause)
    {
        string text = InTasks(clause + "。");
        TargetRecord r = Assert.Single(Extract(text));
        Assert.NotEqual(word, r.IndicatorText);
        Assert.False(r.IndicatorText.Length == 0 || r.IndicatorText.StartsWith(word, StringComparison.Ordinal), r.IndicatorText);
    }

    [Fact]
    public void EachSubjectOfAListSharedOutByFenbieGetsItsRecord()
    {
        string text = InTasks("实现旅游接待人次、旅游综合收入分别增长6%以上。城镇和农村居民人均可支配收入分别增长5%、6.5%。", 2025);
        IReadOnlyList<TargetRecord> records = Extract(text, 2025);
        Assert.Equal(["旅游接待人次", "旅游综合收入"], records.Where(r => r.Value == 6m).Select(r => r.IndicatorText).Order(StringComparer.Ordinal));
        Assert.All(records.Where(r => r.Value == 6m), r => Assert.Equal(Comparator.Ge, r.Comparator));
        Assert.Equal("城镇", Assert.Single(records, r => r.Value == 5m).IndicatorText);
        Assert.Equal(("rural_disposable_income_growth", "农村居民人均可支配收入"), Assert.Single(records, r => r.Value == 6.5m) is var rural ? (rural.Indicator, rural.IndicatorText) : default);
    }

    [Fact]
    public void AsManySubjectsAsFiguresPairUpWithoutFenbie()
    {
        string text = InTasks("城镇生活污水集中收集率、城市生活垃圾无害化处理率达75%、100%。");
        IReadOnlyList<TargetRecord> records = Extract(text);
        Assert.Equal("城镇生活污水集中收集率", At(records, text, "75%").IndicatorText);
        Assert.Equal("城市生活垃圾无害化处理率", At(records, text, "100%").IndicatorText);
    }

    [Fact]
    public void ABoundWrittenOnceAfterAListOfFiguresBindsEachOfThem()
    {
        string text = InTasks("城镇调查失业率和登记失业率分别控制在5.5%和4.5%以内。");
        IReadOnlyList<TargetRecord> records = Extract(text);
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(Comparator.Le, r.Comparator));
    }

    [Fact]
    public void ASectorsValueAddedOrTheMarineEconomyIsNotGdp()
    {
        string text = InTasks("海洋经济增长8%左右，数字经济核心产业增加值增长10%。全省经济增长5.5%左右。");
        IReadOnlyList<TargetRecord> records = Extract(text);
        Assert.NotEqual("gdp_growth", At(records, text, "8%左右").Indicator);
        Assert.NotEqual("gdp_growth", At(records, text, "10%").Indicator);
        Assert.Equal("gdp_growth", At(records, text, "5.5%左右").Indicator);
    }

    [Fact]
    public void AnEstimateInTheReviewIsAnEstimate()
    {
        const string text = "一、2025年工作回顾\n\n预计全年地区生产总值增长5.5%左右。\n\n二、2026年重点工作\n\n稳就业。\n";
        Assert.Equal(TargetKind.Estimate, Assert.Single(Extract(text)).Kind);
    }

    [Fact]
    public void InNewsOnlyAnExplicitGoalIsATargetAndAVagueCrowdIsNoFigure()
    {
        const string news = "本报讯 数千名代表出席会议。全市经济增长7%。会议提出，今年全市经济增长的预期目标是6.5%左右。";
        IReadOnlyList<TargetRecord> records = Extract(news, 2020, DocumentGenre.News);
        Assert.DoesNotContain(records, r => r.Unit == "人");
        Assert.NotEqual(TargetKind.Target, At(records, news, "7%").Kind);
        Assert.Equal(TargetKind.Target, At(records, news, "6.5%左右").Kind);
    }

    [Fact]
    public void OneSentenceFullOfNumbersGivesOutputBoundedByItsInput()
    {
        // Issue 12: 500 KB of one sentence full of numbers made a 30 GB targets.csv (every row repeated the sentence).
        string text = "主要预期目标是：" + string.Concat(Enumerable.Repeat("地区生产总值增长5%左右、新建200个智能车间、", 500_000 / 24));
        var clock = Stopwatch.StartNew();
        IReadOnlyList<TargetRecord> records = TargetExtractor.Default.Extract(text, new ExtractionContext("long", 2026));
        clock.Stop();
        long written = records.Sum(r => (long)r.Clause.Length + r.IndicatorText.Length);
        Assert.True(records.Count > 10_000, $"{records.Count} records");
        Assert.True(written < 10L * text.Length, $"{written} characters of clauses and indicators for {text.Length} of input");
        Assert.All(records, r => Assert.InRange(r.Clause.Length, 1, 80));
        // A bound for "no hang" (linear work takes a second or two), not a speed test: see benchmarks/ for timings.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{clock.Elapsed}");
    }
}
