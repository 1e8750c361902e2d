// Parallel round 19 (issue 13): the classes the blind judges of unseen text found wrong (held out, so no sentence of theirs
// is here): chains of honorary titles or places, chains that describe how a scene looks or how a system works, and chains
// admitted by a frame noun that belongs to the next clause or by an "occurrence" that is part of other words. Sentences
// marked "(development)" are real; those marked "(constructed)" are built on the pattern of a class, as no development
// report holds a marked chain of it.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

public class ParallelRound19Tests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static bool Reports(string text, string surface) =>
        Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == MentionKind.Parallel && m.Surface == surface);

    // The shape rules alone (the round-18 label requirement off), for chains no development report marks.
    private static bool ShapeAdmits(string text, string surface) =>
        ParallelFinder.WithoutLabelRequirement(() => Reports(text, surface));

    [Theory]
    // (constructed) honorary titles a city holds, quoted: 之 inside every unit made them look like 立党之本、执政之基.
    [InlineData("擦亮“瓷之都、茶之乡、竹之城”城市名片。", "瓷之都、茶之乡、竹之城")]
    [InlineData("持续叫响“芝麻之乡、冠军之都、天中之城”城市品牌。", "芝麻之乡、冠军之都、天中之城")]
    public void A_chain_of_titles_or_places_is_no_formula(string text, string surface)
    {
        Assert.False(Reports(text, surface));
    }

    [Theory]
    // (development, zhumadian_2018) units that end in a place name's character at their start stay: 村收集 is a task.
    [InlineData("加强乡村环卫设施和队伍建设，完成“村收集、乡转运、县处理”三级环卫体系建设；坚持政府主导。", "村收集、乡转运、县处理")]
    // (constructed) a verb before every place makes tasks, not titles.
    [InlineData("坚持“强省会、壮县城、美乡村”的原则，推动城乡融合发展。", "强省会、壮县城、美乡村")]
    // (development, 16_2002) 之 and nouns of a foundation, not of a place.
    [InlineData("始终做到“三个代表”，是我们党的立党之本、执政之基、力量之源。", "立党之本、执政之基、力量之源")]
    public void Chains_near_the_title_rule_stay(string text, string surface)
    {
        Assert.True(Reports(text, surface));
    }

    [Fact]
    public void A_chain_that_describes_a_scene_is_no_formula()
    {
        // (development, zhumadian_2020) a river landscape: the shape rules admitted it, the scene rule does not.
        Assert.False(ShapeAdmits("抓好北部新区海绵城市示范区建设，着力打造水清、岸绿、河畅、景美的水系景观。", "水清、岸绿、河畅、景美"));

        // (constructed) four-character images of a city's water and trees, quoted.
        Assert.False(Reports("打造“水绕城郭、林荫满城、鸟语花香”的生态画卷。", "水绕城郭、林荫满城、鸟语花香"));
    }

    [Theory]
    // (constructed) the qualities of a platform, quoted: adjective-like pairs about one thing.
    [InlineData("建成“功能实用、数据联通、体系完备”的智慧城市运行平台。", "功能实用、数据联通、体系完备")]
    [InlineData("打造“架构合理、运行高效、服务便捷”的政务服务体系。", "架构合理、运行高效、服务便捷")]
    public void A_chain_of_a_things_qualities_is_no_formula(string text, string surface)
    {
        Assert.False(Reports(text, surface));
    }

    [Theory]
    // (development, zhumadian_2018) principles with a quality in one unit stay.
    [InlineData("按照“凡批必进、进必授权、依法高效、廉洁便民”的原则，积极推进行政服务体制机制改革。", "凡批必进、进必授权、依法高效、廉洁便民")]
    // (development, guangdong_2023) subjects and their roles, a principle.
    [InlineData("按照“政府推动、企业主体、市场运作、合作共赢”的原则，支持粤东粤西粤北地区更好承接产业有序转移。", "政府推动、企业主体、市场运作、合作共赢")]
    // (development, 1958 gwr) the marks of a model unit, a campaign's: 好 is no scenic predicate.
    [InlineData("出现了大批“生产好、质量好、安全好、纪律好、出勤好、团结好”的先进单位和先进工作者。", "生产好、质量好、安全好、纪律好、出勤好、团结好")]
    public void Principles_and_marks_near_the_description_rules_stay(string text, string surface)
    {
        Assert.True(Reports(text, surface));
    }

    [Theory]
    // (constructed) the frame noun 机制 is the object of the next verb, not the chain's name.
    [InlineData("聚焦强龙头、补链条、聚集群完善产业发展机制。", "强龙头、补链条、聚集群")]
    // (constructed) the chain runs on with 和 into a longer coordination the 原则 names.
    [InlineData("坚持稳就业、惠民生、防风险和保稳定的原则。", "稳就业、惠民生、防风险")]
    public void A_frame_noun_of_another_clause_does_not_mark_a_chain(string text, string surface)
    {
        Assert.False(Reports(text, surface));
    }

    [Theory]
    // (development, chongqing_2026) a field word before the frame noun.
    [InlineData("牢牢把握稳进提质、改革创新、除险固安、强企富民工作导向，更好统筹发展和安全。", "稳进提质、改革创新、除险固安、强企富民")]
    // (development, 18_2012) the frame noun right after the chain.
    [InlineData("要坚持为人民健康服务的方向，按照保基本、强基层、建机制要求，重点推进医疗保障综合改革。", "保基本、强基层、建机制")]
    // (development, zhumadian_2011) …的 and the frame noun.
    [InlineData("坚持重在持续、重在提升、重在统筹、重在为民的实践要领，按照基本要求。", "重在持续、重在提升、重在统筹、重在为民")]
    public void A_frame_noun_of_the_chain_still_marks_it(string text, string surface)
    {
        Assert.True(Reports(text, surface));
    }

    [Fact]
    public void A_repetition_must_stand_as_the_chain_does()
    {
        // (constructed) the "repetition" begins inside the word 平稳: 平稳增长 is another phrase, not the chain used again.
        Assert.False(Reports("今年要稳增长、促改革、调结构。全年经济平稳增长、促改革、调结构取得新进展。", "稳增长、促改革、调结构"));

        // (constructed) the other occurrence heads an enumeration closed by 等.
        Assert.False(Reports("今年要稳就业、惠民生、防风险。围绕稳就业、惠民生、防风险等重点任务抓好落实。", "稳就业、惠民生、防风险"));

        // The chain used again as a unit stays (round 18).
        Assert.True(Reports("今年要稳就业、惠民生、防风险。各地区各部门要围绕稳就业、惠民生、防风险抓好落实。", "稳就业、惠民生、防风险"));
    }
}
