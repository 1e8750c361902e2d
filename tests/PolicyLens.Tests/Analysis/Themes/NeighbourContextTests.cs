// Specifies how a sentence of a whole report is read with its neighbours (ThemeClassifier.NeighbourWeight, round 11) and
// which secondary rule applies there (InTextSecondaryRatio), on development reports.
using PolicyLens.Analysis.Themes;
using PolicyLens.Text;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>A sentence in its report is classified with the sentences before and after it; a sentence alone is not.</summary>
public sealed class NeighbourContextTests
{
    private const string Short = "持续推动开发区优化提升。";

    [Fact]
    public void A_short_sentence_takes_its_theme_from_the_sentences_around_it()
    {
        // Zhejiang 2026, in the part on reform and opening (dev-coded-3-test.tsv codes it reform_opening): alone, the
        // model reads 开发区 as industry; between sentences on opening platforms it is reform and opening, as a coder reads it.
        Document report = new CorpusReader().Read(SharedData.Require("corpus/provincial/zhejiang_2026.txt")).Single();

        SentenceTheme inPlace = ThemeClassifier.Default.ClassifyDocument(report).Single(s => s.Text == Short);
        SentenceTheme withoutNeighbours = ThemeClassifier.Default.WithNeighbourWeight(0).ClassifyDocument(report).Single(s => s.Text == Short);

        Assert.Equal("reform_opening", inPlace.Theme);
        Assert.Equal(ThemeClassifier.Default.Classify(Short).Theme, withoutNeighbours.Theme);
        Assert.NotEqual("reform_opening", withoutNeighbours.Theme);
    }

    [Fact]
    public void In_a_report_a_secondary_theme_needs_the_in_text_ratio()
    {
        Document report = new CorpusReader().Read(SharedData.Require("corpus/provincial/beijing_2026.txt")).Single();
        IReadOnlyList<SentenceTheme> rows = ThemeClassifier.Default.ClassifyDocument(report);

        SentenceTheme[] withSecondary = [.. rows.Where(r => r.SecondaryTheme is not null)];
        Assert.NotEmpty(withSecondary);
        Assert.All(withSecondary, r => Assert.True(r.SecondaryProbability >= ThemeClassifier.InTextSecondaryRatio * r.Probability, r.Text));

        // Read with its neighbours, a sentence's probabilities are still a distribution over the classes.
        Assert.All(rows, r => Assert.InRange(r.Probability + r.SecondaryProbability, 0, 1 + 1e-9));
    }

    [Fact]
    public void Sentences_alone_keep_the_secondary_ratio_of_round_8()
    {
        // The same sentences classified one by one: some secondaries lie between the two ratios, which only the
        // sentence-alone rule gives.
        Document report = new CorpusReader().Read(SharedData.Require("corpus/provincial/beijing_2026.txt")).Single();
        IReadOnlyList<ThemePrediction> alone = ThemeClassifier.Default.Classify([.. report.Sentences.Select(s => report.Text.Substring(s.Span.Start, s.Span.Length))]);

        ThemePrediction[] withSecondary = [.. alone.Where(p => p.SecondaryTheme is not null)];
        Assert.All(withSecondary, p => Assert.True(p.SecondaryProbability >= ThemeClassifier.SecondaryRatio * p.Probability));
        Assert.Contains(withSecondary, p => p.SecondaryProbability < ThemeClassifier.InTextSecondaryRatio * p.Probability);
    }
}
