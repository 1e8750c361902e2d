// Specifications of the policy finders' round 14 (issue 13, policy precision and boundaries): a verb's result complement is
// never a name's first character, a name inside a longer name is one mention (the longer one), a plan document joined to a
// year's plan is no coordinated programme, incentives and constraints of a field are a category of measures, and an indefinite
// count of plans (几个五年计划) is no name. Each rule on real sentences of the development reports and the national corpus
// (the file is named), with the neighbours each rule must keep.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Policy names start after the clause's verb and its complement, run to the last head of a name that goes on after an
/// inner programme, and do not join a plan document with a year's plan nor name a category of steering measures; whole names
/// and distinct programmes stay.
/// </summary>
public sealed class PolicyBoundaryRound14Tests
{
    [Fact]
    public void A_complement_that_makes_a_verb_phrase_with_the_verb_before_it_is_no_part_of_the_name()
    {
        // gwr 2021: 实施好 is the clause's verb (like 落实好, 用好); 好关 being a dictionary word does not take 好 into the name.
        IReadOnlyList<SloganMention> policies = Policies("实施好关键核心技术攻关工程，深入谋划推进“科技创新2030—重大项目”，改革科技重大专项实施方式，推广“揭榜挂帅”等机制。");
        Assert.Contains(policies, m => m.Surface == "关键核心技术攻关工程");
        Assert.DoesNotContain(policies, m => m.Surface.StartsWith('好'));
    }

    [Fact]
    public void A_one_character_word_that_opens_a_word_of_the_name_still_belongs_to_it()
    {
        // The neighbour the complement rule keeps: 还 of 无还本续贷 makes no verb phrase with the word before it, and the whole
        // name is reported (the lexicon's variant of 无还本续贷), never a cut 本续贷政策.
        IReadOnlyList<SloganMention> mentions = Mentions("进一步疏通货币政策传导渠道，完善利率形成和传导机制，落实无还本续贷政策，强化融资增信和风险分担等支持措施。"); // gwr 2025
        Assert.Contains(mentions, m => m.Surface == "无还本续贷政策");
        Assert.DoesNotContain(mentions, m => m.Surface.StartsWith("本续贷", StringComparison.Ordinal));
    }

    [Fact]
    public void A_programme_named_inside_a_longer_campaign_is_reported_as_the_longer_name()
    {
        // chongqing 2026: the campaign introduced is 城市生命线工程提升行动; the inner 城市生命线工程 is no mention of its own.
        IReadOnlyList<SloganMention> policies = Policies("实施城市生命线工程提升行动，新建改造供排水管网2400公里，新建扩建城市生活污水处理厂5座，加快建设城市综合管廊。");
        Assert.Contains(policies, m => m.Surface == "城市生命线工程提升行动");
        Assert.DoesNotContain(policies, m => m.Surface == "城市生命线工程");
    }

    [Theory]
    [InlineData("推进城市生命线安全工程向城市全域覆盖和县城延伸，做强城市生命线产业发展集团，快速拓展市场空间，着力培育产业集群。", "城市生命线安全工程")] // anhui 2026: a preposition after the name ends it
    [InlineData("深入实施国家技术创新工程和知识创新工程，扎实推进国家科技重大专项，新建一批国家工程中心、重点实验室和企业技术中心。", "国家技术创新工程")] // gwr 2013: two programmes joined
    public void A_name_followed_by_a_clause_or_another_name_keeps_its_own_end(string sentence, string name) =>
        Assert.Contains(Policies(sentence), m => m.Surface == name);

    [Theory]
    [InlineData("坚决实行最严格的土地管理制度：一要认真执行土地利用总体规划和年度计划。")] // gwr 2007
    [InlineData("今后主要任务是制定和实施中长期发展规划和年度计划，搞好经济发展预测、总量调控和重大项目建设，促进经济结构优化。")] // gwr 1993
    public void A_plan_document_and_a_years_plan_are_no_coordinated_programme(string sentence) =>
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.Contains("规划和", StringComparison.Ordinal) || m.Surface == "年度计划");

    [Fact]
    public void Incentives_and_constraints_of_a_field_are_a_category_of_measures()
    {
        // gwr 2022: 激励约束 is the generic pair of steering measures, like 激励 alone; no named policy.
        IReadOnlyList<SloganMention> policies = Policies("推动能耗“双控”向碳排放总量和强度“双控”转变，完善减污降碳激励约束政策，发展绿色金融，加快形成绿色低碳生产生活方式。");
        Assert.DoesNotContain(policies, m => m.Surface.EndsWith("约束政策", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indefinite_count_of_plans_is_no_name()
    {
        // gwr 1986: 几个五年计划 counts the plans since 1949; like 两个示范工程, a count of programmes, not one programme.
        IReadOnlyList<SloganMention> policies = Policies("这些成就和变化，无论同建国以来几个五年计划时期的情况相比，还是同世界各国同期的情况相比，都是很突出的。");
        Assert.DoesNotContain(policies, m => m.Surface.Contains("几个", StringComparison.Ordinal));
        Assert.Contains(Policies("大力实施开放带动战略，力争全年引进市外资金400亿元以上，其中引进省外资金215亿元以上，实际利用外资和对外贸易分别增长10%以上。"), m => m.Surface == "开放带动战略"); // zhumadian 2014: a name with no count stays
    }
}
