// Document.Tokens: the one token stream of a document that later stages read, cut once, equal to the segmenter's own.
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Text;

/// <summary>The shared token stream of a document, on the national reports (1954's traditional characters included).</summary>
public sealed class DocumentTokensTests
{
    private static Document Read(string relativePath)
    {
        string path = SharedData.Require(relativePath);
        return DocumentParser.Parse(File.ReadAllText(path), new DocumentSource { Id = relativePath, Location = path, FileName = path })[0];
    }

    [Theory]
    [InlineData("corpus/gwr/2019.txt")]
    [InlineData("corpus/gwr/1954.txt")]
    public void The_shared_tokens_are_the_default_segmenters_tokens_of_the_folded_text(string file)
    {
        Document doc = Read(file);

        Token[] expected = JiebaSegmenter.Default.Tokenize(VariantFold.Fold(doc.Text));

        Assert.Equal(expected, doc.Tokens);
        Assert.Equal(doc.Text.Length, doc.Tokens[^1].End);
    }

    [Theory]
    [InlineData("corpus/gwr/2019.txt")]
    [InlineData("corpus/gwr/1954.txt")]
    [InlineData("corpus/cpc-congress/19_2017.txt")]
    public void A_sentences_tokens_in_the_shared_stream_are_those_of_the_sentence_cut_alone(string file)
    {
        // This is what lets the theme classifier, which cuts each sentence by itself, read the shared stream instead.
        Document doc = Read(file);
        string folded = VariantFold.Fold(doc.Text);
        IReadOnlyList<Token> shared = doc.Tokens;
        int t = 0;
        foreach (Sentence sentence in doc.Sentences)
        {
            while (shared[t].End <= sentence.Span.Start)
            {
                t++;
            }

            var inStream = new List<Token>();
            for (int k = t; k < shared.Count && shared[k].Start < sentence.Span.End; k++)
            {
                inStream.Add(new Token(shared[k].Start - sentence.Span.Start, shared[k].Length));
            }

            Token[] alone = JiebaSegmenter.Default.Tokenize(folded.AsSpan(sentence.Span.Start, sentence.Span.Length));
            Assert.Equal(alone, inStream);
        }
    }

    [Fact]
    public void The_tokens_are_cut_once_and_kept_with_the_document()
    {
        Document doc = Read("corpus/gwr/2019.txt");

        Assert.Same(doc.Tokens, doc.Tokens);
        Assert.NotSame(doc.Tokens, (doc with { Text = doc.Text + "。" }).Tokens);
    }
}
