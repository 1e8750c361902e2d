// report on a damaged analysis folder: one line naming the file (and row and column), never a stack trace.
using PolicyLens.Export;
using PolicyLens.Pipeline;

namespace PolicyLens.Tests.Cli;

/// <summary>
/// <c>policylens report</c> reads an analysis folder through its manifest: a non-numeric cell, a damaged Parquet file or
/// a table left there by another run is handled as bad input (one line, exit 1) or ignored, never shown as this run's.
/// </summary>
public sealed class ReportInputErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-report-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out => Path.Combine(_folder, "out");

    [Fact]
    public void A_non_numeric_cell_is_named_by_file_row_and_column()
    {
        Analyze(ExportFormat.Csv);
        string frequencies = Path.Combine(Out, "frequencies.csv");
        string[] lines = File.ReadAllLines(frequencies);
        string[] cells = lines[2].Split(',');
        cells[4] = "many";
        lines[2] = string.Join(',', cells);
        File.WriteAllLines(frequencies, lines);

        CliRunner.Result result = CliRunner.Run("report", Out);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"policylens report: {frequencies}: row 2, column 'count': 'many' is not an integer", result.StandardError.Split(" (")[0].TrimEnd());
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_parquet_file_is_named()
    {
        Analyze(ExportFormat.Parquet);
        string trends = Path.Combine(Out, "trends.parquet");
        byte[] bytes = File.ReadAllBytes(trends);
        File.WriteAllBytes(trends, bytes[..(bytes.Length / 2)]);

        CliRunner.Result result = CliRunner.Run("report", Out);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"policylens report: {trends}: ", result.StandardError, StringComparison.Ordinal);
        Assert.Single(result.StandardError.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_table_the_manifest_does_not_list_is_not_read()
    {
        Analyze(ExportFormat.Csv);
        File.WriteAllText(Path.Combine(Out, "frequencies.parquet"), "left by someone else, not a Parquet file");

        CliRunner.Result result = CliRunner.Run("report", Out);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("三大攻坚战", File.ReadAllText(Path.Combine(Out, "report.html")), StringComparison.Ordinal);
    }

    private void Analyze(ExportFormat formats) =>
        AnalyzeJob.Run(Path.Combine(SharedData.RepositoryRoot, "samples"), new AnalyzeOptions { OutputDirectory = Out, Formats = formats });
}
