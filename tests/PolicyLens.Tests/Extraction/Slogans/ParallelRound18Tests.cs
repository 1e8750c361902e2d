// Parallel round 18 (issue 13): the codebook's decision on task chains written once in prose. A chain the finder builds is a
// formula only when the text marks it as a label (quotation marks, its count, a frame or label noun) or the report uses it
// again as a unit; a chain written once to list tasks is an ordinary list. Established chains are lexicon entries.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

public class ParallelRound18Tests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static bool Reports(string text, string surface, MentionKind kind = MentionKind.Parallel) =>
        Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == kind && m.Surface == surface);

    [Theory]
    // The codebook's own examples: task chains written once in running prose.
    [InlineData("稳字当头、以进促稳，以量的合理增长支撑稳就业、惠民生、防风险，以质的有效提升引领调结构、塑优势、增后劲。", "稳就业、惠民生、防风险")]
    [InlineData("稳字当头、以进促稳，以量的合理增长支撑稳就业、惠民生、防风险，以质的有效提升引领调结构、塑优势、增后劲。", "调结构、塑优势、增后劲")]
    [InlineData("把更多的时间和精力用在抓落实、干事业、促发展上。", "抓落实、干事业、促发展")]
    [InlineData("统筹发展“四个农业”，优结构、提质量、增效益，努力把农业建成现代化大产业。", "优结构、提质量、增效益")]
    // 坚持 alone does not make a chain a principle (坚持…的原则 does).
    [InlineData("坚持强龙头、补链条、聚集群，以链长制推动重点产业链提质增效。", "强龙头、补链条、聚集群")]
    // Nor does a following 能力 (the 20th congress's 防风险、迎挑战、抗打压 is a lexicon entry).
    [InlineData("着力增强抓改革、促发展、保稳定能力。", "抓改革、促发展、保稳定")]
    // A repeated-head chain written once.
    [InlineData("加强生态环境联建联防联治，抓好公共服务共建共享。", "联建联防联治")]
    public void A_task_chain_written_once_in_prose_is_an_ordinary_list(string text, string surface)
    {
        Assert.False(Reports(text, surface));
    }

    [Theory]
    [InlineData("坚持稳就业、惠民生、防风险的原则，做好各项工作。", "稳就业、惠民生、防风险")]
    [InlineData("统筹做好“稳就业、惠民生、防风险”工作。", "稳就业、惠民生、防风险")]
    [InlineData("抓好扩投资、拓市场、促消费、强基础四个关键环节。", "扩投资、拓市场、促消费、强基础")]
    [InlineData("努力实现稳就业、惠民生、防风险的目标。", "稳就业、惠民生、防风险")]
    [InlineData("深入开展学法、懂法、守法活动。", "学法、懂法、守法")]
    [InlineData("深入实施强科技、强工业、强县域、强省会、强基础行动，加快推进新型工业化。", "强科技、强工业、强县域、强省会、强基础")]
    public void A_chain_the_text_marks_as_a_label_is_a_formula(string text, string surface)
    {
        Assert.True(Reports(text, surface));
    }

    [Fact]
    public void A_chain_the_report_uses_again_as_a_unit_is_a_formula()
    {
        const string Text = "今年要稳就业、惠民生、防风险。各地区各部门要围绕稳就业、惠民生、防风险抓好落实。";
        Assert.True(Reports(Text, "稳就业、惠民生、防风险"));

        // Not when the other occurrence is part of a longer chain.
        Assert.False(Reports("今年要稳就业、惠民生、防风险。围绕稳就业、惠民生、防风险、保稳定抓好落实。", "稳就业、惠民生、防风险"));
    }

    [Theory]
    [InlineData("着力稳定房地产市场，因城施策控增量、去库存、优供给。", "控增量、去库存、优供给")]
    [InlineData("只要我们胸怀理想、坚定信念，不动摇、不懈怠、不折腾，顽强奋斗。", "不动摇、不懈怠、不折腾")]
    [InlineData("青年一代有理想、有本领、有担当，国家就有前途。", "有理想、有本领、有担当")]
    [InlineData("巩固民族和睦、宗教和顺、社会和谐的良好局面。", "民族和睦、宗教和顺、社会和谐")]
    public void An_established_chain_is_the_lexicons(string text, string surface)
    {
        Assert.True(Reports(text, surface, MentionKind.Lexicon));
        Assert.False(Reports(text, surface));
    }
}
