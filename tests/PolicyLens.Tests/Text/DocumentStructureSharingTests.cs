// The document's structure is made once and read by every stage of `analyze`: one sentence split for the targets and the
// theme scorer, one fold and one default cut for the theme scorer, each equal to what the stage used to make itself.
using PolicyLens.Analysis.Themes;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Text;

/// <summary>The shared sentences, folded text and tokens of a document, against a fresh split, fold and cut, on real reports.</summary>
public sealed class DocumentStructureSharingTests
{
    private static Document Read(string relativePath) => new CorpusReader().Read(SharedData.Require(relativePath)).First();

    [Theory]
    [InlineData("corpus/gwr/1954.txt")]
    [InlineData("corpus/gwr/2019.txt")]
    [InlineData("corpus/cpc-congress/19_2017.txt")]
    public void The_folded_text_is_made_once_and_is_the_themes_own_fold(string file)
    {
        Document doc = Read(file);

        Assert.Equal(ThemeTokens.Fold(doc.Text), doc.FoldedText);
        Assert.Same(doc.FoldedText, doc.FoldedText);
        Assert.Equal(JiebaSegmenter.Default.Tokenize(doc.FoldedText), doc.Tokens);
    }

    [Theory]
    [InlineData("corpus/gwr/1954.txt")]
    [InlineData("corpus/gwr/2019.txt")]
    public void The_themes_read_from_the_shared_fold_and_stream_are_those_of_a_fresh_fold_and_cut(string file)
    {
        Document doc = Read(file);
        (int, int)[] units = [.. doc.Sentences.Select(s => (s.Span.Start, s.Span.Length))];

        IReadOnlyList<SentenceTheme> shared = ThemeClassifier.Default.ClassifyDocument(doc);
        // ClassifyText folds the text itself and cuts every sentence alone.
        IReadOnlyList<ClassifiedSentence> fresh = ThemeClassifier.Default.ClassifyText(doc.Text, units);

        Assert.True(shared.Count > 100, $"{shared.Count} sentences");
        Assert.Equal(fresh.Select(c => (c.Theme, c.Probability, c.Characters)), shared.Select(r => (r.Theme, r.Probability, r.Characters)));
    }

    [Fact]
    public void The_targets_and_the_themes_read_one_sentence_split_equal_to_a_fresh_split()
    {
        Document doc = Read("corpus/gwr/2019.txt");

        IReadOnlyList<Sentence> sentences = doc.Sentences;
        _ = TargetExtractor.Default.ExtractFromText(doc);
        _ = ThemeClassifier.Default.ClassifyDocument(doc);

        Assert.Same(sentences, doc.Sentences);
        Assert.Equal(SentenceSplitter.Sentences(doc.Text).Select(s => s.Span), sentences.Select(s => s.Span));
    }
}
