using System.CommandLine;
using System.Globalization;
using System.Text;
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

    /// <summary>
    /// The documents of a corpus as a table (<c>corpus inspect --format csv|jsonl</c>), declared in the library's table
    /// model so that its CSV is written as every other table is (RFC 4180, formula guard) and JSON Lines likewise.
    /// </summary>
    private static readonly Table<Document> CorpusTable = new Table<Document>("corpus")
        .Text("id", "document id", d => d.Id)
        .Text("title", "title, in full", d => d.Metadata.Title)
        .Text("date", "date, ISO 8601, when known", d => d.Metadata.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        .Integer("year", "year, when known", d => d.Metadata.Year)
        .Text("session", "congress session key or unknown", d => d.Metadata.Session.Canonical)
        .Text("level", "national, provincial, municipal, county or unknown", d => d.Metadata.Level.ToString().ToLowerInvariant())
        .Text("region", "region", d => d.Metadata.Region)
        .Text("speaker", "speaker", d => d.Metadata.Speaker)
        .Text("genre", "genre", d => d.Metadata.Genre.ToString().ToLowerInvariant())
        .Integer("chars", "characters of normalised text", d => d.Text.Length)
        .Text("encoding", "the source's encoding", d => d.Encoding)
        .Integer("repairs", "normalisation and line repairs made", d => d.Repairs.Count)
        .Integer("warnings", "warnings raised while reading", d => d.Warnings.Count)
        .Integer("sections", "sections of the heading tree", d => d.Sections.Count);

    private static int InspectFull(string path, CorpusOptions options, TextWriter output, InspectFormat format)
    {
        var reader = new CorpusReader(options);
        IEnumerable<Document> documents = reader.Read(path).Select(d =>
        {
            foreach (string w in d.Warnings)
            {
                Console.Error.WriteLine($"warning: {w}");
            }

            return d;
        });
        ExportFormat exportFormat = format == InspectFormat.Csv ? ExportFormat.Csv : ExportFormat.JsonLines;
        if (output is StreamWriter { BaseStream: { } stream } writer)
        {
            writer.Flush();
            CorpusTable.Write(stream, exportFormat, documents);
        }
        else
        {
            using var buffer = new MemoryStream();
            CorpusTable.Write(buffer, exportFormat, documents);
            output.Write(new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        CorpusSummary summary = reader.Summary;
        Console.Error.WriteLine($"{summary.DocumentsRead} documents from {summary.SourcesRead} sources read, {summary.Skipped.Count} skipped");
        return summary.Skipped.Count == 0 ? 0 : 1;
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
