// The end of the main job, where the statistics tables are written on every core at once: what a failure there leaves.
using PolicyLens.Analysis;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Pipeline;

namespace PolicyLens.Tests.Pipeline;

/// <summary>
/// The statistics tables are computed and written in parallel, together with the completion of the per-document tables:
/// a failure there is reported as itself (not wrapped), and publishes nothing; the earlier run stays as it was. (That
/// the tables do not depend on the number of threads is <see cref="AnalyzeJobTests"/>' test.)
/// </summary>
public sealed class StatisticsPhaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-statistics-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_failure_while_the_statistics_are_written_is_thrown_as_itself_and_the_earlier_run_stays()
    {
        string output = Path.Combine(_folder, "out");
        AnalyzeJob.Run(SharedData.Require("seed"), new AnalyzeOptions { OutputDirectory = output });
        Dictionary<string, byte[]> before = Files(output);

        using (var writers = new TableSet(output, ExportFormat.Csv | ExportFormat.Parquet))
        {
            var failure = Assert.Throws<IOException>(() => AnalyzeJob.WriteStatistics(writers, new CorpusCounts(), new ThemeCounts(["economy"]),
                TrendOptions.Default, degreeOfParallelism: 2, CancellationToken.None, () => throw new IOException("No space left on device")));
            Assert.Equal("No space left on device", failure.Message);
        }

        Assert.Equal(before.Keys.Order(), Files(output).Keys.Order());
        Assert.All(Files(output), f => Assert.Equal(before[f.Key], f.Value));
        Assert.DoesNotContain(Directory.GetDirectories(_folder), d => Path.GetFileName(d).StartsWith('.'));
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);
}
