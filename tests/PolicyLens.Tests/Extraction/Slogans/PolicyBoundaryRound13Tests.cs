// Specifications of the policy finder's thirteenth round (issue 13): where a policy name begins, by general rules that replace
// the single cases of round 10 (深化拓展, a clause's 创新). A run of introducing verbs belongs to the clause; a verb whose object
// is a policy, strategy or plan itself opens the clause's predicate, not the name; the first conjunct of a coordinated name is
// as long as the second; the words of a clause (demonstratives, conjunctions, prepositions, modals, adverbs of time) and a
// directional complement close no name; a plan of a quantity is a figure. Each rule on real sentences of the development
// reports and the national corpus (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// The start of a policy name: what only introduces, handles or governs a policy stays out of it (延续|普惠小微企业贷款延期还本付息
/// 政策), a coordinated name keeps its whole first conjunct (最低收购价和临时收储政策), and a clause that merely ends in 政策, 行动
/// or 计划 used as a plain noun is no name at all (根据形势变化动态调整政策, 不是言辞而是行动, 耕地总面积计划达到…).
/// </summary>
public sealed class PolicyBoundaryRound13Tests
{
    private static void AssertName(string sentence, string name)
    {
        int start = sentence.IndexOf(name, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the sentence holds {name}");
        IReadOnlyList<SloganMention> policies = Policies(sentence);
        Assert.Contains(policies, m => m.Start == start && m.End == start + name.Length);
        Assert.DoesNotContain(policies, m => m.Start < start && m.End == start + name.Length);
    }

    [Theory]
    [InlineData("进一步解决中小微企业融资难题。延续普惠小微企业贷款延期还本付息政策，加大再贷款再贴现支持普惠金融力度。", "普惠小微企业贷款延期还本付息政策")] // gwr 2021
    [InlineData("新能源汽车车辆购置税优惠政策再延长三年，全面取消二手车限迁政策。", "二手车限迁政策")] // gwr 2018
    public void A_verb_of_handling_a_policy_is_left_out_of_its_name(string sentence, string name) =>
        AssertName(sentence, name);

    [Theory]
    [InlineData("充实完善政策工具箱，根据形势变化动态调整政策，提高宏观调控的前瞻性、针对性、有效性。", "调整")] // gwr 2025
    [InlineData("明显增长、信用贷款和首贷户比重继续提升。引导金融机构准确把握信贷政策，继续对受疫情影响严重的行业企业给予融资支持。", "把握")] // gwr 2022
    [InlineData("发展农业生产，进行农村建设，仍然主要靠政策，靠科学。", "靠")] // gwr 1981
    [InlineData("对于违反国家物价政策和财经纪律，任意涨价，哄抬物价，就地倒卖，牟取暴利的，要给予严厉的惩处。", "违反")] // gwr 1985
    [InlineData("各国人民加强团结，提高警惕，做好准备，反对绥靖主义政策，同超级大国的战争阴谋进行坚决的斗争。", "反对")] // gwr 1978
    [InlineData("以侨为桥推进高水平开放，坚持老侨新侨并重，创新聚侨惠侨政策，持续深入推进“文化引侨、平台联侨、政策惠侨、经济聚侨”系列工作。", "创新")] // guangdong 2023
    [InlineData("但是基本建设的进度仍然低于国家计划的要求。", "低于")] // gwr 1956
    [InlineData("控制财政支出，务使财政赤字不突破计划规定的数额。", "突破")] // gwr 1988
    [InlineData("也要反对不顾国家统一计划，只考虑一个地区、一个部门局部利益的倾向。", "不顾")] // gwr 1978
    public void A_verb_whose_object_is_the_policy_or_plan_itself_opens_no_name(string sentence, string verb) =>
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.Contains(verb, StringComparison.Ordinal));

    [Fact]
    public void 创新_still_opens_the_name_of_a_strategy()
    {
        // gwr 2016: 创新 handles a policy, but names a strategy's content (创新驱动发展战略), so it is cut only before 政策.
        IReadOnlyList<SloganMention> policies = Policies("深入实施创新驱动发展战略。");
        Assert.DoesNotContain(policies, m => m.Surface == "驱动发展战略");
    }

    [Fact]
    public void A_run_of_introducing_verbs_belongs_to_the_clause_and_a_verb_that_opens_a_name_does_not()
    {
        // guangdong 2023: 深化拓展, to deepen and extend; the programme is 对外传播工程.
        const string Guangdong2023 = "深化拓展对外传播工程，让中国故事、湾区故事、广东故事传遍四面八方。";
        IReadOnlyList<SloganMention> policies = Policies(Guangdong2023);
        Assert.DoesNotContain(policies, m => m.Surface.StartsWith("拓展", StringComparison.Ordinal) || m.Surface.StartsWith("深化", StringComparison.Ordinal));

        // hebei 2026: 落实 and then 提高, which opens the policy's own name (what the policy does).
        AssertName("跟进落实提高企业研发费用加计扣除比例政策，支持行业领军企业牵头组建创新联合体。", "提高企业研发费用加计扣除比例政策");
    }

    [Theory]
    [InlineData("对重点粮食品种实行最低收购价和临时收储政策，小麦、稻谷最低收购价提高了25%到40%。", "最低收购价和临时收储政策")] // gwr 2011
    [InlineData("提高城镇居民医保参保率和新农合参合率，加强监管，确保健康运行。落实好城乡社会救助和优抚安置政策。", "社会救助和优抚安置政策")] // zhumadian 2009
    [InlineData("实施招商引资“一把手”工程。制定更大力度吸引和利用外资政策，引进一批标志性的好项目、大项目。", "吸引和利用外资政策")] // guangdong 2024
    public void The_first_conjunct_of_a_coordinated_name_is_as_long_as_the_second(string sentence, string name) =>
        AssertName(sentence, name);

    [Theory]
    [InlineData("我们注意到苏联领导人一再表示愿意改善同中国的关系。但是，重要的不是言辞而是行动。")] // cpc-congress 1982
    [InlineData("苏联领导集团真的愿意改善中苏国家关系，就应该拿出实际行动来。")] // gwr 1978
    [InlineData("剥削者就必然存着复辟希望，并把这种希望变为复辟行动。")] // cpc-congress 1969
    [InlineData("今年新增退耕还林还草66.7万公顷，造林600万公顷。生态环保贵在行动、成在坚持，我们必须紧抓不松劲。")] // gwr 2015
    [InlineData("全党全国人民行动起来，就一定能开创社会和谐人人有责、和谐社会人人共享的生动局面。")] // cpc-congress 2012
    [InlineData("岸信介政府这种反动政策，激起了日本人民极大的愤怒。")] // gwr 1959
    [InlineData("工业方面的重要问题之一是计划性不足。我们现在还有许多计划不够准确，不够完整，常常互相脱节。")] // gwr 1954, as the Text stage folds its traditional characters
    public void A_clause_that_ends_in_a_plain_noun_action_policy_or_plan_is_no_name(string sentence) =>
        Assert.Empty(Policies(sentence));

    [Theory]
    [InlineData("在今年，全国耕地总面积计划达到十六亿九千二百四十五万亩，比上一年增加一千零二十五万亩。")] // gwr 1958
    [InlineData("我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四。固定资产投资总额计划为三千六百亿元。")] // gwr 1982
    public void The_plan_of_a_quantity_is_a_figure_not_a_programme(string sentence) =>
        Assert.Empty(Policies(sentence));
}
