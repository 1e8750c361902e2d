using PolicyLens.Extraction;
using PolicyLens.Extraction.Numbers;
using PolicyLens.Extraction.Targets;

namespace PolicyLens.Tests.Extraction.Targets;

/// <summary>The target rules, one behaviour each, on sentences from the reports (and provincial wordings of the same targets).</summary>
public sealed class TargetExtractorTests
{
    private static IReadOnlyList<TargetRecord> Extract(string text, int year = 2019) => TargetExtractor.Default.Extract(text, new ExtractionContext("doc", year));

    private static TargetRecord Single(string text, string indicator, int year = 2019) =>
        Assert.Single(Extract(text, year), r => r.Indicator == indicator);

    [Fact]
    public void ResultAndTargetInTheSameReportAreToldApart()
    {
        // 2013 report: the 2012 result, then the 2013 target.
        const string text = "2012年，我们全面实现年初确定的主要目标，国内生产总值增长7.8%，城镇新增就业1266万人。\n\n" +
                            "今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，发展的协调性进一步增强；居民消费价格涨幅3.5%左右。";
        IReadOnlyList<TargetRecord> records = Extract(text, 2013);
        TargetRecord result = Assert.Single(records, r => r.Indicator == "gdp_growth" && r.Value == 7.8m);
        Assert.Equal((TargetKind.Actual, Horizon.Year(2012), Comparator.Eq), (result.Kind, result.Horizon, result.Comparator));
        TargetRecord target = Assert.Single(records, r => r.Indicator == "gdp_growth" && r.Value == 7.5m);
        Assert.Equal((TargetKind.Target, Horizon.Year(2013), Comparator.Approx), (target.Kind, target.Horizon, target.Comparator));
        Assert.Equal((TargetKind.Target, 3.5m), (Single(text, "cpi", 2013).Kind, Single(text, "cpi", 2013).Value));
    }

    [Fact]
    public void AColonCarriesTheTargetCueToTheListInTheNextParagraph()
    {
        // 2010 report: the cue and the list are separate paragraphs.
        const string text = "今年经济社会发展的主要预期目标是：\n\n国内生产总值增长8％左右；城镇新增就业900万人以上，城镇登记失业率控制在4.6％以内；居民消费价格涨幅3％左右。";
        IReadOnlyList<TargetRecord> records = Extract(text, 2010);
        Assert.Equal(4, records.Count);
        Assert.All(records, r => Assert.Equal((TargetKind.Target, Horizon.Year(2010)), (r.Kind, r.Horizon)));
        Assert.Equal(
            ["gdp_growth", "urban_new_jobs", "registered_unemployment", "cpi"],
            records.Select(r => r.Indicator));
        TargetRecord jobs = records[1];
        Assert.Equal((9000000m, "人", Comparator.Ge), (jobs.Value, jobs.Unit, jobs.Comparator));
    }

    [Fact]
    public void ResultForThePreviousYearFromTheWholeYearWording()
    {
        // numbers.md: 全年国内生产总值增长2.3％ (in the 2021 report) is the 2020 result.
        TargetRecord r = Single("经过艰苦努力，我们率先实现复工复产，经济恢复好于预期，全年国内生产总值增长2.3％，宏观调控积累了新的经验。", "gdp_growth", 2021);
        Assert.Equal((TargetKind.Actual, Horizon.Year(2020), 2.3m), (r.Kind, r.Horizon, r.Value));
    }

    [Fact]
    public void PastParagraphMakesHedgedWordingAResult()
    {
        // 2011 report: "控制在 3.3%" after "过去一年" is last year's outcome, not a goal.
        const string text = "过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，居民消费价格涨幅控制在 3.3%，城镇新增就业1168万人。";
        Assert.All(Extract(text, 2011), r => Assert.Equal((TargetKind.Actual, Horizon.Year(2010)), (r.Kind, r.Horizon)));
        Assert.Equal(3.3m, Single(text, "cpi", 2011).Value);
    }

    [Fact]
    public void ForecastIsAnEstimate()
    {
        TargetRecord r = Single("预计全年国内生产总值增长7%左右。", "gdp_growth");
        Assert.Equal(TargetKind.Estimate, r.Kind);
    }

    [Fact]
    public void FiveYearAverageIsATargetForThePeriodNotTheYear()
    {
        TargetRecord r = Single("今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。", "gdp_growth", 2011);
        Assert.Equal((TargetKind.Target, new Horizon(2011, 2015, true)), (r.Kind, r.Horizon));
        Assert.Equal("2011-2015/annual", r.Horizon.ToString());
    }

    [Fact]
    public void PlanPeriodAverageTakesThePlansYears()
    {
        TargetRecord r = Single("“十三五”时期经济年均增长保持在6.5%以上。", "gdp_growth", 2016);
        Assert.Equal((TargetKind.Target, new Horizon(2016, 2020, true), Comparator.Ge, 6.5m), (r.Kind, r.Horizon, r.Comparator, r.Value));
    }

    [Fact]
    public void PastFiveYearAverageIsAResult()
    {
        TargetRecord r = Single("过去五年，国内生产总值年均增长7.8%。", "gdp_growth", 2016);
        Assert.Equal((TargetKind.Actual, new Horizon(2011, 2015, true)), (r.Kind, r.Horizon));
    }

    [Fact]
    public void StretchGoalIsAttachedToTheTarget()
    {
        TargetRecord r = Single("今年全省经济社会发展的主要预期目标是：地区生产总值增长7%以上、力争达到8%。", "gdp_growth", 2021);
        Assert.Equal((Comparator.Ge, 7m, (decimal?)8m, TargetKind.Target), (r.Comparator, r.Value, r.Stretch, r.Kind));
    }

    [Theory]
    [InlineData("今年主要预期目标是：地区生产总值增长5%以上。", "ge", "5")]
    [InlineData("今年主要预期目标是：全市生产总值增长5%左右。", "approx", "5")]
    [InlineData("今年主要预期目标是：经济增长6％左右。", "approx", "6")]
    [InlineData("今年的经济增长预期为7％左右。", "approx", "7")]
    [InlineData("今年经济增长速度的宏观调控目标，定为百分之八至九。", "range", "8")]
    [InlineData("今年主要目标是：经济增长速度8 ％。", "eq", "8")]
    public void ProvincialAndOlderWordingsOfTheGrowthTarget(string text, string comparator, string value)
    {
        TargetRecord r = Single(text, "gdp_growth", 2020);
        Assert.Equal(comparator, r.Comparator.ToString().ToLowerInvariant());
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), r.Value);
        Assert.Equal((TargetKind.Target, Horizon.Year(2020)), (r.Kind, r.Horizon));
    }

    [Fact]
    public void LastYearsTargetQuotedIsForLastYear()
    {
        TargetRecord r = Single("去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。", "retail_price", 1995);
        Assert.Equal((TargetKind.Target, Horizon.Year(1994), Comparator.Le), (r.Kind, r.Horizon, r.Comparator));
    }

    [Fact]
    public void ComparisonBaseYearIsNotTheHorizon()
    {
        TargetRecord r = Single("宏观调控的目标是，确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右。", "retail_price", 1995);
        Assert.Equal((TargetKind.Target, Horizon.Year(1995), 15m), (r.Kind, r.Horizon, r.Value));
    }

    [Fact]
    public void StartingPointOfAChangeIsNotTheTarget()
    {
        IReadOnlyList<TargetRecord> records = Extract("去年政府工作报告提出，物价涨幅要从14.8％降到10％左右。", 1997);
        Assert.Equal(TargetKind.Other, Assert.Single(records, r => r.Value == 14.8m).Kind);
        Assert.Equal((TargetKind.Target, Horizon.Year(1996)), (Assert.Single(records, r => r.Value == 10m).Kind, Assert.Single(records, r => r.Value == 10m).Horizon));
    }

    [Fact]
    public void PercentagePointsAndDecreasesKeepTheirUnitAndSign()
    {
        TargetRecord r = Single("今年主要预期目标是：单位国内生产总值能耗降低3%左右。", "energy_intensity");
        Assert.Equal((-3m, "%", Comparator.Approx), (r.Value, r.Unit, r.Comparator));
        TargetRecord pp = Assert.Single(Extract("今年赤字率拟按2.8%安排，比去年降低0.2个百分点。"), x => x.Unit == "pp");
        Assert.Equal(-0.2m, pp.Value);
    }

    [Fact]
    public void GrowthWordsHeadingAnotherNounAreNotGrowth()
    {
        IReadOnlyList<TargetRecord> records = Extract("科技进步对经济增长的贡献率达到60%。");
        Assert.DoesNotContain(records, r => r.Indicator == "gdp_growth");
    }

    [Fact]
    public void SentenceOffsetsPointIntoTheText()
    {
        const string text = "前言。\n今年主要预期目标是：国内生产总值增长5%左右。";
        TargetRecord r = Single(text, "gdp_growth");
        Assert.Equal("今年主要预期目标是：国内生产总值增长5%左右。", r.Sentence.Of(text).ToString());
        Assert.Equal(1, r.SentenceIndex);
        Assert.Equal("国内生产总值增长5%左右", r.Clause);
        Assert.Equal("国内生产总值增长5%左右", r.Span.Of(text).ToString().Insert(0, "国内生产总值增长"));
        Assert.Equal("国内生产总值增长", r.IndicatorText);
    }

    [Fact]
    public void UsersCanAddIndicators()
    {
        using var json = new MemoryStream("""[ { "code": "tourism_revenue_growth", "subjects": ["旅游总收入"], "verbs": ["增长"], "units": ["%"] } ]"""u8.ToArray());
        var extractor = new TargetExtractor(new TargetExtractorOptions { Vocabulary = IndicatorVocabulary.Default.With(IndicatorVocabulary.FromJson(json)) });
        TargetRecord r = Assert.Single(extractor.Extract("今年主要预期目标是：旅游总收入增长6%左右。", new ExtractionContext("doc", 2015)));
        Assert.Equal(("tourism_revenue_growth", "旅游总收入增长", TargetKind.Target), (r.Indicator, r.IndicatorText, r.Kind));
        TargetRecord other = Assert.Single(TargetExtractor.Default.Extract("今年主要预期目标是：旅游总收入增长6%左右。", new ExtractionContext("doc", 2015)));
        Assert.Equal(("other", "旅游总收入"), (other.Indicator, other.IndicatorText));
    }

    [Fact]
    public void MalformedVocabularyNamesTheProblem()
    {
        using var json = new MemoryStream("""[ { "subjects": ["进出口"] } ]"""u8.ToArray());
        InputException e = Assert.Throws<InputException>(() => IndicatorVocabulary.FromJson(json, "mine.json"));
        Assert.Contains("mine.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("#1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultVocabularyHasTheIssuesIndicators()
    {
        string[] required =
        [
            "gdp_growth", "gnp_growth", "cpi", "urban_new_jobs", "surveyed_unemployment", "registered_unemployment", "deficit_ratio",
            "fiscal_revenue_growth", "fixed_asset_investment_growth", "retail_sales_growth", "industrial_value_added_growth", "energy_intensity",
            "grain_output", "rd_intensity",
        ];
        Assert.Empty(required.Except(IndicatorVocabulary.Default.Indicators.Select(i => i.Code)));
    }

    [Fact]
    public void UnknownYearLeavesRelativeHorizonsUnset()
    {
        TargetRecord r = Assert.Single(TargetExtractor.Default.Extract("今年主要预期目标是：国内生产总值增长5%左右。", new ExtractionContext("doc")));
        Assert.Null(r.Horizon);
        Assert.Equal(TargetKind.Target, r.Kind);
    }
}
