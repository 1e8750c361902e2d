// Specifications of round 114 (issue 13, branch chainhead114): a quoted parallel chain written right before the head of the
// programme it names is drawn with the head as the programme's whole name (codebook rounds 43 and 47), counted under the chain
// (its Label); ParallelFinder.ChainProgramme.cs. Sentences of unseen26u and readable texts are read from their files.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Quoted chains opening a programme's name (round 114).</summary>
public sealed class ChainHeadRound114Tests
{
    [Theory]
    // 率先实施“乡村振兴百村示范、农村人居环境千村整治”工程三年计划 (nantong 2024): its gold codes the whole name.
    [InlineData("unseen/nantong-gwr-2024.txt", "乡村振兴百村示范、农村人居环境千村整治”工程三年计划", "乡村振兴百村示范、农村人居环境千村整治")]
    // 深入开展学习实践科学发展观活动和“知荣辱、讲正气、促和谐”主题道德实践活动 (zhumadian 2009, development).
    [InlineData("municipal/zhumadian_2009.txt", "知荣辱、讲正气、促和谐”主题道德实践活动", "知荣辱、讲正气、促和谐")]
    public void A_quoted_chain_before_a_programme_head_is_drawn_with_it(string name, string surface, string label)
    {
        Assert.Contains(InReport(name), m => m.Kind == MentionKind.Parallel && m.Surface == surface && m.Label == label);
        Assert.DoesNotContain(InReport(name), m => m.Kind == MentionKind.Parallel && m.Surface == label);
    }
}
