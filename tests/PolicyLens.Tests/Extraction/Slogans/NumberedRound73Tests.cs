// Specifications of round 73 (numbered73, issue 13): the quoted number of a legal-education plan written before the contact
// points it designates (“八五”基层普法联系点) is one designation with them, counted under the whole designation (with a level word written before it); the number before
// its plan (“八五”普法规划) reads as before; a count before a level word (两个省级先进制造业集群) names nothing. Every sentence is a
// real one of a readable text (named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>A plan number inside a designation of legal-education contact points is read with the designation.</summary>
public sealed class NumberedRound73Tests
{
    [Theory]
    // unseen/longhua-gwr-2024 and unseen/luohu-gwr-2025: unseen26k's judge read the bare 八五 wrong at both places; both golds
    // code 八五基层普法联系点 | 八五.
    [InlineData("建成全市首个食品药品科普教育基地、家庭法治教育实践基地，民法公园成为全市首批“八五”基层普法联系点。")]
    [InlineData("做好政务信息公开，区政府门户网站获得中国政府网站绩效评估区县级“九连冠”，南湖街道渔邨社区入选全市“八五”基层普法联系点。")]
    public void A_plan_number_before_legal_education_contact_points_is_read_with_them(string text)
    {
        var found = Numbered(text);
        Assert.Contains(found, m => m.Surface.EndsWith("“八五”基层普法联系点", StringComparison.Ordinal)
            && m.Canonical == "八五基层普法联系点");
        Assert.DoesNotContain(found, m => m.Surface == "八五");
    }

    [Fact]
    public void The_level_word_before_the_designation_is_its_own()
    {
        // unseen/luohu-gwr-2025: round 73's readable judge read the designation without 全市 as cut (round 46).
        var found = Numbered("做好政务信息公开，区政府门户网站获得中国政府网站绩效评估区县级“九连冠”，南湖街道渔邨社区入选全市“八五”基层普法联系点。");
        Assert.Contains(found, m => m.Surface == "全市“八五”基层普法联系点" && m.Canonical == "八五基层普法联系点");
    }

    [Fact]
    public void A_plan_number_before_its_plan_is_read_as_before()
    {
        // unseen/shenzhen-gwr-2022: the plan itself; the plan number is not drawn with 普法规划 here.
        var found = Numbered("编制公共法律服务事项清单，全面实施“八五”普法规划，加强法治宣传教育，努力让法治成为社会共识和基本准则。");
        Assert.DoesNotContain(found, m => m.Surface.Contains("普法规划", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_before_a_level_word_names_nothing()
    {
        // unseen/baoding-gwr-2023: two provincial clusters of advanced manufacturing, counted; 两个省级 was reported alone.
        var found = Numbered("加快建设电力及新能源高端装备国家级先进制造业集群，新能源及智能网联汽车和高端新材料两个省级先进制造业集群，推进国防科技工业产业集群建设，推动高阳纺织等创建国家级中小企业产业集群，探索智造保定标志场景。");
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("两个", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_of_a_topic_is_still_read()
    {
        // unseen/gd-npc-work-conference-2026: the four organs the people's congresses are to be, quoted.
        var found = Numbered("黄坤明强调，要坚持和加强党对人大工作的全面领导，推动人大“四个机关”建设走深走实。");
        Assert.Contains(found, m => m.Canonical.Contains("四个机关", StringComparison.Ordinal));
    }
}
