// Specifications of round 113's pool113b entries (issue 13; tools/lexicon/curated/round113-pool113b.txt): formulas and named
// programmes that the 2024 city government work reports share (written unquoted in three or more of the 97 pool reports of
// JiangGufan/digital-governance @ 48a0d122, data/txt_doc_level/) and that the readable golds code or the national texts write.
// Readable +68 mentions, none removed (the 旗帜鲜明讲政治、抓政治 places report the formula alone). Real sentences of the
// readable reports, each file named; two pool sentences quoted with their city. 防风险、保安全、护稳定 was tried and sent to
// rejected.txt (the readable golds split on it).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class PoolLexiconRound113bTests
{
    [Theory]
    // 深入开展重大事故隐患专项排查整治，持续开展燃气、自建房…专项整治 (baoan 2024, coded there).
    [InlineData("unseen/baoan-gwr-2024.txt", "重大事故隐患专项排查整治", "重大事故隐患专项排查整治", 1)]
    // 激发有潜能的消费，扩大有效益的投资，形成消费和投资相互促进的良性循环 (guangdong 2024; hebei 2025).
    [InlineData("provincial/guangdong_2024.txt", "消费和投资相互促进的良性循环", "消费和投资相互促进的良性循环", 1)]
    [InlineData("unseen/hebei-gwr-2025.txt", "消费和投资相互促进的良性循环", "消费和投资相互促进的良性循环", 1)]
    // 注重以科技创新引领产业创新，因地制宜发展新质生产力 (hebei 2025).
    [InlineData("unseen/hebei-gwr-2025.txt", "以科技创新引领产业创新", "以科技创新引领产业创新", 1)]
    // 集中精力办好自己的事，全力做好稳就业、稳金融… (shenzhen 2020, coded there).
    [InlineData("unseen/shenzhen-gwr-2020.txt", "集中精力办好自己的事", "集中精力办好自己的事", 1)]
    // 要坚持旗帜鲜明讲政治 (the provincial economic meeting of 2025, coded there); 坚持旗帜鲜明讲政治 (hailaer 2019, coded there).
    [InlineData("unseen/gd-plenum8-economy-meeting-2025.txt", "旗帜鲜明讲政治", "旗帜鲜明讲政治", 1)]
    [InlineData("unseen/hailaer-gwr-2019.txt", "旗帜鲜明讲政治", "旗帜鲜明讲政治", 1)]
    // 坚持严的主基调，持续正风肃纪 (futian 2023, coded 严的主基调).
    [InlineData("unseen/futian-gwr-2023.txt", "严的基调", "严的主基调", 1)]
    // 推进信访法治化 (baoding 2026, coded); 全面加强信访法治化建设 (hailaer 2019, coded).
    [InlineData("unseen/baoding-gwr-2026.txt", "信访工作法治化", "信访法治化", 1)]
    [InlineData("unseen/hailaer-gwr-2019.txt", "信访工作法治化", "信访法治化", 1)]
    // 努力建设人民满意政府 (hailaer 2019, coded; hebei 2023).
    [InlineData("unseen/hailaer-gwr-2019.txt", "人民满意的政府", "人民满意政府", 1)]
    [InlineData("unseen/hebei-gwr-2023.txt", "人民满意的政府", "人民满意政府", 1)]
    // 推进分层分类社会救助，低保、特困人员等保障水平进一步提高 (guangdong 2025, coded).
    [InlineData("unseen/guangdong-gwr-2025.txt", "分层分类社会救助体系", "分层分类社会救助", 1)]
    // 坚持产业兴农、质量兴农、绿色兴农 (the No. 1 document of 2024).
    [InlineData("unseen/cpc-rural-revitalization-opinion-2024.txt", "产业兴农、质量兴农、绿色兴农", "产业兴农、质量兴农、绿色兴农", 1)]
    // 保障粮食和重要农产品稳定安全供给始终是建设农业强国的头等大事 (the rural work conference speech of 2022).
    [InlineData("unseen/cpc-agricultural-power-speech-2022.txt", "粮食和重要农产品稳定安全供给", "粮食和重要农产品稳定安全供给", 1)]
    // 提升乡村产业发展水平、乡村建设水平、乡村治理水平 (the No. 1 document of 2025).
    [InlineData("unseen/cpc-rural-revitalization-opinion-2025.txt", "乡村产业发展水平、乡村建设水平、乡村治理水平", "乡村产业发展水平、乡村建设水平、乡村治理水平", 1)]
    // 统筹发展科技农业、绿色农业、质量农业、品牌农业，把农业建成现代化大产业 (the 15th five-year plan outline).
    [InlineData("unseen/cpc-15th-fyp-outline.txt", "把农业建成现代化大产业", "把农业建成现代化大产业", 1)]
    // 开展传统村落集中连片保护利用示范 (the No. 1 document of 2024).
    [InlineData("unseen/cpc-rural-revitalization-opinion-2024.txt", "传统村落集中连片保护利用示范", "传统村落集中连片保护利用示范", 1)]
    // 强化39个欠发达县域托底性帮扶集中攻坚 … 提升39个欠发达县域托底性帮扶质效 (sichuan 2026: Sichuan's own programme, scoped to 四川).
    [InlineData("provincial/sichuan_2026.txt", "欠发达县域托底性帮扶", "欠发达县域托底性帮扶", 3)]
    public void A_shared_formula_is_reported(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Fact]
    public void A_pool_sentence_reports_the_campaign_and_the_demonstration_county_whole()
    {
        // 钦州 2024 and 柳州 2024 (JiangGufan/digital-governance, data/txt_doc_level/钦州.txt, 柳州.txt).
        var campaign = Mentions("安全生产总体稳定。深入开展重大事故隐患专项排查整治2023行动和重点领域安全专项治理，全年没有发生重大及以上生产安全事故。");
        Assert.Contains(campaign, m => m.Canonical == "重大事故隐患专项排查整治" && m.Surface == "重大事故隐患专项排查整治2023行动");
        var county = Mentions("三江县获评国家级传统村落集中连片保护利用示范县，融水县锦洞村等7个村落列入中国传统村落名录。");
        Assert.Contains(county, m => m.Canonical == "传统村落集中连片保护利用示范" && m.Surface == "传统村落集中连片保护利用示范县");
    }
}
