// Specification of the trainer and feature-weighting options of theme training (ThemeTrainingOptions.Trainer,
// ThemeTrainingOptions.InverseDocumentFrequency): whatever ML.NET fits, the native scorer gives its predictions.
using PolicyLens.Analysis.Themes;
using PolicyLens.Text;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// SDCA instead of L-BFGS, and raw counts instead of TF-IDF: both are linear models over the L2-normalised bag, so the
/// exported native scorer must give ML.NET's predictions. Trained on the national reports and the hand-coded training
/// sentences (smaller than the shipped model's corpora, so that the tests take seconds, not minutes).
/// </summary>
public sealed class ThemeTrainerOptionTests
{
    private static readonly Lazy<string[]> Texts = new(() =>
    {
        var reader = new CorpusReader();
        IReadOnlyList<string> files = ThemeTrainingCorpus.Files([SharedData.Require(Path.Combine("corpus", "gwr"))]);
        return [.. files.SelectMany(f => reader.Read(f)).Select(d => d.Text)];
    });

    private static readonly Lazy<ThemeTrainingResult> Sdca = new(() => ThemeClassifier.Train(Texts.Value,
        options: ThemeTrainingOptions.Default with { HandCodedFiles = DevCodedSentences.TrainingPaths, Trainer = ThemeTrainer.Sdca, L2Regularization = 0.001f, HeldOutFraction = 0 }));

    private static readonly Lazy<ThemeTrainingResult> Counts = new(() => ThemeClassifier.Train(Texts.Value,
        options: ThemeTrainingOptions.Default with { HandCodedFiles = DevCodedSentences.TrainingPaths, InverseDocumentFrequency = false, HeldOutFraction = 0 }));

    private static string[] Sentences =>
    [
        .. HandLabelledSentences.All.Select(r => r.Sentence), .. DevCodedSentences.Test.Select(r => r.Sentence),
        .. DevCodedSentences.Test3.Select(r => r.Sentence), .. DevCodedSentences.Test4.Select(r => r.Sentence),
    ];

    [Fact]
    public void NativeScorerGivesTheSdcaModelsPrediction() => ThemeTrainingTests.AssertNativeMatchesMLNet(Sdca.Value, Sentences);

    [Fact]
    public void NativeScorerGivesTheCountModelsPrediction() => ThemeTrainingTests.AssertNativeMatchesMLNet(Counts.Value, Sentences);

    [Fact]
    public void WithoutIdfEveryWordWeighsItsCountAndWithItRareWordsWeighMore()
    {
        Assert.All(Model(Counts.Value.Classifier).InverseDocumentFrequencies, idf => Assert.Equal(1f, idf));
        IReadOnlyList<float> idfs = Model(Sdca.Value.Classifier).InverseDocumentFrequencies;
        Assert.True(idfs.Count(idf => idf > 2) > idfs.Count / 2, "most words are in fewer than one training sentence in seven (idf above 2)");
    }

    private static LinearThemeModel Model(ThemeClassifier classifier)
    {
        using var stream = new MemoryStream();
        classifier.Save(stream);
        stream.Position = 0;
        return LinearThemeModel.Read(stream, "model");
    }
}
