// How the commands that print one table (targets, themes, extract) write it to standard output: the library's one writer.
using System.CommandLine;
using PolicyLens.Analysis;
using PolicyLens.Export;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// The <c>--format csv|jsonl</c> and <c>--group-by</c> options of the commands that print a table, and the printing itself:
/// the table's declaration in <see cref="AnalysisTables"/> written by <see cref="TableWriter"/>, so a command prints exactly
/// the bytes of the same table in <c>analyze</c>'s output folder.
/// </summary>
internal static class TableOutput
{
    /// <summary><c>--format</c>: csv (the default) or jsonl.</summary>
    internal static Option<ExportFormat> FormatOption() => new("--format", "-f")
    {
        Description = "csv (RFC 4180 with a header, CRLF, as analyze writes it) or jsonl (one JSON object a line).",
        DefaultValueFactory = _ => ExportFormat.Csv,
        CustomParser = result => (result.Tokens.Count > 0 ? result.Tokens[0].Value : "csv").ToLowerInvariant() switch
        {
            "csv" => ExportFormat.Csv,
            "jsonl" or "json-lines" or "jsonlines" => ExportFormat.JsonLines,
            var other => Fail(result, $"--format must be csv or jsonl, not '{other}'."),
        },
    };

    /// <summary><c>--group-by</c>, as analyze groups: year, session, doc (or file), level, region or all.</summary>
    internal static Option<GroupBy> GroupByOption() => new("--group-by", "-g")
    {
        Description = "year, session, doc (each file; 'file' also works), level, region or all (one group): the grouping of 'analyze'.",
        DefaultValueFactory = _ => GroupBy.Year,
        CustomParser = result => (result.Tokens.Count > 0 ? result.Tokens[0].Value : "year").ToLowerInvariant() switch
        {
            "file" => GroupBy.Doc,
            var name when Enum.TryParse(name, ignoreCase: true, out GroupBy g) && Enum.IsDefined(g) => g,
            var other => Fail<GroupBy>(result, $"--group-by must be year, session, doc, level, region or all, not '{other}'."),
        },
    };

    /// <summary>Writes <paramref name="rows"/> (streamed as they are made) as <paramref name="table"/> to standard output.</summary>
    internal static void Write<TRow>(Table<TRow> table, ExportFormat format, IEnumerable<TRow> rows)
    {
        using Stream stdout = Console.OpenStandardOutput();
        using var buffered = new BufferedStream(stdout, 1 << 16);
        try
        {
            table.Write(buffered, format, rows);
        }
        finally
        {
            // What was written before a failure still reaches the reader, header first.
            buffered.Flush();
        }
    }

    private static ExportFormat Fail(System.CommandLine.Parsing.ArgumentResult result, string message) => Fail<ExportFormat>(result, message);

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
