// Specifications of the boundary round 18 (issue 13, branch boundary18): a quoted numeral label of one character (“三网”,
// “三权”) followed right after the closing mark by a word of joining or dividing is reported with it, as the formula
// (三网融合, 三权分置); the label is not when it is the second party of the joining, nor before 抵押贷款. Every sentence is
// a real one of the national corpus or a development report (named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The numbered finder reports “N X” + 融合/耦合/分置/协同/联动 whole, from the opening mark.</summary>
public sealed class NumberedBoundaryRound18Tests
{
    [Theory]
    [InlineData("房消费，扩大教育文化体育消费。全面推进“三网”融合，加快建设光纤网络。", "“三网”融合", "三网融合")] // gwr 2015
    [InlineData("积极推进土地利用综合改革，完善承包地“三权”分置制度，落实集体所有权。", "“三权”分置", "三权分置")] // zhumadian_2018
    [InlineData("坚持创新驱动，强化“四侧”协同、促进“四链”融合，加紧培育壮大新动能。", "“四链”融合", "四链融合")] // chongqing_2026
    [InlineData("聚焦“六新”突破、“五链”耦合，大力招引产业链项目。", "“五链”耦合", "五链耦合")] // zhumadian_2024: 、 joins phrases
    [InlineData("促进多层次医疗联合体、县域医共体建设和“三医”协同发展。", "“三医”协同", "三医协同")] // zhumadian_2024: 和 joins phrases
    public void A_numeral_label_with_the_joining_word_after_it_is_the_formula(string sentence, string surface, string canonical) =>
        Assert.Contains(Numbered(sentence), m => m.Surface == surface && m.Canonical == canonical);

    [Fact]
    public void The_label_alone_is_not_reported_where_the_formula_goes_on()
    {
        Assert.DoesNotContain(Numbered("全面推进“三网”融合，加快建设光纤网络。"), m => m.Surface == "三网");
    }

    [Theory]
    [InlineData("促进信息化与“三化”融合发展。", "三化")] // zhumadian_2014: 融合 joins 信息化 to the three
    [InlineData("推进农村承包土地经营权和农民住房财产权“两权”抵押贷款试点。", "两权")] // 抵押 runs on into 抵押贷款
    public void The_label_stays_alone_when_the_word_after_it_is_no_joining_of_its_parts(string sentence, string label) =>
        Assert.DoesNotContain(Numbered(sentence), m => m.Surface.Contains('”') && m.Surface.Contains(label, StringComparison.Ordinal));

    // PolicyFinder: 促进 after a quoted label is the programme's purpose, part of its name, so the label is not left alone.
    [Theory]
    [InlineData("着力扩大投资需求。认真实施“4567”投资促进计划，围绕粮食核心区建设。", "“4567”投资促进计划")] // zhumadian_2009
    [InlineData("巩固“双减”成果，实施儿童青少年“五健”促进行动计划，让每个学生心中有梦。", "儿童青少年“五健”促进行动计划")] // qinghai_2026
    public void A_quoted_label_before_a_promotion_programme_is_reported_with_it(string sentence, string surface)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == surface);
        Assert.DoesNotContain(found, m => m.Surface is "4567" or "五健");
    }
}
