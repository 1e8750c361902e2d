// The theme_sentences table: the sentences behind each theme's share that the report shows, with their text.
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Export;

/// <summary>
/// The <c>theme_sentences</c> table of <c>policylens analyze</c>: for each theme (and <c>none</c>), the
/// <see cref="PerTheme"/> sentences the classifier was surest of, with their text and the theme's number of sentences.
/// Themes in ordinal order of their code; within a theme, highest probability first, ties in corpus order (document,
/// then sentence). The HTML report reads it; <c>merge</c> recomputes it from the shards' rows. Written empty when the
/// sentences table is (<c>--no-sentences</c>).
/// </summary>
public static class ThemeSentenceTable
{
    /// <summary>How many sentences of each theme the table keeps (and the report shows).</summary>
    public const int PerTheme = 12;

    /// <summary>The table: columns, types, descriptions and how each cell is read from a <see cref="SurestSentence"/>.</summary>
    public static Table<SurestSentence> Table { get; } = new Table<SurestSentence>("theme_sentences")
        .Text("theme", "primary theme code, or none", r => r.Theme)
        .Integer("sentences", "the theme's sentences in the corpus (its rows in the sentences table)", r => r.Sentences)
        .Integer("rank", "the sentence's place among the theme's surest, from 1 (highest probability first, ties in corpus order)", r => r.Rank)
        .Text("doc", "document id", r => r.Sentence.Doc)
        .Integer("sentence", "the sentence's index among the document's sentences, from 0", r => r.Sentence.Sentence)
        .Integer("start", "offset of the sentence in the source file (UTF-16 code units)", r => r.Sentence.Start)
        .Integer("end", "offset just past the sentence in the source file", r => r.Sentence.End)
        .Text("section", "heading of the innermost section the sentence stands in", r => r.Sentence.Section)
        .Real("probability", "the model's probability for the theme (1 for none found by rule)", r => r.Sentence.Probability)
        .Text("secondary_theme", "second theme when the model is close to undecided", r => r.Sentence.SecondaryTheme)
        .Text("text", "the sentence (normalised)", r => r.Sentence.Text);

    /// <summary>The table's layout (<see cref="Table"/>'s schema).</summary>
    public static TableSchema Schema => Table.Schema;
}
