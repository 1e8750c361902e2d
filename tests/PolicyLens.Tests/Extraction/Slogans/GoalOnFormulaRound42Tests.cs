// Specifications of tools/lexicon/curated/round42-goals42.txt (issue 13, round 42): goals and positionings built on a formula
// that the readable golds code whole (round 22's reading 3: the longer formula is the item, the formula inside is not counted
// again), and the formula inside them where the text writes it without the positioning. Sentences of the development reports
// and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class GoalOnFormulaRound42Tests
{
    [Theory]
    // unseen/gd-plenum4-2023; unseen/gd-standing-committee-2026-05; unseen/guangdong-gwr-2025; unseen/gd-15th-fyp-proposal;
    // provincial/jiangsu_2026 (twice); unseen/cpc-15th-fyp-proposal.
    [InlineData("要深入推进选贤任能，深入实施干部现代化能力提升计划，推进粤港澳大湾区高水平人才高地建设，着力打造堪当重任的高素质干部人才队伍。",
        "粤港澳大湾区高水平人才高地", "粤港澳大湾区高水平人才高地")]
    [InlineData("促进粤港澳科研机制贯通、资源共享、人才互通，扎实推进大湾区高水平人才高地建设，积极参与全球前沿学科布局、国际大科学计划和重大科学工程。",
        "大湾区高水平人才高地", "粤港澳大湾区高水平人才高地")]
    [InlineData("加快打造更具全球影响力的经济中心城市和现代化国际大都市，创建社会主义现代化强国的城市范例。",
        "社会主义现代化强国的城市范例", "社会主义现代化强国的城市范例")]
    [InlineData("把广州建设成为“中小企业创新发展之都”，把深圳建设成为“高新技术企业之都”。", "高新技术企业之都", "高新技术企业之都")]
    [InlineData("坚持把深入学习贯彻习近平总书记对江苏工作重要讲话精神作为贯穿全部工作的主线，牢牢把握“在推进中国式现代化中走在前、做示范”这一战略定位，",
        "在推进中国式现代化中走在前、做示范", "在推进中国式现代化中走在前、做示范")]
    [InlineData("各位代表，走在前、做示范厚望如山，挑大梁、作贡献使命在肩。", "走在前、做示范", "在推进中国式现代化中走在前、做示范")]
    [InlineData("鼓励各地发挥比较优势、各展所长，支持经济大省挑大梁，在推进中国式现代化中走在前作示范。",
        "在推进中国式现代化中走在前作示范", "在推进中国式现代化中走在前、做示范")]
    public void The_positioning_is_reported_whole(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // The formula inside the positioning is the positioning's, not counted again.
    [InlineData("推进粤港澳大湾区高水平人才高地建设，着力打造堪当重任的高素质干部人才队伍。", "粤港澳大湾区")]
    [InlineData("推进粤港澳大湾区高水平人才高地建设，着力打造堪当重任的高素质干部人才队伍。", "高水平人才高地")]
    [InlineData("加快打造更具全球影响力的经济中心城市和现代化国际大都市，创建社会主义现代化强国的城市范例。", "社会主义现代化强国")]
    [InlineData("把深圳建设成为“高新技术企业之都”。", "高新技术企业")]
    [InlineData("牢牢把握“在推进中国式现代化中走在前、做示范”这一战略定位，", "中国式现代化")]
    public void The_formula_inside_is_not_counted_again(string text, string inner)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Surface == inner);
    }

    [Theory]
    // unseen/guangdong-gwr-2025; unseen/gd-15th-fyp-proposal; gwr (the national corpus): the formula written
    // without the positioning stays as it was.
    [InlineData("加快打造高水平人才高地。", "高水平人才高地")]
    [InlineData("培育壮大科技领军企业，支持高新技术企业和科技型中小企业发展，落实企业研发费用加计扣除政策。", "高新技术企业")]
    [InlineData("一定能够加快建设社会主义现代化强国的步伐。", "社会主义现代化强国")]
    public void The_formula_alone_stays_as_it_is(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }
}
