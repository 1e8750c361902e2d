// The sentences table (the per-sentence view of the theme classifier), declared in the table model.
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Export;

/// <summary>
/// The <c>sentences</c> table of <c>policylens analyze</c> and <c>policylens themes --table sentences</c>: one row per
/// sentence of the Text stage, with its offsets in the source file, its section, and its primary and secondary themes.
/// <c>analyze</c> writes it without the sentence's text (<see cref="WithoutText"/>) unless asked for it
/// (<c>--sentence-text</c>, <see cref="Pipeline.AnalyzeOptions.SentenceText"/>); <c>themes --table sentences</c> prints it
/// with the text (<see cref="Table"/>). The surest sentences of each theme, with their text, are in
/// <see cref="ThemeSentenceTable"/>.
/// </summary>
public static class SentenceTable
{
    /// <summary>The table with the sentence's text as its last column: columns, types, descriptions and how each cell is read from a <see cref="SentenceTheme"/>.</summary>
    public static Table<SentenceTheme> Table { get; } = Columns().Text("text", "the sentence (normalised)", r => r.Text);

    /// <summary>The table as <c>analyze</c> writes it by default: every column of <see cref="Table"/> but the last, the text.</summary>
    public static Table<SentenceTheme> WithoutText { get; } = Columns();

    // The columns both tables share, in order (a fresh builder each call: a Table's column list is its own).
    private static Table<SentenceTheme> Columns() => new Table<SentenceTheme>("sentences")
        .Text("doc", "document id", r => r.Doc)
        .Integer("sentence", "the sentence's index among the document's sentences, from 0", r => r.Sentence)
        .Integer("start", "offset of the sentence in the source file (UTF-16 code units)", r => r.Start)
        .Integer("end", "offset just past the sentence in the source file", r => r.End)
        .Text("section", "heading of the innermost section the sentence stands in", r => r.Section)
        .Text("section_kind", "review, goals, tasks, self-government, closing or other", r => r.SectionKind)
        .Text("theme", "primary theme code, or none (procedural, ceremonial, closing: in no share)", r => r.Theme)
        .Real("probability", "the model's probability for the primary theme (1 for none found by rule)", r => r.Probability)
        .Text("secondary_theme", "second theme when the model is close to undecided (p2 >= 0.6 p1 for a sentence read in its report, 0.45 p1 alone)", r => r.SecondaryTheme)
        .Real("secondary_probability", "its probability", r => r.SecondaryTheme is null ? null : r.SecondaryProbability)
        .Integer("cap_topic", "Comparative Agendas Project major topic of the primary theme", r => CapTopic(r.Theme))
        .Integer("characters", "letters and digits: what the sentence adds to its theme's share", r => r.Characters);

    // The last theme looked up and its CAP topic, per thread: a document's sentences come in runs of the same theme
    // string, so most rows skip the crosswalk's dictionary (round 16).
    [ThreadStatic]
    private static LastTopic? t_lastTopic;

    /// <summary>The table's layout (<see cref="Table"/>'s schema, with the text).</summary>
    public static TableSchema Schema => Table.Schema;

    /// <summary><see cref="Table"/> when <paramref name="text"/>, else <see cref="WithoutText"/>.</summary>
    public static Table<SentenceTheme> For(bool text) => text ? Table : WithoutText;

    /// <summary>The cells of one row, in column order.</summary>
    public static object?[] Row(SentenceTheme sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Table.Cells(sentence);
    }

    private static long? CapTopic(string theme)
    {
        LastTopic last = t_lastTopic ??= new LastTopic();
        if (!ReferenceEquals(theme, last.Theme))
        {
            last.Topic = CapCrosswalk.Find(theme)?.MajorTopic;
            last.Theme = theme;
        }

        return last.Topic;
    }

    private sealed class LastTopic
    {
        public string? Theme;
        public long? Topic;
    }
}
