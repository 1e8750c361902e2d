// Specifications of round 18b of the formula recall work (issue 13, branch fresh18b), lexicon part: the cross-document
// formulas and spellings curated from the misses of the fresh development gold (Gold/formulas-dev-recall18b.tsv:
// liaoning_2026 and zhumadian_2011, coded before the extractor was run on them) are found in real sentences of the
// development reports and the national corpus, whole.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or national years that the lexicon lacked before round 18b
/// (tools/lexicon/curated/round18b-2026.txt) and spellings of existing entries (curated/variants18b-2026.txt). Sentences of
/// the development reports and the government work reports (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound18bTests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Programmes_of_national_currency_are_found()
    {
        // liaoning_2026 and gwr 2021-2022, fujian, guizhou, qinghai 2026: the regional medical centres, with their level.
        Assert.True(ReportsLexicon("新建省级区域医疗中心14个、紧密型县域医共体33个。", "区域医疗中心", "省级区域医疗中心"));
        Assert.True(ReportsLexicon("扩大国家医学中心和区域医疗中心建设试点，加强全科医生培养。", "区域医疗中心", "区域医疗中心"));
        // liaoning_2026, hubei_2026: the occupational-injury insurance; liaoning, fujian, guizhou 2026: the commissioners.
        Assert.True(ReportsLexicon("51万新就业形态人员纳入职业伤害保障，城乡居民医保财政年补助标准提高到700元。", "职业伤害保障", "职业伤害保障"));
        Assert.True(ReportsLexicon("选派2000名农村科技特派员服务县域特色产业发展。", "科技特派员", "科技特派员"));
        // liaoning, anhui, chongqing, henan, qinghai 2026: the mechanism linking firms with farmers.
        Assert.True(ReportsLexicon("完善联农带农机制，发展新型农村集体经济。", "联农带农机制", "联农带农机制"));
        // liaoning, jiangsu, sichuan 2026: housing vouchers.
        Assert.True(ReportsLexicon("全面推广房票安置，加大存量商品房收购力度。", "房票安置", "房票安置"));
        // zhumadian 2009-2011 and gwr 2007-2009: the rural library programme; gwr 2008-2023: farm insurance.
        Assert.True(ReportsLexicon("抓好乡镇综合文化站、农家书屋和信息共享工程等文化项目实施。", "农家书屋", "农家书屋"));
        Assert.True(ReportsLexicon("健全政策性农业保险制度，建立农业再保险体系。", "政策性农业保险", "政策性农业保险"));
        Assert.True(ReportsLexicon("完成100个贫困村的整村推进任务，解决脱贫人口10万人。", "整村推进", "整村推进"));
    }

    [Fact]
    public void Formulas_of_the_national_discourse_are_found()
    {
        // gwr 2011 and zhumadian_2011: the twelfth five-year plan's theme and main line.
        Assert.True(ReportsLexicon("以科学发展为主题，以加快转变经济发展方式为主线。", "以科学发展为主题", "以科学发展为主题"));
        Assert.True(ReportsLexicon("以科学发展为主题，以加快转变经济发展方式为主线。", "加快转变经济发展方式", "加快转变经济发展方式"));
        // gwr 2025 and 19 development reports of 2026.
        Assert.True(ReportsLexicon("大力提振消费。研究制定城乡居民增收政策。", "提振消费", "提振消费"));
        // gwr 2009, 2010, 2024 and zhumadian 2009-2023.
        Assert.True(ReportsLexicon("中西部和东北地区加快开放开发，积极承接产业转移。", "承接产业转移", "承接产业转移"));
        // jilin and liaoning 2026: the rural goal of the 20th congress.
        Assert.True(ReportsLexicon("促进农业高质高效、乡村宜居宜业、农民富裕富足。", "农业高质高效、乡村宜居宜业、农民富裕富足", "农业高质高效、乡村宜居宜业、农民富裕富足"));
        // chongqing and liaoning 2026; gwr 2002-2008 and hubei 2026; gwr 2000-2012 and zhumadian 2009-2014.
        Assert.True(ReportsLexicon("深入推进风腐同查同治，纵深推进群众身边不正之风和腐败问题集中整治。", "风腐同查同治", "风腐同查同治"));
        Assert.True(ReportsLexicon("坚持以人为本、执政为民，既积极进取又科学务实地做好工作。", "执政为民", "执政为民"));
        Assert.True(ReportsLexicon("做好人口和计划生育工作，稳定低生育水平。", "稳定低生育水平", "稳定低生育水平"));
        // guangdong 2023-2026, hebei and liaoning 2026.
        Assert.True(ReportsLexicon("建立港口城市带动内陆城市发展新机制，陆海统筹、向海图强。", "向海图强", "向海图强"));
    }

    [Fact]
    public void Written_spellings_are_reported_whole()
    {
        // liaoning_2026 and gwr 2013: 居民 inserted (低保 was reported, cut).
        Assert.True(ReportsLexicon("城乡居民低保月均标准分别提高到798元和676元。", "最低生活保障", "城乡居民低保"));
        // chongqing, liaoning, shaanxi 2026: the measure word in brackets.
        Assert.True(ReportsLexicon("打造一批高价值和综合性应用场景，完善首台（套）等支持政策。", "首台套", "首台（套）"));
        // zhumadian_2011: the three kinds of decision and the two supports in another order.
        Assert.True(ReportsLexicon("坚持依法决策、科学决策、民主决策，增强工作的前瞻性、系统性。", "科学决策、民主决策、依法决策", "依法决策、科学决策、民主决策"));
        Assert.True(ReportsLexicon("形成城乡统筹、以城带乡、以工促农、资源节约、生态良好的发展新格局。", "以工促农、以城带乡", "以城带乡、以工促农"));
        // gwr 2005, 2006: the accountability system with its 制.
        Assert.True(ReportsLexicon("建立健全行政问责制，提高政府执行力和公信力。", "行政问责", "行政问责制"));
    }
}
