// Specifications of round 58 (issue 13, branch quoted58). A quoted label before an industry word that 集群 follows is read on
// through 集群 whatever comes after the cluster (QuotedLabelShape.ThroughNounAfterHead): 产业集群 is one compound, the readable
// golds code the label with it, and the blind judges of unseen26j and 26l read the mention cut before 集群 as a boundary error.
// A run of quoted labels closed by 等 and 行动, with a verb of running a campaign in its clause, names the actions the report
// runs (QuotedLabelShape.NamesARunCampaign): 我帮企业找市场, 干部助企行, coded by the readable golds, were refused as one
// example of a category. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedRound58Tests
{
    [Theory]
    // dapeng-gwr-2025 (unseen26l): a noun of what the sentence says of the cluster follows (规模); its gold codes 4+1产业集群.
    [InlineData("“4+1”产业集群规模927.3亿元、增长5.7%。", "“4+1”产业集群")]
    // futian-gwr-2023 (unseen26l): a list follows the cluster; its gold codes 20+8产业集群.
    [InlineData("建立100人以上招商专员队伍，聚焦“20+8”产业集群、金融等重点领域，开展全球精准招商40次以上，挖掘优质项目300个以上，落地企业70家以上。", "“20+8”产业集群")]
    // pingshan-gwr-2021 (unseen26k): 优质项目 follows the cluster; its gold codes 20+8产业集群.
    [InlineData("按照全市产业规划布局，前瞻规划智能网联汽车、生物医药与健康、新一代电子信息三大先进制造业园区，积极承接全市“20+8”产业集群优质项目。", "“20+8”产业集群")]
    // shenzhen-gwr-2024 (unseen26j): a coordination follows; its gold codes 20＋8战略性新兴产业集群 first.
    [InlineData("做大做强“20＋8”战略性新兴产业集群和未来产业。", "“20＋8”战略性新兴产业集群")]
    // shenzhen-gwr-2025 (unseen26j): the cluster closes the clause.
    [InlineData("主动适应并引领全球科技革命和产业变革，发展壮大“20＋8”战略性新兴产业集群，战略性新兴产业增加值保持两位数增长。", "“20＋8”战略性新兴产业集群")]
    public void A_label_before_an_industry_is_read_through_its_cluster(string text, string surface)
    {
        Assert.Contains(Quoted(text), m => m.Surface == surface);
        Assert.DoesNotContain(Mentions(text), m => m.Surface == surface[..^2]);
    }

    [Theory]
    // shenzhen-gwr-2024 (unseen26j): two named actions closed by 等行动; its gold codes both.
    [InlineData("出台实施深圳民营经济“20条”、降低制造业企业成本“20条”、支持个体工商户发展“33条”等政策措施，深入开展“干部助企行”“我帮企业找市场”等行动，全年新增减税降费及退税缓费808.3亿元、办理出口退税1582.6亿元。", "我帮企业找市场")]
    [InlineData("出台实施深圳民营经济“20条”、降低制造业企业成本“20条”、支持个体工商户发展“33条”等政策措施，深入开展“干部助企行”“我帮企业找市场”等行动，全年新增减税降费及退税缓费808.3亿元、办理出口退税1582.6亿元。", "干部助企行")]
    // shenzhen-gwr-2025 (unseen26j) and longhua-gwr-2024 (unseen26k): 等系列行动; both golds code 我帮企业找市场.
    [InlineData("全面落实中央一揽子存量和增量政策，实施助企上市“20条”、企业技改“18条”、降低物流成本“24条”等惠企政策，深入开展“我帮企业找市场”等系列行动。", "我帮企业找市场")]
    [InlineData("深入开展“我帮企业找市场”等系列行动，新增减税降费及退税缓税缓费超35亿元。", "我帮企业找市场")]
    public void A_named_action_closed_by_deng_xingdong_is_reported(string text, string label)
    {
        Assert.Null(Reason(text, label));
        Assert.Contains(Quoted(text), m => m.Surface == label);
    }

    [Fact]
    // zhumadian_2017: 等 before a programme head other than 行动 still makes a label one example of a category.
    public void A_label_closed_by_deng_and_another_programme_head_is_still_an_example()
    {
        const string text = "深入实施“农村电影放映”、“舞台艺术送农民”、“农家书屋”等文化惠民工程；健全公共文化服务协调机构，完善公共文化服务体系。";
        Assert.False(QuotedLabelShape.NamesARunCampaign(text, text.IndexOf("“农家书屋”", StringComparison.Ordinal), text.IndexOf("”等", StringComparison.Ordinal), "农家书屋"));
    }
}
