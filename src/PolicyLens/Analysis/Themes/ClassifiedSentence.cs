namespace PolicyLens.Analysis.Themes;

/// <summary>One sentence of a text with the theme the classifier gives it: a row of the sentence-level view behind the shares.</summary>
/// <param name="Start">Offset of the sentence in the text.</param>
/// <param name="Length">Length of the sentence in UTF-16 code units.</param>
/// <param name="Characters">Letters and digits in the sentence: what it adds to its theme's share.</param>
/// <param name="Theme">The classifier's theme code (<see cref="ThemeClassifier.None"/> for a procedural sentence, which adds to no share).</param>
/// <param name="Probability">The classifier's probability for <paramref name="Theme"/>.</param>
/// <param name="SeedTheme">The theme the sentence's seed words point to, or null when it has none or they tie (see <see cref="ThemeTaxonomy.SeedTheme"/>).</param>
public sealed record ClassifiedSentence(int Start, int Length, int Characters, string Theme, double Probability, string? SeedTheme)
{
    /// <summary>The secondary theme when the model was close to undecided (see <see cref="ThemePrediction.SecondaryTheme"/>), else null.</summary>
    public string? SecondaryTheme { get; init; }

    /// <summary>The probability of <see cref="SecondaryTheme"/> (0 when there is none).</summary>
    public double SecondaryProbability { get; init; }
}
