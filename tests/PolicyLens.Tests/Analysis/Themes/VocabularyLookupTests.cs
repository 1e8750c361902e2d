// The native theme scorer finds each token's vocabulary word inside its hash slot (length and up to four characters
// packed), falling back to the word's string only beyond four characters: every token must still find exactly its own
// word, and a word written twice its last index, as the dictionary the scorer replaced did.
using PolicyLens.Analysis.Themes;
using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// <see cref="LinearThemeModel.Score"/>'s vocabulary lookup, on a model in which word <c>w</c> votes only for class <c>w</c>,
/// so the winning class names the word the token was found as.
/// </summary>
public sealed class VocabularyLookupTests
{
    // 改革 twice: the second (index 5) is the one found. Three words share their first four characters.
    private static readonly string[] Vocabulary = ["改革开放", "改革开放以来", "改革开放以后", "改革", "开放", "改革"];

    private static LinearThemeModel Model()
    {
        int n = Vocabulary.Length;
        var weights = new float[n * n];
        for (int w = 0; w < n; w++)
        {
            weights[(w * n) + w] = 10;
        }

        return new LinearThemeModel([.. Enumerable.Range(0, n).Select(c => $"c{c}")], Vocabulary, [.. Enumerable.Repeat(1f, n)], weights, new float[n]);
    }

    [Theory]
    [InlineData("改革开放", 0)]
    [InlineData("改革开放以来", 1)]
    [InlineData("改革开放以后", 2)]
    [InlineData("开放", 4)]
    [InlineData("改革", 5)]
    public void A_token_is_found_as_its_own_word(string token, int word)
    {
        var probabilities = new double[Vocabulary.Length];
        int known = Model().Score(token, [new Token(0, token.Length)], 0, probabilities);

        Assert.Equal(1, known);
        Assert.Equal(word, Array.IndexOf(probabilities, probabilities.Max()));
    }

    [Theory]
    [InlineData("改革开")]
    [InlineData("改革开放以")]
    [InlineData("改革开放以前")]
    [InlineData("革")]
    public void A_token_the_vocabulary_lacks_is_not_found(string token)
    {
        var probabilities = new double[Vocabulary.Length];

        Assert.Equal(0, Model().Score(token, [new Token(0, token.Length)], 0, probabilities));
    }

    [Fact]
    public void A_token_read_from_its_documents_offsets_is_found_as_one_cut_alone()
    {
        // The same tokens at their offsets in a longer text (the shared stream), and the repeat counted twice.
        const string text = "坚持改革开放以来改革";
        Token[] tokens = [new Token(2, 6), new Token(8, 2)];
        var probabilities = new double[Vocabulary.Length];

        Assert.Equal(2, Model().Score(text.AsSpan(2), tokens, 2, probabilities));
        Assert.True(probabilities[1] > 0.4 && probabilities[5] > 0.4, string.Join(", ", probabilities));
    }
}
