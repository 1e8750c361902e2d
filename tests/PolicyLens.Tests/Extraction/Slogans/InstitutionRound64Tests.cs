// Specifications of round 64's institution64 change (issue 13): a formula written as the first words of an institution's
// proper name — right before 中心 or 研究院, or a formula ending in 自治 before 组织 — is a word of that name, not a use of the
// formula (LexiconMatcher.NamesAnInstitutionsCentre, NamesASelfGoverningBody); 中心 that begins a longer word (中心城市,
// 中心任务, 中心环节) is no head. Sentences of the development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class InstitutionRound64Tests
{
    [Theory]
    // provincial/gansu_2026: a hospital's centre (judged wrong: inside the name of a centre).
    [InlineData("加快推进省人民医院国家重大传染病防治基地、省中医院中医药传承创新中心、兰大二院国家紧急医学救援基地等重点项目。", "中医药传承创新")]
    // unseen/futian-gwr-2023: a street's centre among 综治中心 and 纠纷化解中心 (uncoded by the gold).
    [InlineData("实施基层社会治理综合网格改革，推动综治中心、平安建设中心、纠纷化解中心实现街道全覆盖，全面动态纳管“三无小区”。", "平安建设")]
    // provincial/guizhou_2026: the comprehensive-governance centres (uncoded by the gold).
    [InlineData("健全网格化管理服务机制，推进社会治安综合治理中心规范化建设。", "社会治安综合治理")]
    // provincial/guangdong_2024: a company's manufacturing centre, a project.
    [InlineData("推动广州华星T9工厂、东莞OPPO智能制造中心等项目建成投产。", "智能制造")]
    // provincial/hubei_2026: the centre the province builds (uncoded by the gold).
    [InlineData("依托全国碳排放权注册登记结算系统打造全国碳市场中心和碳金融中心，深入推进碳排放权、用水权、排污权等市场化改革。", "全国碳市场")]
    // municipal/zhumadian_2023: an institute among parks, a project.
    [InlineData("加快驻马店大数据产业园、工业互联网研究院、泌阳电子信息产业园等重点项目建设。", "工业互联网")]
    // unseen/cpc-15th-fyp-outline: national institutes.
    [InlineData("布局一批国家未来产业研究院和概念验证中心，依托科教资源优势突出、产业基础雄厚地区建设一批未来产业先导区。", "未来产业")]
    // gwr/1998: the village committees (judged wrong: inside 村民自治组织).
    [InlineData("加强农村基层政权和村民自治组织建设，改善农村干群关系。", "村民自治")]
    // unseen/cpc-15th-fyp-outline: the same bodies.
    [InlineData("推进村民自治组织规范化建设，完善村务公开和民主议事制度，支持农民群众多渠道参与村级议事协商。", "村民自治")]
    public void A_formula_before_the_head_of_an_institutions_name_is_not_reported(string text, string formula)
    {
        int inName = text.IndexOf(formula, StringComparison.Ordinal);
        var found = Outermost(text);
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Lexicon && m.Start == inName);
    }

    [Theory]
    // unseen/gd-new-advantages-decision-release: 中心任务 is the task, no centre.
    [InlineData("紧扣推进中国式现代化中心任务、高质量发展首要任务和构建新发展格局战略任务，大力发展新质生产力。", "中国式现代化")]
    // unseen/shenzhen-gwr-2025: 中心城市 is a word of its own (the region is coded wherever it stands, round 38).
    [InlineData("建设好新征程中国特色社会主义先行示范区，建设好粤港澳大湾区中心城市之一、核心引擎之一和极点之一。", "粤港澳大湾区")]
    // gwr/1987: 中心环节.
    [InlineData("增强企业活力是经济体制改革的中心环节。", "经济体制改革")]
    // municipal/zhumadian_2009: the practice of self-government, no body.
    [InlineData("加强社区建设，完善村民自治。", "村民自治")]
    public void A_formula_before_a_longer_word_or_without_a_head_is_still_reported(string text, string formula)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == formula);
    }
}
