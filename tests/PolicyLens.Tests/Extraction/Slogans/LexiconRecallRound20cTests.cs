// Specifications of round 20 of the formula recall work (issue 13, branch fresh20c), lexicon part: the formulas of national
// currency and the spellings curated from the misses of the fresh development gold (Gold/formulas-dev-recall20-guangdong2023.tsv:
// guangdong_2023, coded before the extractor was run on it) are found in real sentences of the development reports and the
// national corpus, whole.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or of a central document that the lexicon lacked before round 20, and
/// spellings of existing entries (tools/lexicon/curated/round20-fresh20c.txt). Sentences of the development reports, the
/// government work reports and the congress reports (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound20cTests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Formulas_of_the_central_documents_are_found_whole()
    {
        // gwr 2022; guangdong 2023.
        Assert.True(ReportsLexicon("实施新的组合式税费支持政策。坚持阶段性措施和制度性安排相结合。", "组合式税费支持政策", "组合式税费支持政策"));
        // gwr 2023; guangdong 2023.
        Assert.True(ReportsLexicon("精准、高效做好防控工作，围绕保健康、防重症，重点做好老年人、儿童等群体的防控。", "保健康、防重症", "保健康、防重症"));
        // 20th congress; guangdong 2023.
        Assert.True(ReportsLexicon("坚持安全第一、预防为主，建立大安全大应急框架，完善公共安全体系。", "大安全大应急框架", "大安全大应急框架"));
        Assert.True(ReportsLexicon("健全现代预算制度，优化税制结构，完善财政转移支付体系。", "现代预算制度", "现代预算制度"));
        Assert.True(ReportsLexicon("健全终身职业技能培训制度，推动解决结构性就业矛盾。", "终身职业技能培训制度", "终身职业技能培训制度"));
        // gwr 2021; guangdong 2023, hubei 2026.
        Assert.True(ReportsLexicon("“一老一小”保障力度加大，基本养老服务体系持续健全。", "基本养老服务体系", "基本养老服务体系"));
        // gwr 2021; guangdong 2023.
        Assert.True(ReportsLexicon("把发展经济着力点放在实体经济上，推进产业基础高级化、产业链现代化。", "产业基础高级化、产业链现代化", "产业基础高级化、产业链现代化"));
        // gwr 2012-2024; guangdong 2023, 2026, qinghai, sichuan 2026, zhumadian.
        Assert.True(ReportsLexicon("建设廉洁政府，深化群众身边不正之风和腐败问题整治。", "廉洁政府", "廉洁政府"));
        // gwr 2007-2021; guangdong 2023, hubei 2026.
        Assert.True(ReportsLexicon("加快发展多层次资本市场，积极发展债券市场。", "多层次资本市场", "多层次资本市场"));
        // 20th congress, gwr 2024; guangdong 2023, beijing 2026 (liaoning 2026 and gwr 2025 write 大中小学思政课一体化改革, an entry of its own).
        Assert.True(ReportsLexicon("推进大中小学思想政治教育一体化建设。", "大中小学思想政治教育一体化", "大中小学思想政治教育一体化"));
        // gwr 2017; guangdong 2023, zhumadian 2018.
        Assert.True(ReportsLexicon("加快推进860万亩粮食生产功能区和32万亩重要农产品生产保护区建设。", "粮食生产功能区", "粮食生产功能区"));
    }

    [Fact]
    public void A_spelling_of_an_existing_entry_is_found()
    {
        // 19th, 20th congress; guangdong 2023: 两个健康 written out.
        Assert.True(ReportsLexicon("促进非公有制经济健康发展和非公有制经济人士健康成长。", "两个健康", "非公有制经济健康发展和非公有制经济人士健康成长"));
        // fujian 2026 (省域), guangdong 2023 (without 国家). The 省域 form is its own entry since national20 (round 20) made it one.
        Assert.True(ReportsLexicon("加快推进省域治理体系和治理能力现代化，营造既生机勃勃又井然有序的社会环境。", "省域治理体系和治理能力现代化", "省域治理体系和治理能力现代化"));
        Assert.True(ReportsLexicon("持续推进政府职能转变，提高治理体系和治理能力现代化水平。", "国家治理体系和治理能力现代化", "治理体系和治理能力现代化"));
        // gwr 2019, 19th congress; guangdong 2023: without 世界.
        Assert.True(ReportsLexicon("推进一流大学和一流学科建设，加强基础学科建设。", "双一流建设", "一流大学和一流学科"));
        // gwr 2015, 2019; guangdong 2023 and seven development reports: without 农村.
        Assert.True(ReportsLexicon("深化集体经营性建设用地入市试点。", "农村集体经营性建设用地入市", "集体经营性建设用地入市试点"));
        // guangdong 2023: 医共体 written out (round 34: under its own entry 县域医共体, no longer 医疗联合体).
        Assert.True(ReportsLexicon("组建人财物一体化管理的紧密型县域医疗共同体。", "县域医共体", "紧密型县域医疗共同体"));
    }
}
