// Specifications of the policy finder's round 30 (issue 13, precision on the opened unseen sets; branch policy30): two
// boundary shapes of …政策 names, on real sentences of cpc-15th-fyp-outline (unseen26b, development since round 30) with the
// development neighbours each rule must keep:
//  1. a comparative qualifier (更 + a word + 的) before a name is the clause's degree, no part of the name: 更有力的护边补助政策
//     is not reported with it (the stem left after 的 is too short for the walk's name, so nothing is reported);
//  2. a first conjunct of a coordinated policy is not cut inside: when one word alone stands between it and a list mark
//     (规划管控、土地供应和税费政策) it belongs to the conjunct, and the whole is then a list item after 、 (round 13b).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>…政策 names keep whole boundaries: no leading comparative qualifier, no first conjunct cut inside.</summary>
public sealed class PolicyBoundaryRound30Tests
{
    [Fact]
    public void A_comparative_qualifier_is_no_part_of_a_policy_name()
    {
        IReadOnlyList<SloganMention> policies = Policies("加大边境地区教育医疗等投入，实施更有力的护边补助政策，扎实推进沿边重点城镇和村庄建设。");
        Assert.DoesNotContain(policies, m => m.Surface.StartsWith('更'));
    }

    [Fact]
    public void A_first_conjunct_after_a_list_mark_is_not_cut_inside()
    {
        IReadOnlyList<SloganMention> policies = Policies("完善促进盘活存量用地的规划管控、土地供应和税费政策，加快发展建设用地二级市场。");
        Assert.DoesNotContain(policies, m => m.Surface == "供应和税费政策");
    }

    [Theory]
    [InlineData("制定更大力度吸引和利用外资政策，", "吸引和利用外资政策")]
    [InlineData("实行最低收购价和临时收储政策，", "最低收购价和临时收储政策")] // gwr 2011
    [InlineData("落实好城乡社会救助和优抚安置政策，", "社会救助和优抚安置政策")] // zhumadian 2009
    [InlineData("实施积极的财政和货币政策，", "财政和货币政策")]
    public void Coordinated_policies_keep_their_first_conjunct(string sentence, string name)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == name);
    }
}
