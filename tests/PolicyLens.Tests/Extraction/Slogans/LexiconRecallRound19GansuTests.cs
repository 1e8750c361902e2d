// Specifications of round 19 of the formula recall work (issue 13, branch fresh19), lexicon part: the formulas of national
// currency and the spellings curated from the misses of the fresh development gold (Gold/formulas-dev-recall19-gansu.tsv:
// gansu_2026, coded before the extractor was run on it) are found in real sentences of the development reports and the
// national corpus, whole.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or of a central document that the lexicon lacked before round 19, and
/// spellings of existing entries (tools/lexicon/curated/round19-fresh19-2026.txt). Sentences of the development reports and
/// the government work reports (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound19GansuTests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Formulas_of_the_central_documents_are_found_whole()
    {
        // gansu 2026; 20th congress.
        Assert.True(ReportsLexicon("坚持科技是第一生产力、人才是第一资源、创新是第一动力，推动科技创新和产业创新深度融合。", "科技是第一生产力、人才是第一资源、创新是第一动力", "科技是第一生产力、人才是第一资源、创新是第一动力"));
        Assert.True(ReportsLexicon("推动文旅深度融合发展。坚持以文塑旅、以旅彰文，积极构建全域全季发展格局。", "以文塑旅、以旅彰文", "以文塑旅、以旅彰文"));
        // gansu 2026, cewc 2025.
        Assert.True(ReportsLexicon("坚持党对经济工作的全面领导，坚定做党中央决策部署的执行者。", "党对经济工作的全面领导", "党对经济工作的全面领导"));
        // gansu 2026; 20th congress: written with 新时代.
        Assert.True(ReportsLexicon("加强新时代廉洁文化建设，营造良好生态。", "廉洁文化", "新时代廉洁文化"));
        // gwr 2008-2019, 17th-20th congress; guangdong 2026, zhumadian 2010, 2020.
        Assert.True(ReportsLexicon("深入推进政务公开，让权力在阳光下运行。", "让权力在阳光下运行", "让权力在阳光下运行"));
    }

    [Fact]
    public void Programmes_and_reforms_of_national_currency_are_found()
    {
        // chongqing 2026 (增强核心功能、提升核心竞争力), sichuan 2026 (和), gansu 2026 (the aim's nouns).
        Assert.True(ReportsLexicon("推动国企增强核心功能、提升核心竞争力。", "增强核心功能、提升核心竞争力", "增强核心功能、提升核心竞争力"));
        Assert.True(ReportsLexicon("国有企业核心功能和核心竞争力明显增强。", "增强核心功能、提升核心竞争力", "核心功能和核心竞争力"));
        // gansu, henan, sichuan 2026.
        Assert.True(ReportsLexicon("全面开展市场准入效能评估。", "市场准入效能评估", "市场准入效能评估"));
        // chongqing, gansu, liaoning, shaanxi 2026.
        Assert.True(ReportsLexicon("落实养老服务消费补贴政策，探索开展旅居养老。", "养老服务消费补贴", "养老服务消费补贴"));
        // gwr 2015, 2024; gansu 2026.
        Assert.True(ReportsLexicon("加大农房抗震改造力度，持续改善农村人居环境。", "农房抗震改造", "农房抗震改造"));
        // gansu, qinghai 2026; the pair 开发式帮扶和兜底式保障 stays its own entry (chongqing, liaoning 2026).
        Assert.True(ReportsLexicon("强化开发式帮扶，优化兜底式保障。", "开发式帮扶", "开发式帮扶"));
        Assert.True(ReportsLexicon("落实开发式帮扶和兜底式保障举措。", "开发式帮扶和兜底式保障", "开发式帮扶和兜底式保障"));
        // gansu, henan 2026.
        Assert.True(ReportsLexicon("支持革命老区振兴发展。", "革命老区振兴发展", "革命老区振兴发展"));
        // fujian, gansu 2026.
        Assert.True(ReportsLexicon("五年来，天津、山东对口协作、倾力帮扶。", "对口协作", "对口协作"));
    }

    [Fact]
    public void A_designation_programme_is_found_as_its_label()
    {
        // anhui, fujian, gansu, guangdong, hebei, hubei, sichuan 2026 (国家级/国家), zhumadian 2025 (省级).
        Assert.True(ReportsLexicon("新培育6个国家级中小企业特色产业集群。", "中小企业特色产业集群", "国家级中小企业特色产业集群"));
        Assert.True(ReportsLexicon("新能源电动车产业集群被评为省级中小企业特色产业集群。", "中小企业特色产业集群", "省级中小企业特色产业集群"));
    }

    [Fact]
    public void A_spelling_of_an_existing_entry_is_found()
    {
        // gwr 2016, 2024, 20th congress; gansu 2026.
        Assert.True(ReportsLexicon("落实和完善异地就医结算。", "异地就医直接结算", "异地就医结算"));
    }
}
