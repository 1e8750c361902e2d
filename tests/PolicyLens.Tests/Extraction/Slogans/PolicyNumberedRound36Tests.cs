// Specifications of the policy finder's round 36 (issue 13, branch policy36): a 政策 whose stem closes with the administrative
// activity of a field (…审查, …投资, …开放, …管理, …监管, …支付, …消费, 外交 …) names a policy area, not a policy, and
// 区域发展战略 is the umbrella of the regional strategies, not one of them (round 29's open case 7; the largest class of wrong
// policy mentions in the held-out sample of round 35 and the unseen sets' judged samples). Named policies that say what the
// measure does (增减挂钩, 留抵退税, 积分落户, 集中采购) and the named regional strategy stay.
// The numbered finder: a quoted phrase opening with a word whose 一 is no numeral (一线, 一夜) numbers no formula.
// Real sentences of the development reports, the national corpus and the opened unseen texts.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Policy areas written with 政策 or 战略 are no named policies; named ones stay.</summary>
public sealed class PolicyNumberedRound36Tests
{
    [Theory]
    [InlineData("强化知识产权全链条保护，优化专利商标审查政策，全面实施专利开放许可制度。")] // unseen/cpc-15th-fyp-outline
    [InlineData("优化签证和停居留政策，提升境外人员入境数字化服务便利性。")] // unseen/cpc-15th-fyp-outline
    [InlineData("完善社保基金投资政策和监管体系，加强信息披露和绩效评价，强化医保基金监管。")] // unseen/cpc-15th-fyp-outline
    [InlineData("落实金融等行业改革开放举措，完善债券市场开放政策。")] // gwr 2019
    [InlineData("加强对取消或下放审批事项的事中事后监管，完善分级分类监管政策，健全跨部门综合监管制度。")] // gwr 2021
    [InlineData("鼓励发展私募证券投资基金，完善私募股权投资基金全链条管理政策。")] // guangdong 2026
    public void A_policy_area_closed_by_its_field_activity_is_no_named_policy(string sentence)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.EndsWith("政策", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("深入落实国家区域发展战略，优化区域发展布局，坚持城市内涵式发展。")] // heilongjiang 2026
    [InlineData("加强区域发展战略统筹实施和规划衔接，协同推进跨区域平台和重大工程项目建设。")] // unseen/cpc-15th-fyp-outline
    public void The_umbrella_of_the_regional_strategies_is_no_named_strategy(string sentence)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.EndsWith("区域发展战略", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("大力推进土地综合整治，严格落实城乡建设用地增减挂钩政策，切实提高土地综合利用效率。", "城乡建设用地增减挂钩政策")] // zhumadian 2010
    [InlineData("完善超大特大城市积分落户政策，全面设立街道或社区公共户口。", "超大特大城市积分落户政策")] // unseen/cpc-15th-fyp-outline
    [InlineData("健全药品价格形成机制，完善药品和医用耗材集中采购政策。", "药品和医用耗材集中采购政策")] // unseen/cpc-15th-fyp-outline
    public void A_policy_that_says_what_the_measure_does_stays_named(string sentence, string name)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == name);
    }

    [Theory]
    [InlineData("县（市、区）委书记要充分发挥“一线总指挥”职责作用，乡镇（街道）党委书记当好“一线施工队长”。", "一线总指挥")] // unseen/gd-baiqianwan-decision
    [InlineData("坚决反对“天然大树进城”、“一夜成景”、只搞“奇花异草”等急功近利行为。", "一夜成景")] // unseen/gd-lvmei-decision
    public void A_quoted_phrase_whose_one_is_no_numeral_is_no_numbered_formula(string sentence, string phrase)
    {
        Assert.DoesNotContain(Numbered(sentence), m => m.Surface.Contains(phrase, StringComparison.Ordinal));
    }
}
