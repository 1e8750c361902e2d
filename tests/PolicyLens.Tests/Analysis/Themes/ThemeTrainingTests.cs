using PolicyLens.Analysis.Themes;
using PolicyLens.Text;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// Training on the corpora the shipped model was trained on (national reports, party congress reports, and the
/// development provincial and municipal reports; never the held-out ones): the held-out accuracy on seed-labelled
/// sentences, the native scorer against the ML.NET model it was exported from, and that training again gives the model
/// shipped in the assembly (so it is reproducible from the repository and ../shared).
/// </summary>
public sealed class ThemeTrainingTests
{
    private static readonly Lazy<ThemeTrainingResult> Trained = new(() =>
    {
        // The same documents in the same order as `policylens themes train ../shared/corpus/gwr ../shared/corpus/cpc-congress
        // ../shared/corpus/provincial ../shared/corpus/municipal` reads them, with the hand-coded training sentences

        string[] folders = [.. new[] { "gwr", "cpc-congress", "provincial", "municipal" }.Select(f => SharedData.Require(Path.Combine("corpus", f)))];
        IReadOnlyList<string> files = ThemeTrainingCorpus.Files(folders);
        var reader = new CorpusReader();
        // ... --hand-coded tests/PolicyLens.Tests/Analysis/Themes/dev-coded-2-train.tsv …/dev-coded-3-train.tsv …/dev-coded-3-edges-train.tsv …/dev-coded-4-train.tsv …/dev-coded-5-train.tsv`
        return ThemeClassifier.Train(files.SelectMany(f => reader.Read(f)).Select(d => d.Text), options: ThemeTrainingOptions.Default with { HandCodedFiles = DevCodedSentences.TrainingPaths });
    });

    [Fact]
    public void TrainingNeverReadsAHeldOutReport()
    {
        string[] folders = [.. new[] { "provincial", "municipal" }.Select(f => SharedData.Require(Path.Combine("corpus", f)))];
        IReadOnlyList<string> files = ThemeTrainingCorpus.Files(folders);
        Assert.Equal(16, ThemeTrainingCorpus.HeldOutFiles.Count);
        Assert.DoesNotContain(files, f => ThemeTrainingCorpus.HeldOutFiles.Any(h => f.EndsWith(h, StringComparison.Ordinal)));
        Assert.Contains(files, f => f.EndsWith("provincial/beijing_2026.txt", StringComparison.Ordinal));
        Assert.True(ThemeTrainingCorpus.IsHeldOut(Path.Combine(folders[1], "zhumadian_2019.txt")));
        Assert.False(ThemeTrainingCorpus.IsHeldOut(Path.Combine(folders[1], "zhumadian_2020.txt")));
    }

    [Fact]
    public void HeldOutAccuracyOnSeedLabelledSentencesIsAsMeasured()
    {
        ThemeTrainingResult result = Trained.Value;
        // Measured (README, Themes): about 32,000 labelled of 48,000 sentences, a fifth held out; accuracy 0.874, macro 0.851,
        // seeds hidden 0.582 (0.879, 0.855, 0.589 before the 312 sentences of the fifth hand coding; 0.885, 0.859, 0.593 before the 390 sentences of the fourth hand coding; 0.894, 0.870, 0.617
        // before the 558 sentences of the third, whose labels follow the coders, not the seeds; the stronger L2 penalty of 2026-11-30 fits the seed labels less closely: 0.92 before). The
        // floors leave room for the order of floating-point sums, not for a regression.
        Assert.InRange(result.LabelledSentences, 25_000, 40_000);
        Assert.True(result.HeldOutAccuracy >= 0.87, $"held-out accuracy {result.HeldOutAccuracy:F4}");
        Assert.True(result.HeldOutMacroAccuracy >= 0.85, $"held-out macro accuracy {result.HeldOutMacroAccuracy:F4}");
        Assert.True(result.HeldOutAccuracyWithoutSeeds >= 0.58, $"held-out accuracy with seeds hidden {result.HeldOutAccuracyWithoutSeeds:F4}");
        Assert.Equal(ThemeTaxonomy.Default.Themes.Count, result.SentencesPerTheme.Count);
    }

    [Fact]
    public void NativeScorerGivesTheMLNetModelsPredictionOnEveryHandCodedSentence()
    {
        ThemeTrainingResult result = Trained.Value;
        string[] sentences =
        [
            .. HandLabelledSentences.All.Select(r => r.Sentence), .. DevCodedSentences.All.Select(r => r.Sentence),
            .. DevCodedSentences.Train.Select(r => r.Sentence), .. DevCodedSentences.Test.Select(r => r.Sentence),
            .. DevCodedSentences.Train3.Select(r => r.Sentence), .. DevCodedSentences.Test3.Select(r => r.Sentence),
            .. DevCodedSentences.EdgesTrain.Select(r => r.Sentence), .. DevCodedSentences.EdgesTest.Select(r => r.Sentence),
            .. DevCodedSentences.Train4.Select(r => r.Sentence), .. DevCodedSentences.Test4.Select(r => r.Sentence),
            .. DevCodedSentences.Train5.Select(r => r.Sentence), .. DevCodedSentences.Test5.Select(r => r.Sentence),
        ];
        AssertNativeMatchesMLNet(result, sentences);
    }

    [Fact]
    public void TheMLNetModelSavesAndLoadsBack()
    {
        using var stream = new MemoryStream();
        Trained.Value.MLNetModel!.Save(stream);
        stream.Position = 0;
        MLNetThemeModel loaded = MLNetThemeModel.Load(stream);
        string[] sentences = [.. HandLabelledSentences.All.Take(30).Select(r => r.Sentence)];
        Assert.Equal(Trained.Value.MLNetModel.Classify(sentences), loaded.Classify(sentences));
    }

    [Fact]
    public void TrainingAgainGivesTheShippedModel()
    {
        string[] sentences = [.. HandLabelledSentences.All.Select(r => r.Sentence)];
        IReadOnlyList<ThemePrediction> shipped = ThemeClassifier.Default.Classify(sentences);
        IReadOnlyList<ThemePrediction> retrained = Trained.Value.Classifier.Classify(sentences);
        for (int i = 0; i < sentences.Length; i++)
        {
            Assert.Equal(shipped[i].Theme, retrained[i].Theme);
            Assert.Equal(shipped[i].Probability, retrained[i].Probability, 5);
        }
    }

    [Fact]
    public void TrainingNeedsAtLeastTwoLabelledThemes()
    {
        Assert.Throws<InvalidOperationException>(() => ThemeClassifier.Train(["粮食增产。农民增收。"]));
    }

    /// <summary>
    /// The native scorer and the ML.NET model trained with it give the same theme, and probabilities within 1e-5, for every
    /// sentence not none by rule (also used with the options of <see cref="CharacterBigramThemeTests"/>).
    /// </summary>
    internal static void AssertNativeMatchesMLNet(ThemeTrainingResult result, string[] sentences)
    {
        IReadOnlyList<ThemePrediction> native = result.Classifier.Classify(sentences);
        IReadOnlyList<ThemePrediction> mlnet = result.MLNetModel!.Classify(sentences);
        int compared = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            // Procedural sentences are none by rule before any model runs; every other one goes through both models (which
            // may both say none: the model learns a none class from the procedural sentences).
            if (native[i].Theme == ThemeClassifier.None)
            {
                continue;
            }

            compared++;
            Assert.True(mlnet[i].Theme == native[i].Theme, $"{sentences[i]}: ML.NET {mlnet[i]}, native {native[i]}");
            // Within 1e-5 rather than rounded to 4 decimals: two probabilities 1e-7 apart can round either side of a boundary
            // (0.99645007 and 0.99644995 with the model of the third coding).
            Assert.True(Math.Abs(mlnet[i].Probability - native[i].Probability) <= 1e-5, $"{sentences[i]}: ML.NET {mlnet[i].Probability}, native {native[i].Probability}");
        }

        Assert.True(compared > 500, $"{compared} sentences compared");
    }
}
