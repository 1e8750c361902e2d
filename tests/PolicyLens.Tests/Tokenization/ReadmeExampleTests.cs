using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Tokenization;

/// <summary>The tokenization example in README.md, run as written, gives what its comments say.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_gives_the_tokens_it_promises()
    {
        string text = "坚持以供给侧结构性改革为主线";
        var segmenter = JiebaSegmenter.Default;
        IReadOnlyList<string> words = segmenter.Cut(text);
        Token[] tokens = segmenter.Tokenize(text);
        var lexicon = JiebaSegmenter.WithUserWords([new UserWord("供给侧结构性改革")]);
        IReadOnlyList<string> joined = lexicon.Cut(text);

        Assert.Equal(["坚持", "以", "供给", "侧", "结构性", "改革", "为主", "线"], words);
        Assert.Equal(words, tokens.Select(t => t.GetText(text)));
        Assert.Equal(["坚持", "以", "供给侧结构性改革", "为主", "线"], joined);

        string readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        Assert.Contains("// 坚持 / 以 / 供给 / 侧 / 结构性 / 改革 / 为主 / 线", readme, StringComparison.Ordinal);
        Assert.Contains("// 坚持 / 以 / 供给侧结构性改革 / 为主 / 线", readme, StringComparison.Ordinal);
    }
}
