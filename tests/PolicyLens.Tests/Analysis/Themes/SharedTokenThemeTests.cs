// ThemeClassifier.ClassifyDocument reads each sentence's tokens from Document.Tokens: the themes must be those of
// cutting every sentence again (ClassifyText), and, without the neighbours' weight, those of each sentence alone.
using PolicyLens.Analysis.Themes;
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// A document's sentences classified from its one shared token stream, against each sentence classified alone, on the
/// national reports of 1954 (traditional characters) and 2019 and a provincial development report (Beijing 2026).
/// </summary>
public sealed class SharedTokenThemeTests
{
    public static TheoryData<string> Reports => new()
    {
        "corpus/gwr/1954.txt",
        "corpus/gwr/2019.txt",
        "corpus/provincial/beijing_2026.txt",
    };

    private static Document Read(string relativePath) => new CorpusReader().Read(SharedData.Require(relativePath)).First();

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_document_themes_are_those_of_each_sentence_cut_and_classified_alone(string file)
    {
        Document doc = Read(file);
        IReadOnlyList<SentenceTheme> rows = ThemeClassifier.Default.ClassifyDocument(doc);
        // Without reading the neighbours (round 11), each row is what the sentence alone gives.
        IReadOnlyList<SentenceTheme> ownRows = ThemeClassifier.Default.WithNeighbourWeight(0).ClassifyDocument(doc);
        (int, int)[] units = [.. doc.Sentences.Select(s => (s.Span.Start, s.Span.Length))];

        // ClassifyText cuts every sentence by itself; the public Classify(string) folds, trims and cuts one sentence.
        IReadOnlyList<ClassifiedSentence> alone = ThemeClassifier.Default.ClassifyText(doc.Text, units);

        Assert.True(rows.Count > 100, $"{rows.Count} sentences");
        Assert.Equal(alone.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            SentenceTheme row = rows[i];
            Assert.Equal(doc.Sentences[row.Sentence].Span.Start, alone[i].Start);
            Assert.Equal((alone[i].Theme, alone[i].Probability, alone[i].SecondaryTheme, alone[i].SecondaryProbability, alone[i].Characters),
                (row.Theme, row.Probability, row.SecondaryTheme, row.SecondaryProbability, row.Characters));

            SentenceTheme own = ownRows[i];
            ThemePrediction one = ThemeClassifier.Default.Classify(own.Text);
            Assert.Equal((one.Theme, one.Probability, one.SecondaryTheme, one.SecondaryProbability), (own.Theme, own.Probability, own.SecondaryTheme, own.SecondaryProbability));
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_sentence_reads_its_tokens_from_the_shared_stream_and_they_are_its_own_cut(string file)
    {
        // Sentences end after 。！？!? or a closing quote and start after one or after white space: edges of jieba's
        // blocks, so the slice is taken (not the fallback) for every sentence, and equals cutting the sentence alone.
        Document doc = Read(file);
        string folded = VariantFold.Fold(doc.Text);
        Token[] stream = [.. doc.Tokens];
        foreach (Sentence sentence in doc.Sentences)
        {
            Assert.True(ThemeClassifier.SliceOf(stream, folded, sentence.Span.Start, sentence.Span.Length, out int first, out int count), doc.Text.Substring(sentence.Span.Start, sentence.Span.Length));
            Token[] slice = [.. stream.AsSpan(first, count).ToArray().Select(t => new Token(t.Start - sentence.Span.Start, t.Length))];
            Assert.Equal(JiebaSegmenter.Default.Tokenize(folded.AsSpan(sentence.Span.Start, sentence.Span.Length)), slice);
        }
    }

    [Fact]
    public void A_span_that_splits_a_block_is_cut_alone_instead()
    {
        Document doc = Read("corpus/gwr/2019.txt");
        string folded = VariantFold.Fold(doc.Text);
        // Two characters into a sentence that opens with a run of Han characters, which jieba cuts as one block.
        Sentence sentence = doc.Sentences.First(s => s.Span.Length > 20 && folded.AsSpan(s.Span.Start, 4).ToArray().All(CharClasses.IsHanBlock));

        Assert.False(ThemeClassifier.SliceOf([.. doc.Tokens], folded, sentence.Span.Start + 2, sentence.Span.Length - 2, out _, out _));
    }
}
