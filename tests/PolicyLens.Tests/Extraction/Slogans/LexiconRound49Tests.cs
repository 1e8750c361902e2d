// Specifications of tools/lexicon/curated/round49-lexicon49.txt (issue 13, round 49, lexicon49): national campaigns and formulas
// unseen26j's coders code that the start build reported nothing for, each written in another readable text too. Sentences of
// the opened unseen texts and gwr 2022.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound49Tests
{
    [Theory]
    // unseen/shenzhen-gwr-2022; unseen/baoding-gwr-2022;
    // gwr 2022.
    [InlineData("学史明理、学史增信、学史崇德、学史力行，做到学党史、悟思想、办实事、开新局。", "学党史、悟思想、办实事、开新局")]
    [InlineData("坚决捍卫“两个确立”、做到“两个维护”，学党史、悟思想、办实事、开新局，坚决做到对党绝对忠诚、对人民高度负责。", "学党史、悟思想、办实事、开新局")]
    [InlineData("胜利召开党的十九届六中全会、制定党的第三个历史决议，如期打赢脱贫攻坚战。", "第三个历史决议")]
    public void The_national_campaigns_and_formulas_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == surface);
    }
}
