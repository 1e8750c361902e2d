// Specifications of round 50 (issue 13, branch names50): a lexicon formula written inside the proper name of ONE zone, belt or
// prize is no use of the formula (ProperNameWord), from sentences of the opened unseen sets and the development texts whose
// blind judges read the formula there wrong and whose coders blocked it by hand; a kind of zone or a designation keeps it.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Names of single zones, belts and prizes hold no mention of the formula they are named after.</summary>
public sealed class NamesRound50Tests
{
    [Theory]
    // shenzhen-gwr-2025 (judged wrong: inside the proper name of one zone); 盐田港, a place, before the formula.
    [InlineData("完善重点片区规划建设“总师制”、项目群管理“总体设计制”，加快建设深圳湾超级总部基地、香蜜湖－安托山片区、笋岗－清水河片区、燕罗国际智能制造城、坂雪岗科技城、龙华中轴数字产业核心区、盐田港产城融合发展区、光明科学城核心片区、坪山高新区、深圳国际生物谷（食品谷）等重点区域，完成重点片区投资3800亿元。", "产城融合")]
    // gd-baiqianwan-plan-release-2026 (its coder blocked the zone name by hand): 环 opens the name.
    [InlineData("农文旅融合发展领域，加大试点力度，持续推进环南昆山—罗浮山县镇村高质量发展引领区、环万绿湖“湖泊+”绿色发展区等重点区域建设，支持滨海旅游公路、珠海美丽海岛群建设，推动韶关丹霞山、梅州松口古镇等提质升级，以多元业态激活县域发展新动能。", "绿色发展")]
    // hebei-gwr-2022: the belt between two named mountains (its gold codes the belt's whole name, borderline).
    [InlineData("打造太行山—燕山生态保护和绿色发展带，拓展生态保障、水源涵养、旅游休闲功能，建设中药材种植带和特色农业园区，培育绿色产业、生态经济。", "绿色发展")]
    public void A_formula_inside_one_zone_s_name_is_not_reported(string sentence, string formula)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface == formula);
    }

    [Theory]
    // anhui_2026: a goal position of a kind of zone, no place's name before it.
    [InlineData("（四）坚决守护好山好水，打造具有重要影响力的经济社会发展全面绿色转型区实现新突破。", "经济社会发展全面绿色转型")]
    // guangdong-plan-outline-2026-2: 海洋经济 before 发展带动 (带动, a verb, opens no belt).
    [InlineData("坚持经略海洋、向海图强，建设全国海洋经济发展示范区，以海洋经济发展带动全面建设海洋强省，为广东高质量发展注入强劲“蓝色动力”。", "海洋经济")]
    public void A_kind_of_zone_or_a_verb_after_the_formula_keeps_it(string sentence, string formula)
    {
        Assert.Contains(Mentions(sentence), m => m.Surface.Contains(formula, StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_zone_keeps_the_formula_it_leads()
    {
        // guangdong-gwr-2025: four coder groups count 高质量发展 in 环南昆山—罗浮山县镇村高质量发展引领区 (the zone's purpose).
        Assert.Contains(Mentions("加快整县推进农文旅融合发展和环南昆山—罗浮山县镇村高质量发展引领区建设，推进河源龙川新城、湛江雷州新城建设。"),
            m => m.Surface == "高质量发展");
    }

    [Theory]
    // shenzhen-gwr-2025 (judged wrong: inside the name of a prize).
    [InlineData("深圳获评“世界智慧城市大奖”。", "智慧城市")]
    // zhumadian_2020: the national poverty-alleviation award.
    [InlineData("贫困家庭重度残疾人集中托养模式，在第二届“进博会”上向全世界展示；“互联网+分级诊疗+签约医生服务”健康扶贫模式，获全国脱贫攻坚奖，两种模式共同入选“全球减贫案例”。", "脱贫攻坚")]
    public void A_formula_that_names_a_prize_is_not_reported(string sentence, string formula)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface == formula);
    }

    [Fact]
    public void A_formula_before_a_reward_fund_keeps_it()
    {
        // 2011 (gwr): 一事一议财政奖补, the programme's reward subsidies, not a prize.
        Assert.Contains(Mentions("全面实施村级公益事业建设一事一议财政奖补，大幅增加奖补资金规模。"), m => m.Surface == "一事一议");
    }
}
