using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PolicyLens.Export;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens corpus inspect PATH [--no-split] [--no-sidecars] [--format table|csv|jsonl]</c>: one row per document
/// (id, title, year, session, level, speaker, characters, encoding, repairs, warnings), the warnings, and a summary line.
/// The table cuts long titles only when it is shown on a terminal; csv and jsonl give every metadata field in full (date,
/// region, genre, sections too), with the warnings and the summary on standard error. Skipped files are reported on
/// standard error as they are met; the exit code is 1 when any was skipped.
/// </summary>
internal static class CorpusCommand
{
    private const int TitleWidth = 28;

    internal static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A folder of .txt/.md files, a .jsonl file, or a .csv file." };
        var noSplit = new Option<bool>("--no-split") { Description = "Do not split newspaper pages into articles." };
        var noSidecars = new Option<bool>("--no-sidecars") { Description = "Ignore metadata.csv and index.tsv sidecars." };
        var format = new Option<InspectFormat>("--format", "-f")
        {
            Description = "table (aligned columns; titles cut only on a terminal), csv (with a header) or jsonl.",
            DefaultValueFactory = _ => InspectFormat.Table,
        };
        var inspect = new Command("inspect", "List the documents of a corpus with their metadata, repairs and warnings.") { path, noSplit, noSidecars, format };
        inspect.SetAction(result =>
        {
            var options = CommandLine.Corpus(result, "corpus", new CorpusOptions
            {
                Documents = DocumentOptions.Default with { SplitPages = !result.GetValue(noSplit) },
                UseSidecars = !result.GetValue(noSidecars),
            });
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            return Inspect(result.GetValue(path)!, options, output, result.GetValue(format), fullTitles: Console.IsOutputRedirected);
        });

        return new Command("corpus", "Read corpora: folders, JSON Lines, CSV.") { inspect };
    }

    /// <summary>How <c>corpus inspect</c> writes its rows.</summary>
    internal enum InspectFormat
    {
        Table,
        Csv,
        Jsonl,
    }

    private static readonly string[] FullColumns =
        ["id", "title", "date", "year", "session", "level", "region", "speaker", "genre", "chars", "encoding", "repairs", "warnings", "sections"];

    private static readonly JsonSerializerOptions JsonLine = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    internal static int Inspect(string path, CorpusOptions options, TextWriter output, InspectFormat format = InspectFormat.Table, bool fullTitles = false)
    {
        if (format != InspectFormat.Table)
        {
            return InspectFull(path, options, output, format);
        }

        var reader = new CorpusReader(options);
        var rows = new List<string[]> { new[] { "id", "title", "year", "session", "level", "speaker", "chars", "encoding", "repairs", "warnings" } };
        var warnings = new List<string>();

        // Documents stream through; only their one-line rows are kept, to align the columns.
        foreach (Document d in reader.Read(path))
        {
            DocumentMetadata m = d.Metadata;
            rows.Add(
            [
                d.Id,
                fullTitles ? m.Title ?? "-" : Truncate(m.Title ?? "-", TitleWidth),
                m.Year?.ToString(CultureInfo.InvariantCulture) ?? "-",
                m.Session.Canonical,
                m.Level.ToString().ToLowerInvariant(),
                m.Speaker ?? "-",
                d.Text.Length.ToString(CultureInfo.InvariantCulture),
                d.Encoding ?? "-",
                RepairSummary(d.Repairs),
                d.Warnings.Count.ToString(CultureInfo.InvariantCulture),
            ]);
            warnings.AddRange(d.Warnings);
        }

        int[] widths = new int[rows[0].Length];
        foreach (string[] row in rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth(row[c]));
            }
        }

        foreach (string[] row in rows)
        {
            WriteRow(output, row, widths);
        }

        foreach (string w in warnings)
        {
            output.WriteLine($"warning: {w}");
        }

        CorpusSummary summary = reader.Summary;
        output.WriteLine($"{summary.DocumentsRead} documents from {summary.SourcesRead} sources read, {summary.Skipped.Count} skipped");
        return summary.Skipped.Count == 0 ? 0 : 1;
    }

    private static int InspectFull(string path, CorpusOptions options, TextWriter output, InspectFormat format)
    {
        var reader = new CorpusReader(options);
        if (format == InspectFormat.Csv)
        {
            output.WriteLine(string.Join(',', FullColumns));
        }

        foreach (Document d in reader.Read(path))
        {
            DocumentMetadata m = d.Metadata;
            object?[] values =
            [
                d.Id, m.Title, m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Year, m.Session.Canonical,
                m.Level.ToString().ToLowerInvariant(), m.Region, m.Speaker, m.Genre.ToString().ToLowerInvariant(), d.Text.Length,
                d.Encoding, d.Repairs.Count, d.Warnings.Count, d.Sections.Count,
            ];
            if (format == InspectFormat.Csv)
            {
                output.WriteLine(string.Join(',', values.Select(CsvCell)));
            }
            else
            {
                var row = new Dictionary<string, object?>();
                for (int c = 0; c < FullColumns.Length; c++)
                {
                    row[FullColumns[c]] = values[c];
                }

                output.WriteLine(JsonSerializer.Serialize(row, JsonLine));
            }

            foreach (string w in d.Warnings)
            {
                Console.Error.WriteLine($"warning: {w}");
            }
        }

        CorpusSummary summary = reader.Summary;
        Console.Error.WriteLine($"{summary.DocumentsRead} documents from {summary.SourcesRead} sources read, {summary.Skipped.Count} skipped");
        return summary.Skipped.Count == 0 ? 0 : 1;
    }

    // RFC 4180 quoting of a cell, text neutralised against spreadsheet formulas as every CSV of the library is.
    private static string CsvCell(object? value)
    {
        string text = value switch
        {
            null => "",
            string s => CsvTableWriter.Neutralise(s),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    // "34" alone says little; the two most frequent kinds say what happened (34 join:20 fullwidth:9).
    private static string RepairSummary(IReadOnlyList<TextRepair> repairs)
    {
        if (repairs.Count == 0)
        {
            return "0";
        }

        var top = repairs.GroupBy(r => r.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(2)
            .Select(g => $"{ShortName(g.Key)}:{g.Count()}");
        return $"{repairs.Count} {string.Join(' ', top)}";
    }

    private static string ShortName(RepairKind kind) => kind switch
    {
        RepairKind.LineJoin => "join",
        RepairKind.FullWidth => "fullwidth",
        RepairKind.VariantFold => "variant",
        RepairKind.DuplicateParagraph => "duplicate",
        RepairKind.SpacedNumber => "spaced",
        RepairKind.RangeSeparator => "range",
        RepairKind.InvisibleCharacter => "invisible",
        RepairKind.LineEnding => "eol",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Truncate(string s, int width)
    {
        if (DisplayWidth(s) <= width)
        {
            return s;
        }

        var sb = new StringBuilder();
        int w = 0;
        foreach (char c in s)
        {
            int cw = CharWidth(c);
            if (w + cw > width - 1)
            {
                break;
            }

            sb.Append(c);
            w += cw;
        }

        return sb.Append('…').ToString();
    }

    // Padded by display width: a Chinese character takes two terminal columns.
    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (int c = 0; c < cells.Length; c++)
        {
            sb.Append(cells[c]);
            if (c + 1 < cells.Length)
            {
                sb.Append(' ', widths[c] - DisplayWidth(cells[c]) + 2);
            }
        }

        output.WriteLine(sb.ToString());
    }

    private static int DisplayWidth(string s) => s.Sum(CharWidth);

    private static int CharWidth(char c) => c >= '\u1100' && (c <= '\u115F' || c is >= '\u2E80' and <= '\uA4CF' || c is >= '\uAC00' and <= '\uD7A3' ||
                                                              c is >= '\uF900' and <= '\uFAFF' || c is >= '\uFE30' and <= '\uFE4F' || c is >= '\uFF00' and <= '\uFF60' ||
                                                              c is >= '\uFFE0' and <= '\uFFE6') ? 2 : 1;
}
