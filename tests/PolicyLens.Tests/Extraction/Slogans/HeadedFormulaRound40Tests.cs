// Specifications of round 40 of the formula work (issue 13, branch headed40): a lexicon formula written before an
// institutional head (…制度, …机制, …试点, …体系, …政策, …改革) keeps its own boundary. Counted over the readable golds (the dev
// rows, formulas-dev-recall*.tsv and the opened unseen sets; tools/judging/headed_formula_heads.py): at every head the golds
// code the bare formula at most places and the formula with its head alone at few (制度 2 of 42 outermost places, 机制 2 of
// 31, 改革 1 of 20, 试点 0 of 39, 体系 0 of 41, 政策 0 of 29; the rest bare, both as alternatives of one row, or uncoded), so
// no head is taken as part of the item. Sentences of the development reports where the gold codes the bare formula.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class HeadedFormulaRound40Tests
{
    [Theory]
    // qinghai 2026: the gold codes 生态保护补偿 (canonical 生态补偿), not 生态保护补偿机制.
    [InlineData("全完善生态产品价值实现机制，建立覆盖所有县区的纵向生态保护补偿机制，同德县、达日县被命名为全国生", "生态保护补偿")]
    // hubei 2026: the gold codes 职业伤害保障.
    [InlineData("疗保险省级统筹，扩大工伤保险、失业保险覆盖面。健全职业伤害保障制度。鼓励支持灵活就业人员、农民工", "职业伤害保障")]
    // heilongjiang 2026: the gold codes 城市更新 at the pilot.
    [InlineData("体检指标体系，编制城市更新专项规划，加快国家、省级城市更新试点建设。制定支持“好房子”建设若", "城市更新")]
    // guangdong 2023: the gold codes 根治欠薪 before 制度体系.
    [InlineData("，支持和规范发展新就业形态，推动零工市场建设。完善根治欠薪制度体系。就业是最基本的民生，稳住", "根治欠薪")]
    public void A_formula_before_an_institutional_head_keeps_its_boundary(string sentence, string formula)
    {
        List<SloganMention> outermost = Outermost(sentence);
        Assert.Contains(outermost, m => m.Surface == formula && m.Kind == MentionKind.Lexicon);
        Assert.DoesNotContain(outermost, m => m.Subtype == HeadedFormula.Subtype);
    }
}
