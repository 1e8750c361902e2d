// Specifications of round 113a's entries (issue 13, pool113a; tools/lexicon/curated/round113-pool113a.txt): the shared
// vocabulary of the 2024 city government work reports (the pool: 97 reports of the public repository
// JiangGufan/digital-governance @ 48a0d122, data/txt_doc_level/<city>.txt, not copied here). Each entry is written in three or
// more pool reports; where a readable text writes it, its sentence is read from that text; otherwise a short sentence of a
// pool report is quoted, its city and the repository named.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class PoolLexiconRound113aTests
{
    private const string AirChain = "重污染天气消除、臭氧污染防治和柴油货车污染治理攻坚战";

    [Theory]
    // 推动政务服务增值化改革 (heilongjiang 2026).
    [InlineData("provincial/heilongjiang_2026.txt", "政务服务增值化改革", "政务服务增值化改革", 1)]
    // 持续打好禁毒人民战争 (hubei 2026).
    [InlineData("provincial/hubei_2026.txt", "禁毒人民战争", "禁毒人民战争", 1)]
    // 打好重污染天气消除、臭氧污染防治、柴油货车污染治理攻坚 (zhumadian 2023): the three campaigns of the 2022 action plan.
    [InlineData("municipal/zhumadian_2023.txt", AirChain, "重污染天气消除、臭氧污染防治、柴油货车污染治理攻坚", 1)]
    public void A_readable_place_is_reported(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // Entries tried and taken out again (curated/round113-pool113a.txt, for the lead): each is blocked by an earlier round's guard.
    // liaoning_2026: 推行“拿地即开工”“交地即交证” stays quoted (QuotedCampaignRound19Tests).
    [InlineData("provincial/liaoning_2026.txt", "拿地即开工")]
    // guangdong_2024: 求真务实 inside 求真务实抓落实 is judged right (mentions-dev-fresh17.tsv), so the four-way chain is no entry.
    [InlineData("provincial/guangdong_2024.txt", "不折不扣抓落实、雷厉风行抓落实、求真务实抓落实、敢作善为抓落实")]
    // shenzhen 2024: 新开工75个“工业上楼”项目 (LexiconRound70Tests, LexiconRound79Tests).
    [InlineData("unseen/shenzhen-gwr-2024.txt", "工业上楼")]
    public void An_entry_taken_out_again_is_no_lexicon_mention(string name, string canonical)
    {
        Assert.DoesNotContain(InReport(name), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical);
    }

    [Fact]
    public void A_bare_diesel_truck_clean_up_is_not_the_campaign()
    {
        // 实施柴油货车污染治理、臭氧污染防治等行动 (hebei 2023): formulas-unseen26f-f1 codes neither; only 攻坚/攻坚战 name the campaign.
        Assert.DoesNotContain(InReport("unseen/hebei-gwr-2023.txt"), m => m.Canonical == "柴油货车污染治理攻坚战");
    }

    [Theory]
    // 南充: 深化“亩均论英雄”评价和“标准地”改革 (JiangGufan/digital-governance, data/txt_doc_level/南充.txt).
    [InlineData("坚持集约节约用地，深化“亩均论英雄”评价和“标准地”改革，强化用地弹性供给。", "亩均论英雄", "亩均论英雄")]
    // 桂林: 推行不动产登记带押过户 (unquoted).
    [InlineData("推行不动产登记带押过户、乡村“足不出户办审批”等便民服务。", "带押过户", "带押过户")]
    // 咸宁: 坚持稳面积、增单产两手发力.
    [InlineData("坚持稳面积、增单产两手发力，确保粮食播种面积296.1万亩以上。", "稳面积、增单产", "稳面积、增单产")]
    // 德州: 创建青年发展友好型城市、儿童友好城市.
    [InlineData("扎实推进残疾儿童康复救助，创建青年发展友好型城市、儿童友好城市。", "青年发展友好型城市", "青年发展友好型城市")]
    // 天门: 打好重污染天气消除攻坚战.
    [InlineData("加强扬尘管控、PM2.5和臭氧协同控制，打好重污染天气消除攻坚战。", "重污染天气消除攻坚战", "重污染天气消除攻坚战")]
    // 济宁: the three campaigns named 三场标志性战役 without 攻坚.
    [InlineData("坚决打赢重污染天气消除、臭氧污染防治、柴油货车污染治理三场标志性战役。", AirChain, "重污染天气消除、臭氧污染防治、柴油货车污染治理")]
    public void A_pool_sentence_reports_the_entry_whole(string sentence, string canonical, string surface)
    {
        Assert.Contains(Mentions(sentence), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface);
    }

    [Theory]
    // The Anhui government's staff standards (六安, 合肥, 淮南 …: 坚持“忠专实”“勤正廉”), scoped to 安徽.
    [InlineData("忠专实")]
    [InlineData("勤正廉")]
    public void An_anhui_standard_is_reported_only_where_anhui_is_named(string canonical)
    {
        AssertReportedOnlyWherePlaceIsNamed("安徽", canonical, "{0}各级政府要服务{0}发展大局，在{0}坚持“{1}”，提升治理能力。");
    }
}
