// Specifications of a report's own formulas (issue 13, branch local16): an unquoted goal or slogan one place coins and
// writes more than once (驻马店's 全国一流地级市 and 高质量跨越发展, 湖北's 中部地区崛起的重要战略支点, 安徽's 科创引领高地),
// ending in a formula's head after a qualifier and set as a goal at least once (建设, 打造, 实现, 形成, 建成 …), is reported
// as `lexicon` with the subtype "own"; a phrase written once, a domain before 发展 (社会事业发展), a formula with a frame
// around it (中国式现代化湖北篇章) and a zone named after a formula stay out. Sentences and whole reports of the development
// texts (zhumadian_2020, hubei_2026, anhui_2026, fujian_2026, gwr 2004).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// A report's own formulas: found by their repetition and their shape, reported whole, and only where the words are a goal
/// of the report's own. Each passage names the file it comes from; a passage of two sentences is two sentences of one report.
/// </summary>
public sealed class OwnFormulaTests
{
    // zhumadian_2020: the year's general requirements, and the closing call.
    private const string Requirements = "转变作风、奋勇争先，加快推进全国一流地级市建设和高质量跨越发展，确保全面建成小康社会和“十三五”规划圆满收官。";
    private const string Closing = "奋力夺取全面建成小康社会伟大胜利，为打造全国一流地级市、实现高质量跨越发展而努力奋斗！";

    private static IReadOnlyList<SloganMention> Own(string text) => [.. Mentions(text).Where(m => m.Subtype == "own")];

    [Fact]
    public void A_goal_the_report_writes_twice_is_reported_at_each_place_as_the_reports_own_formula()
    {
        IReadOnlyList<SloganMention> own = Own(Requirements + Closing);

        Assert.Equal(2, own.Count(m => m.Surface == "全国一流地级市"));
        Assert.Equal(2, own.Count(m => m.Surface == "高质量跨越发展"));
        Assert.All(own, m => Assert.Equal(MentionKind.Lexicon, m.Kind));
        Assert.All(own, m => Assert.Null(m.Entry));
    }

    [Fact]
    public void A_goal_written_once_is_not_a_formula_of_the_report()
    {
        Assert.Empty(Own(Closing));
    }

    [Fact]
    public void The_option_turns_the_finder_off()
    {
        var extractor = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { OwnFormulas = false });

        Assert.DoesNotContain(extractor.Extract(Requirements + Closing, new ExtractionContext("t", 2020)), m => m.Subtype == "own");
    }

    [Fact]
    public void A_higher_minimum_count_asks_for_more_occurrences()
    {
        var extractor = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { OwnFormulaMinimumCount = 3 });

        Assert.DoesNotContain(extractor.Extract(Requirements + Closing, new ExtractionContext("t", 2020)), m => m.Subtype == "own");
    }

    [Fact]
    public void A_role_within_a_national_strategy_is_reported_whole_without_the_verb_that_sets_it()
    {
        // hubei_2026 writes 加快建成中部地区崛起的重要战略支点 four times: the goal replaces the national formula inside it.
        string text = SharedData.ReadText("corpus/provincial/hubei_2026.txt");
        IReadOnlyList<SloganMention> mentions = SloganExtractor.Default.Extract(text, new ExtractionContext("hubei_2026", 2026));

        Assert.Equal(4, mentions.Count(m => m.Subtype == "own" && m.Surface == "中部地区崛起的重要战略支点"));
        Assert.DoesNotContain(mentions, m => m.Subtype == "own" && (m.Surface.StartsWith('成') || m.Surface.StartsWith("建成", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_formula_with_a_frame_around_it_stays_the_national_formula()
    {
        // hubei_2026: 中国式现代化湖北篇章, written three times, holds 中国式现代化, which the development gold codes there.
        string text = SharedData.ReadText("corpus/provincial/hubei_2026.txt");
        IReadOnlyList<SloganMention> mentions = SloganExtractor.Default.Extract(text, new ExtractionContext("hubei_2026", 2026));

        Assert.DoesNotContain(mentions, m => m.Subtype == "own" && m.Surface.Contains("篇章", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Canonical == "中国式现代化" && m.Context.Contains("湖北篇章", StringComparison.Ordinal));
    }

    [Fact]
    public void A_goal_written_as_a_subject_and_a_qualifier_is_found_by_the_one_place_that_sets_it()
    {
        // anhui_2026: 科创引领高地建设取得重大进展; 形成科创引领高地“3+N”发展格局; 建立科创引领高地协同联动机制.
        string text = SharedData.ReadText("corpus/provincial/anhui_2026.txt");
        IReadOnlyList<SloganMention> own = [.. SloganExtractor.Default.Extract(text, new ExtractionContext("anhui_2026", 2026)).Where(m => m.Subtype == "own")];

        Assert.Equal(3, own.Count(m => m.Surface == "科创引领高地"));
    }

    [Fact]
    public void A_domain_before_fa_zhan_is_ordinary_talk_not_a_formula()
    {
        // gwr 2004: 社会事业发展, written again and again, after 加快 too; a domain develops, nothing is coined.
        const string text = "加快社会事业发展。支持社会事业发展的国债投资达163亿元。社会事业发展滞后。";

        Assert.Empty(Own(text));
    }

    [Fact]
    public void A_zone_named_after_a_formula_is_not_an_occurrence_of_it()
    {
        // fujian_2026 writes 绿色低碳发展 three times; one is the name of a zone, 绿色低碳发展示范区.
        string text = SharedData.ReadText("corpus/provincial/fujian_2026.txt");
        IReadOnlyList<SloganMention> own = [.. SloganExtractor.Default.Extract(text, new ExtractionContext("fujian_2026", 2026)).Where(m => m.Subtype == "own")];

        Assert.Equal(2, own.Count(m => m.Surface == "绿色低碳发展"));
        Assert.DoesNotContain(own, m => text.AsSpan(m.End).StartsWith("示范区", StringComparison.Ordinal));
    }
}
