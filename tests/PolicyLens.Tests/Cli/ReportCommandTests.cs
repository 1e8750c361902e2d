using PolicyLens.Export.Report;
using PolicyLens.Tests.Export.Report;

namespace PolicyLens.Tests.Cli;

/// <summary><c>policylens report DIR</c> and <c>policylens analyze … --report</c>, run as a user runs them.</summary>
[Collection(GwrReportCollection.Name)]
public sealed class ReportCommandTests(GwrReport report)
{
    [Fact]
    public void Report_writes_the_html_file_named_by_out()
    {
        _ = report.Html;
        string path = Path.Combine(report.Scratch("cli"), "gwr.html");
        CliRunner.Result result = CliRunner.Run("report", report.AnalysisFolder, "--out", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Wrote the report to {path}.", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("no corpus given", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_on_a_folder_without_tables_says_which_files_it_needs()
    {
        CliRunner.Result result = CliRunner.Run("report", report.Scratch("nothing"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("documents.parquet/.csv", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_with_report_writes_the_tables_and_the_report_with_contexts()
    {
        string corpus = SharedData.Require("corpus/cpc-congress");
        string folder = report.Scratch("analyze-report");
        CliRunner.Result result = CliRunner.Run("analyze", corpus, "--out", folder, "--formats", "csv", "--report", "--threads", "2");
        Assert.True(result.ExitCode == 0, result.StandardError);
        string html = File.ReadAllText(Path.Combine(folder, HtmlReport.DefaultFileName));
        Assert.Matches("contexts from [^:]*cpc-congress: [0-9]+ located", html);
    }

    [Fact]
    public void Analyze_with_report_refuses_json_only_output_before_analysing()
    {
        CliRunner.Result result = CliRunner.Run("analyze", "nowhere", "--formats", "json", "--report");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--formats must include parquet or csv", result.StandardError, StringComparison.Ordinal);
    }
}
