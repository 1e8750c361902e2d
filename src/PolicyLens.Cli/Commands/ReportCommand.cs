using System.CommandLine;
using PolicyLens.Export.Report;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// <c>policylens report DIR [--corpus PATH] [--out FILE]</c>: the HTML report of an existing analysis folder, over
/// <see cref="HtmlReport"/>; <c>analyze --report</c> calls <see cref="Write"/> after the analysis.
/// </summary>
internal static class ReportCommand
{
    internal static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The output folder of 'policylens analyze' (its Parquet or CSV tables)." };
        var corpus = new Option<string?>("--corpus", "-c") { Description = "The corpus that was analysed, re-read for the words around each mention (KWIC). Without it, contexts are listed as document and offset." };
        var output = new Option<string?>("--out", "-o") { Description = "The HTML file to write (default: DIR/report.html)." };
        var command = new Command("report", "Write one self-contained HTML file (charts and sortable tables, no network) from an analysis folder.") { directory, corpus, output };
        command.SetAction(result => Write(result.GetValue(directory)!, new ReportOptions { CorpusPath = result.GetValue(corpus), OutputPath = result.GetValue(output) }));
        return command;
    }

    /// <summary>Writes the report and says where; 1 with the reason when it cannot.</summary>
    internal static int Write(string directory, ReportOptions options)
    {
        try
        {
            string path = HtmlReport.Write(directory, options);
            Console.WriteLine($"Wrote the report to {path}.");
            return 0;
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"policylens report: {e.Message}");
            return 1;
        }
    }

    /// <summary>The options of the report written after an analysis: the corpus as the analysis read it.</summary>
    internal static ReportOptions AfterAnalysis(string corpus, CorpusOptions corpusOptions) => new() { CorpusPath = corpus, Corpus = corpusOptions };
}
