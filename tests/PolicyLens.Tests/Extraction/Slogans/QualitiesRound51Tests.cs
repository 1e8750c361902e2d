// Specifications of round 51's parallel precision (issue 13, qualities51; ParallelFinder.IsChainOfQualityWords): a chain of
// three-character quality words (可X, 更X, 高X, 全X; X化, X性) says what a plan, a kind of housing or the city's governance is
// to be like, the codebook's "Parallel, not a list of qualities": neither a parallel nor a quoted mention, quoted or not. A
// chain that spells out the abbreviation the text gives before it (“专精特新”) and formula chains of other shapes stay.
// Sentences of the opened unseen sets unseen26f and unseen26j and of the national reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QualitiesRound51Tests
{
    [Theory]
    // unseen/baoding-gwr-2023 (qualities of action plans, judged wrong by both judges of unseen26f); unseen/shenzhen-gwr-2024
    // (qualities of housing), unseen/shenzhen-gwr-2025 (two section headings of qualities): judged wrong by unseen26j's judges.
    [InlineData("按照“小切口、大场景”“重实干、重结果”“有亮点、有内涵”“破瓶颈、解难题”原则，各县（市、区）、各部门研究谋划一批本地区、本部门的工作场景，编制可操作、可执行、可落地的行动方案，一步一个脚印把美好图景变为现实场景。", "可操作、可执行、可落地")]
    [InlineData("加大“高品质、便捷化、可负担、全智能”保障性住房建设供给，建设筹集保障性住房10万套（间）、供应分配6.5万套（间），尽最大努力帮助新市民、青年人、工薪收入群体解决住房问题。", "高品质、便捷化、可负担、全智能")]
    [InlineData("突出“智慧化、科学化、精细化”，提升城市治理效能。", "智慧化、科学化、精细化")]
    [InlineData("突出“更舒心、更便利、更美好”，优化城市宜居环境。", "更舒心、更便利、更美好")]
    public void A_chain_of_quality_words_is_no_formula(string text, string chain)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains(chain, StringComparison.Ordinal));
    }

    [Theory]
    // unseen/baoding-gwr-2022 (the definition of 专精特新, read right by both judges of unseen26f); gwr 2021 (the goal of
    // development, four-character units); gwr 2008 (a named 方针 of units of several shapes).
    [InlineData("[18]“专精特新”：即具有“专业化、精细化、特色化、新颖化”特征的中小企业。", "专业化、精细化、特色化、新颖化")]
    [InlineData("物价水平保持总体平稳，实现更高质量、更有效率、更加公平、更可持续、更为安全的发展。", "更高质量、更有效率、更加公平、更可持续、更为安全")]
    [InlineData("坚持实行广覆盖、保基本、多层次、可持续的方针。", "广覆盖、保基本、多层次、可持续")]
    public void Chains_of_other_shapes_stay_parallel(string text, string chain)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface == chain);
    }
}
