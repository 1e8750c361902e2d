// Specifications of round 68's parallel recall (issue 13, chain68; ParallelFinder.WaysOfThinking.cs): a set of three or more
// ways of thinking (战略思维、创新思维、辩证思维、法治思维) is the national formula, reported whole even where 能力 follows; a pair
// (底线思维、极限思维) is left to the lexicon. Sentences of the opened unseen sets 26d and 26l and of the development reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ParallelRound68Tests
{
    [Theory]
    // unseen/hebei-gwr-2023 (before 能力, which the segmenter joins to 思维) and unseen/guangming-gwr-2025: both golds code the
    // set whole (kinds lexicon, parallel).
    [InlineData("我们要增强本领提效能，加强学习、勇于实践，不断提高战略思维、创新思维、辩证思维、法治思维能力，坚持依法行政，推进政务公开。", "战略思维、创新思维、辩证思维、法治思维")]
    [InlineData("我们必须锚定建设更高水平的平安光明目标，强化底线思维、系统思维、前瞻思维、极限思维，努力提高公共安全治理水平。", "底线思维、系统思维、前瞻思维、极限思维")]
    public void A_set_of_three_or_more_ways_of_thinking_is_one_parallel_formula(string text, string set)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface == set);
    }

    [Fact]
    public void A_pair_of_ways_of_thinking_is_left_to_the_lexicon()
    {
        // provincial/jilin_2026: its development gold codes 底线思维 alone; other golds accept the pair or its member.
        var mentions = Outermost("牢固树立底线思维、极限思维，防范化解重点领域风险，筑牢发展根基。");
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Parallel);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "底线思维");
    }
}
