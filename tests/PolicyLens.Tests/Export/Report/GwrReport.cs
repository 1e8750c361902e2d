using PolicyLens.Export;
using PolicyLens.Export.Report;
using PolicyLens.Pipeline;

namespace PolicyLens.Tests.Export.Report;

/// <summary>
/// One real analysis of <c>../shared/corpus/gwr</c> (Parquet and CSV) and its report with contexts, made on first use
/// and shared by the report tests, so the corpus is analysed once per test run.
/// </summary>
public sealed class GwrReport : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("policylens-report-").FullName;
    private readonly Lazy<string> _html;

    public GwrReport() => _html = new Lazy<string>(Make);

    /// <summary>The corpus; skips (or in CI fails) the test when the shared data is missing.</summary>
    public static string Corpus => SharedData.Require("corpus/gwr");

    /// <summary>The analysis folder, with the analysis and the report written (on first use, so a test may use it alone).</summary>
    public string AnalysisFolder
    {
        get
        {
            _ = Html;
            return Folder;
        }
    }

    /// <summary>The report file, written with the corpus for contexts.</summary>
    public string ReportPath => Path.Combine(AnalysisFolder, HtmlReport.DefaultFileName);

    private string Folder => Path.Combine(_root, "gwr");

    /// <summary>The report's HTML.</summary>
    public string Html
    {
        get
        {
            _ = Corpus;
            return _html.Value;
        }
    }

    /// <summary>A scratch folder under the fixture's temporary folder.</summary>
    public string Scratch(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Make()
    {
        AnalyzeJob.Run(Corpus, new AnalyzeOptions { OutputDirectory = Folder, Formats = ExportFormat.Csv | ExportFormat.Parquet });
        string path = HtmlReport.Write(Folder, new ReportOptions { CorpusPath = Corpus });
        return File.ReadAllText(path);
    }
}
