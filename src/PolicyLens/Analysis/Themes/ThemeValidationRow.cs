// One theme's line of a validation: how often the human and the classifier chose it, and how often together.
namespace PolicyLens.Analysis.Themes;

/// <summary>Precision and recall of one label (a theme code or <c>none</c>) in a <see cref="ThemeValidationResult"/>.</summary>
/// <param name="Theme">The label.</param>
/// <param name="Gold">Sentences the human coded with it.</param>
/// <param name="Predicted">Sentences the classifier gave it as primary theme.</param>
/// <param name="Agreed">Sentences both gave it.</param>
/// <param name="Precision"><paramref name="Agreed"/> / <paramref name="Predicted"/> (NaN when never predicted).</param>
/// <param name="Recall"><paramref name="Agreed"/> / <paramref name="Gold"/> (NaN when never coded).</param>
public sealed record ThemeValidationRow(string Theme, int Gold, int Predicted, int Agreed, double Precision, double Recall);
