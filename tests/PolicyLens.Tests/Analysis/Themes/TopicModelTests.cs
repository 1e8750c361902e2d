using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>LDA topics on a few real reports: shapes of the tables, shares that add up, and the same topics on every run.</summary>
public sealed class TopicModelTests
{
    private static readonly TopicModelOptions Small = TopicModelOptions.Default with { Topics = 6, Iterations = 50, WordsPerTopic = 8 };

    private static (string, string)[] Reports() =>
    [
        ("1978", SharedData.ReadText("corpus/gwr/1978.txt")),
        ("2008", SharedData.ReadText("corpus/gwr/2008.txt")),
        ("2018", SharedData.ReadText("corpus/gwr/2018.txt")),
    ];

    [Fact]
    public void EachTopicHasItsTopWordsAndEachGroupItsShares()
    {
        TopicModel model = TopicModel.Fit(Reports(), Small);
        Assert.Equal(6 * 8, model.Words.Count);
        Assert.All(model.Words.GroupBy(w => w.Topic), topic => Assert.Equal(Enumerable.Range(1, 8), topic.Select(w => w.Rank)));
        Assert.All(model.Words, w => Assert.True(w.Word.Length >= 2, w.Word)); // one-character words are left out of LDA
        Assert.Equal(3 * 6, model.Shares.Count);
        Assert.All(model.Shares.GroupBy(s => s.Group), g => Assert.Equal(1, g.Sum(s => s.Share), 6));
        Assert.All(model.Shares, s => Assert.Equal(3, s.Label.Split('/').Length));
        Assert.True(model.VocabularySize > 100);
    }

    [Fact]
    public void TheSameTextAndOptionsGiveTheSameTopics()
    {
        TopicModel first = TopicModel.Fit(Reports(), Small);
        TopicModel second = TopicModel.Fit(Reports(), Small);
        Assert.Equal(first.Words, second.Words);
        Assert.Equal(first.Shares, second.Shares);
    }

    [Fact]
    public void TextWithNoFrequentWordIsAnError()
    {
        Assert.Throws<InvalidOperationException>(() => TopicModel.Fit([("x", "一句话。")]));
    }
}
