using System.Globalization;
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// The shipped classifier against 224 sentences of the government work reports labelled by hand (208 with a theme),
/// drawn evenly from seven periods 1954–2025: the accuracy figure the README reports, and the floor it must not fall below.
/// </summary>
public sealed class HandLabelledAccuracyTests
{
    // Measured with the shipped model (README, Themes): primary 151/208 = 72.6%, primary or secondary 161/208 = 77.4% at the secondary ratio 0.45 (158/208 at 0.5)
    // (150/208 and 160/208 before the fifth development coding was trained on; 153/208 and 161/208 earlier).
    // The floors leave room for a retrained model to move a few sentences, not for a regression.
    private const double AccuracyFloor = 0.70;
    private const double WithSecondaryFloor = 0.73;

    [Fact]
    public void SampleHasAtLeast200SentencesSpreadOverTheDecades()
    {
        Assert.True(HandLabelledSentences.All.Count >= 200);
        var perPeriod = HandLabelledSentences.All.GroupBy(r => r.Year < 1960 ? 1950 : r.Year < 1980 ? 1960 : r.Year / 10 * 10).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(7, perPeriod.Count);
        Assert.All(perPeriod.Values, n => Assert.True(n >= 30));
        Assert.All(HandLabelledSentences.All, r => Assert.True(r.Theme == HandLabelledSentences.None || ThemeTaxonomy.Default.Find(r.Theme) is not null, r.Theme));
    }

    [Fact]
    public void EverySampledSentenceIsVerbatimInItsReport()
    {
        foreach (IGrouping<string, HandLabelledSentences.Row> file in HandLabelledSentences.All.GroupBy(r => r.File))
        {
            string text = SharedData.ReadText(Path.Combine("corpus", "gwr", file.Key));
            Assert.All(file, r => Assert.Contains(r.Sentence, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ShippedClassifierAgreesWithTheHandLabelsAboveTheMeasuredFloor()
    {
        IReadOnlyList<HandLabelledSentences.Row> rows = HandLabelledSentences.Themed;
        IReadOnlyList<ThemePrediction> predictions = ThemeClassifier.Default.Classify([.. rows.Select(r => r.Sentence)]);
        int correct = 0, seeded = 0, seededCorrect = 0, seedsAlone = 0, withSecondary = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            bool right = predictions[i].Theme == rows[i].Theme;
            correct += right ? 1 : 0;
            withSecondary += right || predictions[i].SecondaryTheme == rows[i].Theme ? 1 : 0;
            if (ThemeTaxonomy.Default.SeedTheme(rows[i].Sentence) is { } seed)
            {
                seeded++;
                seededCorrect += right ? 1 : 0;
                seedsAlone += seed == rows[i].Theme ? 1 : 0;
            }
        }

        double accuracy = correct / (double)rows.Count;
        TestContext.Current.SendDiagnosticMessage(string.Create(CultureInfo.InvariantCulture,
            $"hand-labelled: {correct}/{rows.Count} = {accuracy:P1}, primary or secondary {withSecondary}/{rows.Count}; with seed words {seededCorrect}/{seeded} (seeds alone {seedsAlone}/{seeded}); " +
            $"without seed words {correct - seededCorrect}/{rows.Count - seeded}"));
        Assert.True(accuracy >= AccuracyFloor, string.Create(CultureInfo.InvariantCulture, $"accuracy {accuracy:P1} ({correct}/{rows.Count}) is below the floor {AccuracyFloor:P0}"));
        Assert.True(withSecondary / (double)rows.Count >= WithSecondaryFloor, $"primary or secondary {withSecondary}/{rows.Count}");
    }
}
