// Specifications of policy round 52 (issue 13, branch policy52): policy mentions whose boundaries or items the blind judges of the
// opened unseen sets read wrong, by shape. Verbs that carry a programme out (立项, 迭代升级) and adverbs that make 行动 a verb
// (迅速果断行动) are no part of a name; a generic word of measures after a quoted programme (“…计划”配套政策), relief (纾困) and
// supply (供应) before 政策 and operation (运营) as a reformed field name no policy.
// Real sentences of the opened unseen texts (named), with the neighbours each rule keeps.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Policy names the unseen sets' judges read as kept verbs or descriptions.</summary>
public sealed class PolicyRound52Tests
{
    [Fact]
    public void A_verb_that_carries_a_programme_out_is_no_part_of_its_name()
    {
        // unseen/dapeng-gwr-2025: a firm's project approved under the national plan; the plan is 国家重点研发计划.
        IReadOnlyList<SloganMention> policies = Policies("大鹏湾实验室启用，绿诗源成功立项国家重点研发计划。科技服务业营收达290亿元。");
        Assert.Contains(policies, m => m.Surface == "国家重点研发计划");
        Assert.DoesNotContain(policies, m => m.Surface.StartsWith("立项", StringComparison.Ordinal));

        // unseen/guangming-gwr-2025: 迭代升级 before the programme.
        Assert.DoesNotContain(Policies("全面实施更加积极、更加开放、更加有效的人才政策，迭代升级人才高地计划，修订完善高层次人才服务保障办法，"), m => m.Surface.StartsWith("迭代", StringComparison.Ordinal));
    }

    [Fact]
    public void Acting_swiftly_is_no_campaign() =>
        // unseen/guangming-gwr-2025
        Assert.Empty(Policies("强化基层应急基础和力量，确保遇到突发事件迅速果断行动、高效有序处置。"));

    [Theory]
    [InlineData("修订完善“人才高地计划”配套政策及实施细则，")] // unseen/guangming-gwr-2025: the measures that go with the programme
    [InlineData("织牢联防联控、群防群控两张网。推出一项项实打实纾困政策。")] // unseen/futian-gwr-2023: relief measures described
    [InlineData("用足用好产业用地用房供应政策，灵活采取租售结合的供应方式，")] // unseen/pingshan-gwr-2021: the policy area of supply
    [InlineData("加快推动光明科学城建设运营管理体制机制改革，健全国家战略科技力量、新型研发机构引育机制，")] // unseen/guangming-gwr-2025
    public void A_description_is_no_named_policy(string sentence) =>
        Assert.Empty(Policies(sentence));

    [Fact]
    public void The_quoted_programme_before_its_measures_stays_its_own_mention() =>
        // unseen/guangming-gwr-2025: the programme is the quoted name.
        Assert.Contains(Mentions("修订完善“人才高地计划”配套政策及实施细则，"), m => m.Kind == MentionKind.Quoted && m.Surface == "人才高地计划");

    [Theory]
    [InlineData("深化知识产权全链条运营机制改革，复制推广职务科技成果赋权改革经验，", "知识产权全链条运营机制改革")] // chongqing 2026: a named institution operated
    [InlineData("同时，进一步落实国家助学贷款政策，使困难家庭的学生能够上得起大学、接受职业教育。", "国家助学贷款政策")] // gwr 2007: a policy that says what it does
    public void Named_reforms_and_policies_keep(string sentence, string name) =>
        Assert.Contains(Policies(sentence), m => m.Surface == name);
}
