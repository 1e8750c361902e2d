// Specifications of the policy finders' round 28 (issue 13, precision on unseen text; branch prec28p): policy names with whole
// boundaries. Three frames of report language, each on real sentences of the development reports and the national corpus
// (the file is named) with the neighbours each rule must keep:
//  1. a plan the report issues of a campaign (制定…行动方案) is reported whole as a titled document, not cut at the campaign's
//     head (PolicyDocumentFinder no longer leaves it to the programme finders);
//  2. single-character quoted labels written one after another before one head (农业“特”“优”战略) are members dividing one
//     name's scope: the name is the whole coordination, never the last member with the head;
//  3. a name whose start falls right after a word opened by a negation of its own (未 稳定 | 就业…) is cut inside a member
//     (未稳定就业) and is not reported.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Policy names are reported with whole boundaries: plans through their document word, coordinated one-character labels together, no name cut inside a negated member.</summary>
public sealed class PolicyBoundaryRound28Tests
{
    private static IReadOnlyList<SloganMention> Of(string text, MentionKind kind) => [.. Mentions(text).Where(m => m.Kind == kind)];

    [Fact]
    public void Single_character_quoted_labels_before_one_head_are_one_name()
    {
        // The shape the blind judge read wrong (the brief's example; no development report writes it).
        IReadOnlyList<SloganMention> policies = Policies("推进农业“特”“优”战略，促进农民增收。");
        Assert.Contains(policies, m => m.Surface == "农业“特”“优”战略");
        Assert.DoesNotContain(policies, m => m.Surface == "“优”战略");
    }

    [Theory]
    [InlineData("稳市场，加力扩围实施“两重”“两新”政策，统筹推进扩")] // chongqing 2026: two distinct policies
    [InlineData("会资本合作机制，深化“拨改投”“补转股”改革，健全政府投资定")] // hubei 2026
    [InlineData("主动融入“一带一路”“三区一群”国家战略，积极对接中欧班列")] // zhumadian 2018
    public void Quoted_labels_of_two_characters_or_more_stay_apart(string sentence)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.Count(c => c == '“') > 1);
    }

    [Fact]
    public void One_character_labels_before_no_programme_head_are_untouched()
    {
        // zhumadian 2018: 政商关系 is no programme head; the policy finder reports nothing.
        Assert.Empty(Policies("强化企业至上理念，构建“亲”“清”政商关系，急企业所急"));
    }

    [Fact]
    public void A_name_cut_after_a_negated_word_is_not_reported()
    {
        // The shape the blind judge read wrong (the brief's example: 未就业和未稳定就业高校毕业生…; no development name starts so).
        Assert.DoesNotContain(Policies("实施未就业和未稳定就业高校毕业生就业能力提升行动，促进高质量充分就业。"), m => m.Surface.StartsWith("就业", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("就业指导和创业教育，落实高校毕业生就业促进计划，鼓励到基层就业。", "高校毕业生就业促进计划")] // gwr 2015
    [InlineData("障，关爱残疾人就业。实施城乡居民收入提低扩中行动，深化", "城乡居民收入提低扩中行动")] // chongqing 2026
    [InlineData("高度重视稳就业，出台支持企业稳岗拓岗政策，加强高校毕业", "企业稳岗拓岗政策")] // gwr 2024: 支持 is the verb, no negation before it
    public void Names_after_a_verb_without_negation_stay(string sentence, string name)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == name);
    }
}
