// One row of the sentences table: a document's sentence, where it is in the source, its section and its themes.
namespace PolicyLens.Analysis.Themes;

/// <summary>
/// A sentence of a document with the themes the classifier gives it: the per-sentence view behind the theme shares
/// (the <c>sentences</c> table of <c>analyze</c> and of <c>policylens themes --table sentences</c>).
/// </summary>
/// <param name="Doc">The document id.</param>
/// <param name="Sentence">The sentence's index in <see cref="Text.Document.Sentences"/> (sentences without a word are skipped, so ids can jump).</param>
/// <param name="Start">Offset of the sentence's first character in the source file (UTF-16 code units).</param>
/// <param name="End">Offset just past the sentence in the source file.</param>
/// <param name="Section">The heading of the innermost section the sentence stands in (<see cref="Text.Document.Sections"/>), or null before the first heading.</param>
/// <param name="SectionKind">That section's kind: review, goals, tasks, self-government, closing or other; null without a section.</param>
/// <param name="Theme">The primary theme, or <see cref="ThemeClassifier.None"/> (counted in no share).</param>
/// <param name="Probability">The model's probability for <paramref name="Theme"/> (1 for a procedural sentence found by rule).</param>
/// <param name="SecondaryTheme">The secondary theme when the model was close to undecided, else null.</param>
/// <param name="SecondaryProbability">Its probability (0 when there is none).</param>
/// <param name="Characters">Letters and digits of the sentence: what it adds to its primary theme's share.</param>
/// <param name="Text">The sentence (normalised text).</param>
public sealed record SentenceTheme(
    string Doc, int Sentence, int Start, int End, string? Section, string? SectionKind,
    string Theme, double Probability, string? SecondaryTheme, double SecondaryProbability, int Characters, string Text);
