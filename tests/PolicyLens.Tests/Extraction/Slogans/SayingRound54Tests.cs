// Specifications of round 54 (issue 13, branch saying54): quoted sayings that only describe a state name no policy — the words
// before a noun of a trap or an impasse (“…”的困局, “…”的困境, “…”痛点) and the figure of a simile (像“…”一样)
// (QuotedLabelShape.Predicament.cs). A quoted problem before 现象 stays reported (the golds code such problems), and so does
// a saying before 恶性循环, on which the judges disagree. Products listed before 等 and a brand kind that carries its own
// quoted umbrella label (等“鹏城手信”品牌) are brands' products, as they are before 等…品牌 without one. Every sentence is a real
// one of a readable text.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class SayingRound54Tests
{
    [Theory]
    // longgang-gwr-2025 (unseen26j): a predicament the district has not escaped; its coders list it as a saying that describes.
    [InlineData("道路交通、小散工程、消防等领域安全生产事故仍然多发，安全生产尚未跳出“一直在整治、始终未根治”的困局；城市更新、劳动关系等重点领域风险突出；", "一直在整治、始终未根治")]
    // gwr/2021.txt: the plight relocation ended.
    [InlineData("960多万建档立卡贫困人口通过易地扶贫搬迁摆脱了“一方水土难养一方人”的困境，区域性整体贫困得到解决。", "一方水土难养一方人")]
    public void A_saying_before_a_noun_of_a_predicament_is_no_item(string text, string label)
    {
        Assert.Equal("describing-saying", Reason(text, label));
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains(label, StringComparison.Ordinal));
    }

    [Fact]
    // longgang-gwr-2025 (unseen26j): the pain point the district's wards without carers solve is a saying.
    public void A_pain_point_is_no_item()
    {
        const string text = "龙岗外国语学校（集团）获评省首批优质基础教育集团。创新推出“无陪护病房”，解决“一人住院、全家受累”痛点。二是开放合作持续深化。";
        Assert.Equal("describing-saying", Reason(text, "一人住院、全家受累"));
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("一人住院", StringComparison.Ordinal));
    }

    [Fact]
    // cpc-seminar-speech-2026 (unseen26b): a vicious circle to prevent stays reported; the judges disagree on it (round 43's
    // note), so 恶性循环 is no noun of the rule.
    public void A_saying_before_a_vicious_circle_stays_for_the_lead()
    {
        Assert.Null(Reason("要完善差异化考核评价体系，提高考评针对性和科学性，防止出现“数字出官、官出数字”的恶性循环。", "数字出官、官出数字"));
    }

    [Fact]
    // shenzhen-gwr-2024 (unseen26j): how doing business should feel; its coders list 一键导航 as a saying.
    public void The_figure_of_a_simile_is_no_item()
    {
        const string text = "多在精准服务上做加法、在办事审批上做减法，让企业办事像“一键导航”一样高效便捷。";
        Assert.Equal("describing-saying", Reason(text, "一键导航"));
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("一键导航", StringComparison.Ordinal));
    }

    [Fact]
    // hubei_2026: a problem of health care the report sets out to ease, before 现象: not a predicament noun, still reported.
    public void A_quoted_problem_before_xianxiang_stays_reported()
    {
        const string text = "提高人民健康水平。聚焦缓解群众“看病难、看病贵、看病繁”现象，统筹推进智慧医疗建设、“三医”联动改革和全民健康行动。";
        Assert.Null(Reason(text, "看病难、看病贵、看病繁"));
    }

    [Fact]
    // dapeng-gwr-2025 (unseen26l): three local products of the city's souvenir brand; its coders list them as products, uncoded.
    public void Products_listed_before_a_quoted_umbrella_brand_are_no_items()
    {
        const string text = "持续做好“大鹏喊你来发呆”、音乐节等系列营销活动，打造“大鹏凉帽”“南澳海胆粽”“大鹏窑鸡”等“鹏城手信”品牌。";
        foreach (string product in (string[])["大鹏凉帽", "南澳海胆粽", "大鹏窑鸡"])
        {
            Assert.NotNull(Reason(text, product));
            Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains(product, StringComparison.Ordinal));
        }
    }
}
