using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Export;

/// <summary>
/// Writes the Themes stage's tables as CSV (with a header, RFC 4180 quoting, LF line ends) or JSON Lines with the same
/// field names, one row a line:
/// <list type="bullet">
/// <item><c>themes</c>: <c>group, theme, characters, share</c> (<see cref="ThemeShare"/>)</item>
/// <item><c>entropy</c>: <c>group, entropy, normalized_entropy</c> (<see cref="AttentionEntropy"/>)</item>
/// <item><c>topics</c>: <c>group, topic, label, characters, share</c> (<see cref="TopicShare"/>)</item>
/// <item><c>topic_words</c>: <c>topic, rank, word, score</c> (<see cref="TopicWord"/>)</item>
/// <item><c>sentences</c>: the columns of <see cref="SentenceTable.Schema"/> (<see cref="SentenceTheme"/>)</item>
/// </list>
/// </summary>
public static class ThemeTableWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The columns of the <c>themes</c> table.</summary>
    public static IReadOnlyList<string> ThemeColumns { get; } = ["group", "theme", "characters", "share"];

    /// <summary>The columns of the entropy table.</summary>
    public static IReadOnlyList<string> EntropyColumns { get; } = ["group", "entropy", "normalized_entropy"];

    /// <summary>The columns of the <c>topics</c> table.</summary>
    public static IReadOnlyList<string> TopicColumns { get; } = ["group", "topic", "label", "characters", "share"];

    /// <summary>The columns of the topic-words table.</summary>
    public static IReadOnlyList<string> TopicWordColumns { get; } = ["topic", "rank", "word", "score"];

    /// <summary>Writes the <c>themes</c> table as CSV.</summary>
    public static void WriteCsv(TextWriter output, IEnumerable<ThemeShare> rows) =>
        WriteCsv(output, ThemeColumns, rows, r => [r.Group, r.Theme, Integer(r.Characters), Number(r.Share)]);

    /// <summary>Writes the entropy table as CSV.</summary>
    public static void WriteCsv(TextWriter output, IEnumerable<AttentionEntropy> rows) =>
        WriteCsv(output, EntropyColumns, rows, r => [r.Group, Number(r.Entropy), Number(r.NormalizedEntropy)]);

    /// <summary>Writes the <c>topics</c> table as CSV.</summary>
    public static void WriteCsv(TextWriter output, IEnumerable<TopicShare> rows) =>
        WriteCsv(output, TopicColumns, rows, r => [r.Group, Integer(r.Topic), r.Label, Number(r.Characters), Number(r.Share)]);

    /// <summary>Writes the topic-words table as CSV.</summary>
    public static void WriteCsv(TextWriter output, IEnumerable<TopicWord> rows) =>
        WriteCsv(output, TopicWordColumns, rows, r => [Integer(r.Topic), Integer(r.Rank), r.Word, Number(r.Score)]);

    /// <summary>Writes the <c>sentences</c> table as CSV.</summary>
    public static void WriteCsv(TextWriter output, IEnumerable<SentenceTheme> rows) =>
        WriteCsv(output, [.. SentenceTable.Schema.Columns.Select(c => c.Name)], rows, r => [.. SentenceTable.Row(r).Select(Field)]);

    /// <summary>Writes the <c>sentences</c> table as JSON Lines (a missing value is written as null).</summary>
    public static void WriteJsonLines(Stream output, IEnumerable<SentenceTheme> rows) => WriteJsonLines(output, rows, (json, r) =>
    {
        object?[] values = SentenceTable.Row(r);
        for (int i = 0; i < values.Length; i++)
        {
            string name = SentenceTable.Schema.Columns[i].Name;
            switch (values[i])
            {
                case null: json.WriteNull(name); break;
                case string text: json.WriteString(name, text); break;
                case long integer: json.WriteNumber(name, integer); break;
                case double real: json.WriteNumber(name, real); break;
                default: json.WriteString(name, Convert.ToString(values[i], CultureInfo.InvariantCulture)); break;
            }
        }
    });

    /// <summary>Writes the <c>themes</c> table as JSON Lines.</summary>
    public static void WriteJsonLines(Stream output, IEnumerable<ThemeShare> rows) => WriteJsonLines(output, rows, (json, r) =>
    {
        json.WriteString("group", r.Group);
        json.WriteString("theme", r.Theme);
        json.WriteNumber("characters", r.Characters);
        json.WriteNumber("share", r.Share);
    });

    /// <summary>Writes the entropy table as JSON Lines.</summary>
    public static void WriteJsonLines(Stream output, IEnumerable<AttentionEntropy> rows) => WriteJsonLines(output, rows, (json, r) =>
    {
        json.WriteString("group", r.Group);
        json.WriteNumber("entropy", r.Entropy);
        json.WriteNumber("normalized_entropy", r.NormalizedEntropy);
    });

    /// <summary>Writes the <c>topics</c> table as JSON Lines.</summary>
    public static void WriteJsonLines(Stream output, IEnumerable<TopicShare> rows) => WriteJsonLines(output, rows, (json, r) =>
    {
        json.WriteString("group", r.Group);
        json.WriteNumber("topic", r.Topic);
        json.WriteString("label", r.Label);
        json.WriteNumber("characters", r.Characters);
        json.WriteNumber("share", r.Share);
    });

    /// <summary>Writes the topic-words table as JSON Lines.</summary>
    public static void WriteJsonLines(Stream output, IEnumerable<TopicWord> rows) => WriteJsonLines(output, rows, (json, r) =>
    {
        json.WriteNumber("topic", r.Topic);
        json.WriteNumber("rank", r.Rank);
        json.WriteString("word", r.Word);
        json.WriteNumber("score", r.Score);
    });

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        long integer => Integer(integer),
        double real => Number(real),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static void WriteCsv<T>(TextWriter output, IReadOnlyList<string> columns, IEnumerable<T> rows, Func<T, string[]> fields)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        output.Write(string.Join(',', columns));
        output.Write('\n');
        foreach (T row in rows)
        {
            string[] values = fields(row);
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    output.Write(',');
                }

                CsvField.WriteText(output, values[i]);
            }

            output.Write('\n');
        }
    }

    private static void WriteJsonLines<T>(Stream output, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (T row in rows)
        {
            using (var json = new Utf8JsonWriter(output, JsonOptions))
            {
                json.WriteStartObject();
                write(json, row);
                json.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }
    }

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    // Round-trip format: a share read back from the CSV is the double that was written.
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
