// Specifications of round 17b of the formula recall work (issue 13, branch fresh17b), lexicon part: the cross-document
// formulas and spellings curated from the misses of the fresh development gold (Gold/formulas-dev-recall17b.tsv:
// guangdong_2026 and zhumadian_2014, coded before the extractor was run on them) are found in real sentences of the
// development reports and the national corpus, whole, and a formula inside a designation label or a titled outline gives
// way to the label or the outline.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or national years that the lexicon lacked before round 17b
/// (tools/lexicon/curated/round17b-2026.txt) and spellings of existing entries (curated/variants17b-2026.txt). Sentences of
/// the development reports and the government work reports (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound17bTests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Formulas_of_the_congress_reports_and_plans_are_found()
    {
        // gwr 2018 and guangdong_2026: the principal contradiction's second half.
        Assert.True(ReportsLexicon("要着力解决发展不平衡不充分问题，围绕建设现代化经济体系，坚持质量第一。", "发展不平衡不充分", "发展不平衡不充分"));
        // gwr 2024 and guangdong_2026: the 20th congress's talent policy and the firms' place in innovation.
        Assert.True(ReportsLexicon("全方位培养用好人才。实施更加积极、更加开放、更加有效的人才政策。", "更加积极、更加开放、更加有效的人才政策", "更加积极、更加开放、更加有效的人才政策"));
        // Round 24 (inside24): the canonical without the leading verb, as the development golds code it; the surface is unchanged.
        Assert.True(ReportsLexicon("强化企业科技创新主体地位，激励企业加大创新投入。", "企业科技创新主体地位", "强化企业科技创新主体地位"));
        // gwr 2025 and guangdong_2026: the coordinated name of the two national programmes, reported whole.
        Assert.True(ReportsLexicon("加快制造业重点产业链高质量发展，强化产业基础再造和重大技术装备攻关。", "产业基础再造和重大技术装备攻关", "产业基础再造和重大技术装备攻关"));
        // chongqing_2026 (the second half shortened) and hubei_2026.
        Assert.True(ReportsLexicon("统筹提振消费和扩大投资，以新需求引领新供给、新供给创造新需求。", "以新需求引领新供给，以新供给创造新需求", "以新需求引领新供给、新供给创造新需求"));
    }

    [Fact]
    public void Programmes_and_mechanisms_of_national_currency_are_found()
    {
        // gwr 2021 and guangdong_2026; gwr 2009 and guangdong_2026; gwr 2018 and zhumadian_2024.
        Assert.True(ReportsLexicon("建设国际科技创新中心和综合性国家科学中心，成功组建首批国家实验室。", "综合性国家科学中心", "综合性国家科学中心"));
        Assert.True(ReportsLexicon("巩固香港国际金融中心地位，促进澳门经济适度多元发展。", "澳门经济适度多元发展", "澳门经济适度多元发展"));
        Assert.True(ReportsLexicon("深入开展“互联网+”行动，实行包容审慎监管，推动大数据、云计算广泛应用。", "包容审慎监管", "包容审慎监管"));
        // gwr 2011 and guangdong_2026; zhumadian_2014 and gwr 2012.
        Assert.True(ReportsLexicon("坚持陆海统筹，推进海洋经济发展。", "陆海统筹", "陆海统筹"));
        Assert.True(ReportsLexicon("进一步强化和完善社会稳定风险评估机制，着力解决群众反映强烈的信访问题。", "社会稳定风险评估机制", "社会稳定风险评估机制"));
        // zhumadian_2014 and gwr 1998-2015: the rural programmes of the time.
        Assert.True(ReportsLexicon("持续推进千亿斤粮食、农业综合开发、小农水重点县、土地整理等工程建设。", "农业综合开发", "农业综合开发"));
        Assert.True(ReportsLexicon("进一步加大扶贫开发力度。我们要坚持不懈地消除贫困落后。", "扶贫开发", "扶贫开发"));
    }

    [Fact]
    public void A_designation_label_or_a_titled_outline_is_reported_not_the_formula_inside()
    {
        // gwr 2005: the designated key counties; gwr 2011: the outline (the codebook's seventeenth-round decision).
        Assert.True(ReportsLexicon("592个国家扶贫开发工作重点县免征农业税。", "国家扶贫开发工作重点县", "国家扶贫开发工作重点县"));
        Assert.True(ReportsLexicon("颁布实施2011-2020年中国农村扶贫开发纲要，启动集中连片特殊困难地区扶贫开发攻坚。", "中国农村扶贫开发纲要", "中国农村扶贫开发纲要"));
        // liaoning_2026: the designation of model communities.
        Assert.True(ReportsLexicon("创建全国示范性老年友好型社区80个。", "老年友好型社区", "全国示范性老年友好型社区"));
    }

    [Fact]
    public void Written_spellings_are_reported_whole_not_cut()
    {
        // guangdong_2023 and 2026: the coordinated name (it was reported as 耕地保护 and 粮食安全党政同责).
        Assert.True(ReportsLexicon("坚决落实耕地保护和粮食安全党政同责，高质量推进高标准农田建设。", "粮食安全党政同责", "耕地保护和粮食安全党政同责"));
        // guangdong_2026: the two economies in the other order; the three directions without pause marks; 群众 inserted.
        Assert.True(ReportsLexicon("促进实体经济和数字经济深度融合，深入推进数字广东建设。", "数实融合", "实体经济和数字经济深度融合"));
        Assert.True(ReportsLexicon("大力推进各产业智能化绿色化融合化发展。", "智能化、绿色化、融合化", "智能化绿色化融合化"));
        Assert.True(ReportsLexicon("更好满足人民群众日益增长的美好生活需要。", "人民日益增长的美好生活需要", "人民群众日益增长的美好生活需要"));
    }
}
