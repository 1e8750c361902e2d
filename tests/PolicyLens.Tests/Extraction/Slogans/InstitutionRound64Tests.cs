// Specifications of round 64's institution64 change (issue 13): a formula written as the first words of an institution's
// proper name — right before 研究院 — is a word of that name, not a use of the formula (LexiconMatcher.NamesAnInstitute;
// 村民自治组织 was tried and dropped: the judges split on it). A formula right before a bare 中心 is still reported (measured:
// the coders of an unread set code it). Sentences of the development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class InstitutionRound64Tests
{
    [Theory]
    // municipal/zhumadian_2023: an institute among parks, a project.
    [InlineData("加快驻马店大数据产业园、工业互联网研究院、泌阳电子信息产业园等重点项目建设。", "工业互联网")]
    // unseen/cpc-15th-fyp-outline: national institutes.
    [InlineData("布局一批国家未来产业研究院和概念验证中心，依托科教资源优势突出、产业基础雄厚地区建设一批未来产业先导区。", "未来产业")]
    public void A_formula_before_the_head_of_an_institutions_name_is_not_reported(string text, string formula)
    {
        int inName = text.IndexOf(formula, StringComparison.Ordinal);
        var found = Outermost(text);
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Lexicon && m.Start == inName);
    }

    [Theory]
    // unseen/futian-gwr-2023: a centre's name keeps the formula reported (round 60's heads are 创新中心 and 促进中心 only).
    [InlineData("实施基层社会治理综合网格改革，推动综治中心、平安建设中心、纠纷化解中心实现街道全覆盖，全面动态纳管“三无小区”。", "平安建设")]
    // unseen/gd-new-advantages-decision-release: 中心任务.
    [InlineData("紧扣推进中国式现代化中心任务、高质量发展首要任务和构建新发展格局战略任务，大力发展新质生产力。", "中国式现代化")]
    // municipal/zhumadian_2009: the practice of self-government, no body.
    [InlineData("加强社区建设，完善村民自治。", "村民自治")]
    // unseen/cpc-rural-revitalization-opinion-2024: 自治 before 作用, no body.
    [InlineData("发挥村民自治作用，强化村规民约激励约束功能。", "村民自治")]
    public void A_formula_without_an_institutes_or_bodys_head_is_still_reported(string text, string formula)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == formula);
    }
}
