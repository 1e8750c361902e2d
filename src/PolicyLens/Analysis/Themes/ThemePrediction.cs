namespace PolicyLens.Analysis.Themes;

/// <summary>What a <see cref="ThemeClassifier"/> says about one sentence.</summary>
/// <param name="Theme">The code of the most probable theme, e.g. <c>agriculture</c>.</param>
/// <param name="Probability">The model's probability for that theme (0–1); low values mean the sentence fits no theme well.</param>
public readonly record struct ThemePrediction(string Theme, double Probability);
