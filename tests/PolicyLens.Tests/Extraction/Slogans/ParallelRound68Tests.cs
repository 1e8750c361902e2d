// Specifications of round 68's parallel recall (issue 13, chain68; ParallelFinder.WaysOfThinking.cs and
// ParallelFinder.PlanPeriodPairs.cs): a set of three or more ways of thinking (战略思维、创新思维、辩证思维、法治思维) is the national
// formula, reported whole even where 能力 follows; a pair of a verb on the quoted plan period and a clause (激情奋进“十四五”、
// 再造一个新保定) is a city's working line where the report names it so or uses it again. Sentences of the opened unseen sets 26d
// and 26l and of the development reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ParallelRound68Tests
{
    [Theory]
    // unseen/hebei-gwr-2023 (before 能力, which the segmenter joins to 思维) and unseen/guangming-gwr-2025: both golds code the
    // set whole (kinds lexicon, parallel).
    [InlineData("我们要增强本领提效能，加强学习、勇于实践，不断提高战略思维、创新思维、辩证思维、法治思维能力，坚持依法行政，推进政务公开。", "战略思维、创新思维、辩证思维、法治思维")]
    [InlineData("我们必须锚定建设更高水平的平安光明目标，强化底线思维、系统思维、前瞻思维、极限思维，努力提高公共安全治理水平。", "底线思维、系统思维、前瞻思维、极限思维")]
    public void A_set_of_three_or_more_ways_of_thinking_is_one_parallel_formula(string text, string set)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface == set);
    }

    [Fact]
    public void A_pair_of_ways_of_thinking_is_left_to_the_lexicon()
    {
        // provincial/jilin_2026: its development gold codes 底线思维 alone; other golds accept the pair or its member.
        var mentions = Outermost("牢固树立底线思维、极限思维，防范化解重点领域风险，筑牢发展根基。");
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Parallel);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "底线思维");
    }

    [Fact]
    public void A_plan_period_pair_named_the_working_line_is_one_parallel_formula()
    {
        // unseen/baoding-gwr-2023: written once, named 工作主线; its gold codes 激情奋进十四五、再造一个新保定 (Baoding's 工作主线).
        var mentions = Outermost("落实“11258”总体要求，紧紧围绕激情奋进“十四五”、再造一个新保定工作主线，着眼于“三步走”战略目标和“三聚焦一加强”战略部署。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Parallel && m.Surface == "激情奋进“十四五”、再造一个新保定");
    }

    [Fact]
    public void A_plan_period_pair_the_report_uses_again_is_one_parallel_formula_at_each_use()
    {
        // unseen/baoding-gwr-2025: a heading and the year's 总抓手; its gold codes 攻坚新颜值、决胜十四五 three times. The repetition
        // fixes where the first unit opens (攻坚, not 之城 of the name before it).
        const string text = "二、2025年主要任务\n——攻坚新颜值、决胜“十四五”\n今年，我们把奋力推动现代化品质生活之城攻坚新颜值、决胜“十四五”作为年度总抓手，把新颜值、新消费、新产业贯穿始终。";
        Assert.Equal(2, Outermost(text).Count(m => m.Kind == MentionKind.Parallel && m.Surface == "攻坚新颜值、决胜“十四五”"));
    }

    [Theory]
    // unseen/baoding-gwr-2026 (looking back, written once, no mark) and unseen/hebei-gwr-2022 (the task a year faced): no working
    // line the text names; the plan period stays the numbered finder's.
    [InlineData("在省委省政府、市委坚强领导下，全市上下激情奋进“十四五”、再造一个新保定，战疫情、抗洪灾，抓城改、强产业。")]
    [InlineData("面对世纪疫情和百年变局交织的严峻形势，面对开局“十四五”、开启新征程的艰巨任务，我们主动作为、克难奋进。")]
    public void An_unmarked_plan_period_pair_stays_the_plan_period(string text)
    {
        var mentions = Outermost(text);
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Parallel && m.Surface.Contains("十四五", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Kind == MentionKind.Numbered && m.Surface == "十四五");
    }
}
