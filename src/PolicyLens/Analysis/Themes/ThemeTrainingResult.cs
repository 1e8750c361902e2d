namespace PolicyLens.Analysis.Themes;

/// <summary>A trained <see cref="ThemeClassifier"/> and how well it did on seed-labelled sentences it had not seen.</summary>
/// <param name="Classifier">The trained classifier.</param>
/// <param name="Sentences">Sentences in the training texts (after splitting, with at least one word).</param>
/// <param name="LabelledSentences">Of those, the ones whose seed words point to one theme: the labelled data.</param>
/// <param name="HeldOutSentences">Labelled sentences kept out of training to measure accuracy.</param>
/// <param name="HeldOutAccuracy">Share of held-out sentences classified as their seeds say (NaN without a held-out set).</param>
/// <param name="HeldOutMacroAccuracy">Mean over themes of the per-theme held-out accuracy (recall), so small themes weigh as much as big ones.</param>
/// <param name="HeldOutAccuracyWithoutSeeds">
/// Held-out accuracy when the seed words are hidden from the model: how well it does from the other words alone, a
/// rough proxy for the sentences that have no seed word at all.
/// </param>
/// <param name="SentencesPerTheme">Labelled sentences per theme code.</param>
/// <param name="Elapsed">Wall-clock time of the whole training, measurement included.</param>
public sealed record ThemeTrainingResult(
    ThemeClassifier Classifier,
    int Sentences,
    int LabelledSentences,
    int HeldOutSentences,
    double HeldOutAccuracy,
    double HeldOutMacroAccuracy,
    double HeldOutAccuracyWithoutSeeds,
    IReadOnlyDictionary<string, int> SentencesPerTheme,
    TimeSpan Elapsed)
{
    /// <summary>
    /// The ML.NET model the classifier's weights were exported from: for saving in ML.NET's format beside the native one
    /// (<c>policylens themes train</c> writes both) and for checking that both give the same predictions.
    /// </summary>
    public MLNetThemeModel? MLNetModel { get; init; }
}
