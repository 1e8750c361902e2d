namespace PolicyLens.Analysis.Themes;

/// <summary>What a <see cref="ThemeClassifier"/> says about one sentence.</summary>
/// <param name="Theme">The code of the most probable theme, e.g. <c>agriculture</c>, or <see cref="ThemeClassifier.None"/> for a procedural sentence.</param>
/// <param name="Probability">The model's probability for that theme (0–1); low values mean the sentence fits no theme well (1 for a procedural sentence, found by rule).</param>
/// <param name="SecondaryTheme">The second most probable theme when the model is close to undecided (its probability at least <see cref="ThemeClassifier.SecondaryThreshold"/> of the first's: <see cref="ThemeClassifier.SecondaryRatio"/> unless the classifier was given another ratio), else null.</param>
/// <param name="SecondaryProbability">The model's probability for <paramref name="SecondaryTheme"/> (0 when there is none).</param>
public readonly record struct ThemePrediction(string Theme, double Probability, string? SecondaryTheme = null, double SecondaryProbability = 0);
