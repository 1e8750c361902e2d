using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyLens.Extraction.Targets;

namespace PolicyLens.Export;

/// <summary>
/// Writes target records as a table: CSV with a header, or JSON Lines with the same field names, one record a row:
/// <c>doc, year, indicator, indicator_text, comparator, value, value_max, stretch, unit, kind, horizon, start, end, sentence_index, clause</c>.
/// <c>start</c> and <c>end</c> are the sentence's offsets in the source file (in the text given, for records extracted from a string).
/// </summary>
public static class TargetTableWriter
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["doc", "year", "indicator", "indicator_text", "comparator", "value", "value_max", "stretch", "unit", "kind", "horizon", "start", "end", "sentence_index", "clause"];

    /// <summary>Writes the CSV header line.</summary>
    public static void WriteCsvHeader(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(',', Columns));
        output.Write('\n');
    }

    /// <summary>Writes one CSV row (RFC 4180 quoting, LF line ends).</summary>
    public static void WriteCsv(TextWriter output, TargetRecord record)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(record);
        string?[] fields = Fields(record);
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            // Numbers and codes are written as they are; the words from the report are neutralised like any text cell.
            if (i is 3 or 14)
            {
                CsvField.WriteText(output, fields[i]);
            }
            else
            {
                CsvField.WriteQuoted(output, fields[i] ?? string.Empty);
            }
        }

        output.Write('\n');
    }

    /// <summary>Writes one JSON object on one line; numbers as JSON numbers, missing values as null.</summary>
    public static void WriteJsonLine(Stream output, TargetRecord record)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(record);
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("doc", record.DocumentId);
            WriteNumber(json, "year", record.Year);
            json.WriteString("indicator", record.Indicator);
            json.WriteString("indicator_text", record.IndicatorText);
            json.WriteString("comparator", Name(record.Comparator));
            json.WriteNumber("value", record.Value);
            WriteNumber(json, "value_max", record.ValueMax);
            WriteNumber(json, "stretch", record.Stretch);
            json.WriteString("unit", record.Unit);
            json.WriteString("kind", Name(record.Kind));
            if (record.Horizon is { } horizon)
            {
                json.WriteString("horizon", horizon.ToString());
            }
            else
            {
                json.WriteNull("horizon");
            }

            (int start, int end) = SentenceOffsets(record);
            json.WriteNumber("start", start);
            json.WriteNumber("end", end);
            json.WriteNumber("sentence_index", record.SentenceIndex);
            json.WriteString("clause", record.Clause);
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>The lower-case name used in tables: <c>approx</c>, <c>target</c>.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string?[] Fields(TargetRecord r) =>
    [
        r.DocumentId, r.Year?.ToString(CultureInfo.InvariantCulture), r.Indicator, r.IndicatorText, Name(r.Comparator), Number(r.Value),
        Number(r.ValueMax), Number(r.Stretch), r.Unit, Name(r.Kind), r.Horizon?.ToString(),
        SentenceOffsets(r).Start.ToString(CultureInfo.InvariantCulture), SentenceOffsets(r).End.ToString(CultureInfo.InvariantCulture),
        r.SentenceIndex.ToString(CultureInfo.InvariantCulture), r.Clause,
    ];

    /// <summary>The sentence's offsets in the source file when the record has them (<see cref="TargetRecord.SentenceSource"/>), else in the text.</summary>
    internal static (int Start, int End) SentenceOffsets(TargetRecord r) =>
        r.SentenceSource is { } source ? (source.Start, source.End) : (r.Sentence.Start, r.Sentence.End);

    // G29 drops trailing zeros ("5.0" → "5") and never switches to exponent notation for the magnitudes reports use.
    private static string? Number(decimal? value) => value?.ToString("G29", CultureInfo.InvariantCulture);

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is decimal v)
        {
            json.WriteNumber(name, decimal.Parse(Number(v)!, CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
