// Specifications of round 20 of the formula recall work (issue 13, branch fresh20), lexicon part: the formulas of national
// currency and the spellings curated from the misses of the fresh development gold (Gold/formulas-dev-recall20-shaanxi.tsv:
// shaanxi_2026, coded before the extractor was run on it) are found in real sentences of the development reports and the
// national corpus, whole. The sentences are taken from other texts than shaanxi_2026 (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or of a central document that the lexicon lacked before round 20, and
/// spellings of existing entries (tools/lexicon/curated/round20-fresh20.txt).
/// </summary>
public sealed class LexiconRecallRound20ShaanxiTests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Formulas_of_the_central_documents_are_found_whole()
    {
        // gwr 2019, 2021-2023; sichuan 2026, zhumadian 2020, 2026.
        Assert.True(ReportsLexicon("加强廉洁政府建设，持续整治不正之风和腐败问题。", "廉洁政府", "廉洁政府"));
        // gwr 2025; qinghai 2026 (制度), heilongjiang, sichuan 2026 (without 制度).
        Assert.True(ReportsLexicon("推进严格规范公正文明执法，落实行政裁量权基准制度，健全维护群众利益的制度机制。", "行政裁量权基准制度", "行政裁量权基准制度"));
        Assert.True(ReportsLexicon("统一市场监管执法，完善行政裁量权基准，全面推行行政执法责任制。", "行政裁量权基准制度", "行政裁量权基准"));
        // cewc 2025; guangdong, heilongjiang, hubei, liaoning 2026.
        Assert.True(ReportsLexicon("我国经济长期向好的支撑条件和基本趋势没有改变。", "长期向好的支撑条件和基本趋势", "经济长期向好的支撑条件和基本趋势"));
        // gwr 1956, 1958, 2014; sichuan 2026.
        Assert.True(ReportsLexicon("严肃财经纪律，厉行节约、反对浪费，把钱用在发展紧要处。", "厉行节约、反对浪费", "厉行节约、反对浪费"));
    }

    [Fact]
    public void Programmes_of_national_currency_are_found()
    {
        // gwr 2024, 2025; beijing, fujian, sichuan 2026.
        Assert.True(ReportsLexicon("推进医疗机构检查检验结果互认，扩大基层慢性病、常见病用药种类。", "检查检验结果互认", "检查检验结果互认"));
        // heilongjiang 2026.
        Assert.True(ReportsLexicon("培育壮大育繁推一体化种业企业，组建省种业集团。", "育繁推一体化", "育繁推一体化"));
        // guizhou 2026.
        Assert.True(ReportsLexicon("积极稳妥推进碳达峰碳中和。推行碳排放预算管理，探索开展能源活动碳排放统计核算。", "碳排放预算管理制度", "碳排放预算管理"));
    }

    [Fact]
    public void Designation_programmes_are_found_as_their_labels()
    {
        // henan, qinghai, fujian 2026; jilin 2026, guangdong 2024 (without 国家).
        Assert.True(ReportsLexicon("加快商丘等5个国家骨干冷链物流基地建设，持续降低社会物流成本。", "国家骨干冷链物流基地", "国家骨干冷链物流基地"));
        // chongqing, guangdong 2026 (国家), fujian, henan 2026, zhumadian 2024.
        Assert.True(ReportsLexicon("创建国家现代农业产业园13个、国家优势特色产业集群10个。", "优势特色产业集群", "国家优势特色产业集群"));
        Assert.True(ReportsLexicon("新增国家现代农业产业园11个、优势特色产业集群9个。", "优势特色产业集群", "优势特色产业集群"));
        // zhumadian 2025.
        Assert.True(ReportsLexicon("争创全国县域商业领跑县、全国农村电商领跑县。", "县域商业领跑县", "全国县域商业领跑县"));
    }

    [Fact]
    public void Spellings_of_existing_entries_are_found()
    {
        // gwr 2022, 2023: written with 中小.
        Assert.True(ReportsLexicon("加大清理拖欠中小企业账款力度。", "拖欠企业账款", "拖欠中小企业账款"));
        // qinghai 2026.
        Assert.True(ReportsLexicon("全面落实国家宏观调控政策，做好政策一致性评估，健全预期管理机制。", "宏观政策取向一致性", "政策一致性评估"));
    }
}
