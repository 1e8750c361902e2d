// Analyses of gwr + cpc-congress with and without the sentences' text, shared by SentenceTextDecisionTests.
using PolicyLens.Export;
using PolicyLens.Pipeline;

namespace PolicyLens.Tests.Pipeline;

/// <summary>Analyses of the national reports and the party congress reports, with and without the sentences' text.</summary>
public sealed class SentenceTextAnalyses : IDisposable
{
    private readonly Lazy<(string Corpus, string Default, string WithText)> _runs;
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-sentence-text-").FullName;

    public SentenceTextAnalyses()
    {
        _runs = new Lazy<(string, string, string)>(() =>
        {
            // One corpus of both folders, as `analyze /tmp/c` reads them (links, so no corpus file is copied).
            string corpus = Path.Combine(_folder, "corpus");
            Directory.CreateDirectory(corpus);
            Directory.CreateSymbolicLink(Path.Combine(corpus, "gwr"), SharedData.Require("corpus/gwr"));
            Directory.CreateSymbolicLink(Path.Combine(corpus, "cpc-congress"), SharedData.Require("corpus/cpc-congress"));
            var options = new AnalyzeOptions { Formats = ExportFormat.Csv | ExportFormat.Json | ExportFormat.JsonLines | ExportFormat.Parquet };
            string plain = Path.Combine(_folder, "default"), withText = Path.Combine(_folder, "with-text");
            AnalyzeJob.Run(corpus, options with { OutputDirectory = plain });
            AnalyzeJob.Run(corpus, options with { OutputDirectory = withText, SentenceText = true });
            return (corpus, plain, withText);
        });
    }

    /// <summary>The folder holding links to gwr and cpc-congress.</summary>
    public string Corpus => _runs.Value.Corpus;

    /// <summary><c>analyze</c> with the defaults.</summary>
    public string Default => _runs.Value.Default;

    /// <summary><c>analyze --sentence-text</c>.</summary>
    public string WithText => _runs.Value.WithText;

    /// <summary>A scratch folder for the tests' own runs.</summary>
    public string Scratch(string name) => Path.Combine(_folder, name);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
