// The sentences table: its declaration and rows in one place (the per-sentence view of the theme classifier).
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Export;

/// <summary>
/// The <c>sentences</c> table of <c>analyze</c> and <c>policylens themes --table sentences</c>: one row per sentence with a
/// word, its offsets in the source file, its section, its primary and secondary themes, and the CAP major topic of the
/// primary theme (<see cref="CapCrosswalk"/>). Procedural sentences are there with theme <c>none</c>, so a reader sees
/// what was left out of the shares.
/// </summary>
public static class SentenceTable
{
    /// <summary>The table's name and columns.</summary>
    public static TableSchema Schema { get; } = new("sentences",
    [
        new("doc", ColumnType.String, "document id"),
        new("sentence", ColumnType.Integer, "the sentence's index among the document's sentences, from 0"),
        new("start", ColumnType.Integer, "offset of the sentence in the source file (UTF-16 code units)"),
        new("end", ColumnType.Integer, "offset just past the sentence in the source file"),
        new("section", ColumnType.String, "heading of the innermost section the sentence stands in"),
        new("section_kind", ColumnType.String, "review, goals, tasks, self-government, closing or other"),
        new("theme", ColumnType.String, "primary theme code, or none (procedural, ceremonial, closing: in no share)"),
        new("probability", ColumnType.Real, "the model's probability for the primary theme (1 for none found by rule)"),
        new("secondary_theme", ColumnType.String, "second theme when the model is close to undecided (p2 >= 0.5 p1)"),
        new("secondary_probability", ColumnType.Real, "its probability"),
        new("cap_topic", ColumnType.Integer, "Comparative Agendas Project major topic of the primary theme"),
        new("characters", ColumnType.Integer, "letters and digits: what the sentence adds to its theme's share"),
        new("text", ColumnType.String, "the sentence (normalised)"),
    ]);

    /// <summary>The row of one sentence, in <see cref="Schema"/>'s column order.</summary>
    public static object?[] Row(SentenceTheme sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return
        [
            sentence.Doc, (long)sentence.Sentence, (long)sentence.Start, (long)sentence.End, sentence.Section, sentence.SectionKind,
            sentence.Theme, sentence.Probability, sentence.SecondaryTheme, sentence.SecondaryTheme is null ? null : sentence.SecondaryProbability,
            CapCrosswalk.Find(sentence.Theme) is { } cap ? (long)cap.MajorTopic : null, (long)sentence.Characters, sentence.Text,
        ];
    }
}
