// Specifications of round 39's parallel recall (issue 13; ParallelFinder.Pairs.cs): a formula of two units joined by 、 is
// reported as parallel where the text marks it as the codebook's round-18 decision asks (the report uses it again as a unit, or
// names it a principle, guideline, requirement, outlook or spirit), and not where it is written once unmarked, cut from a longer
// coordination, or named as a problem or as what something serves. Sentences of the national corpus, the development reports
// and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ParallelRecallRound39Tests
{
    [Theory]
    // unseen/cpc-july1-speech-2026 (the speech's six-times refrain); unseen/gd-plenum8-resolution; unseen/gd-npc-work-conference-2026.
    [InlineData("实现新时代新征程党的使命任务，要求全体中国共产党人坚定信心、接续奋斗，不断创造无愧于时代和人民的新业绩。——坚定信心、接续奋斗，必须坚持党的基本理论、基本路线、基本方略。", "坚定信心、接续奋斗")]
    [InlineData("不断增创新优势、实现新突破，确保“十五五”开好局、起好步。全会强调，广东作为经济大省，在“十五五”开好局、起好步上要有更高标准、更大追求。", "开好局、起好步")]
    [InlineData("黄坤明强调，要聚焦吸纳民意、汇集民智，充分发挥人大代表作用。要牢牢把握吸纳民意、汇集民智这一活力所在，开展好代表主题活动。", "吸纳民意、汇集民智")]
    public void A_pair_the_report_uses_again_as_a_unit_is_a_formula_at_each_use(string text, string pair)
    {
        Assert.Equal(2, Outermost(text).Count(m => m.Kind == MentionKind.Parallel && m.Surface == pair));
    }

    [Theory]
    // gwr 1955; provincial/shaanxi_2026; municipal/zhumadian_2018; gwr 2024.
    [InlineData("我们对农业生产合作社必须贯彻积极领导、稳步前进的方针，一面巩固，一面发展。", "积极领导、稳步前进")]
    [InlineData("美丽河湖建成率达到60％以上，大气质量得到明显改善，节约集约、绿色低碳的理念蔚成风气。", "节约集约、绿色低碳")]
    [InlineData("按照粮食保障供给、口粮绝对安全的原则，加快推进860万亩粮食生产功能区和32万亩重要农产品生产保护区建设。", "粮食保障供给、口粮绝对安全")]
    [InlineData("也考虑了经济增长潜力和支撑条件，体现了积极进取、奋发有为的要求。", "积极进取、奋发有为")]
    public void A_pair_named_a_guideline_principle_outlook_or_requirement_is_a_formula(string text, string pair)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface == pair);
    }

    [Theory]
    // unseen/hebei-gwr-2025; unseen/hebei-gwr-2022: written once, unmarked, an ordinary list (the round-18 decision).
    [InlineData("防范化解重点领域风险，稳定预期、激发活力，推动经济持续回升向好。", "稳定预期、激发活力")]
    [InlineData("坚持系统集成、协同高效，138项改革任务全面完成。", "系统集成、协同高效")]
    public void A_pair_written_once_and_unmarked_is_no_parallel_formula(string text, string pair)
    {
        Assert.DoesNotContain(Chains(text), m => m.Surface == pair);
    }

    [Theory]
    // unseen/guangdong-gwr-2025: 法治广东 and 平安广东 share the head 建设 (the equal cut reads 推进法治广东、平安广东建设); unseen/gd-plenum4-2023
    // (视察广东重要讲话、重要指示精神); gwr 2008: a pair the report names as a problem.
    [InlineData("深入推进法治广东、平安广东建设，加快构建“大平安”格局。（十一）推进法治广东、平安广东建设，实现高质量发展和高水平安全良性互动。")]
    [InlineData("深入学习贯彻习近平总书记视察广东重要讲话、重要指示精神，总结2023年工作。深入贯彻落实习近平总书记视察广东重要讲话、重要指示精神，围绕落实“1310”具体部署。")]
    [InlineData("一些部门职责交叉、权责脱节，相互推诿，办事效率低下。针对职责交叉、权责脱节问题，明确界定部门分工和权限。")]
    public void A_repeated_pair_cut_from_a_longer_coordination_or_named_as_a_problem_is_not_reported(string text)
    {
        Assert.Empty(Chains(text));
    }

    [Fact]
    // provincial/hebei_2026: a repeated pair holding a lexicon formula as a unit stays the lexicon's (its development gold codes
    // 解放思想, 经济强省 and 美丽河北 as items).
    public void A_repeated_pair_whose_unit_is_a_lexicon_formula_is_left_to_the_lexicon()
    {
        string text = "在省委领导下，解放思想、奋发进取，圆满完成“十四五”规划目标任务。以全面从严治党为根本保障，解放思想、奋发进取，深入实施重大国家战略。";
        Assert.Empty(Chains(text));
        Assert.Equal(2, Outermost(text).Count(m => m.Kind == MentionKind.Lexicon && m.Surface == "解放思想"));
    }

    [Fact]
    // unseen/gd-tourism-conference-2024: what a policy serves (…的必然要求) names no requirement the pair is.
    public void A_pair_before_a_necessary_requirement_is_no_rule()
    {
        Assert.Empty(Chains("是促进经济高质量发展的必然要求，是构筑精神家园、激发精神力量的必然要求，是树立中国形象、增进文明互鉴的必然要求。"));
    }

    [Fact]
    // unseen/guangdong-gwr-2025: the lexicon units of a coordination the pair shape refuses are still reported.
    public void The_units_of_a_refused_pair_stay_lexicon_formulas()
    {
        Assert.Contains(Outermost("深入推进法治广东、平安广东建设，加快构建“大平安”格局。"), m => m.Kind == MentionKind.Lexicon && m.Surface == "平安广东");
    }
}
