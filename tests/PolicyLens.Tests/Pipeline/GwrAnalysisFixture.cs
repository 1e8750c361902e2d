using PolicyLens.Pipeline;

namespace PolicyLens.Tests.Pipeline;

/// <summary>One analysis of the national Government Work Reports (all formats, four threads), shared by the tests that read its tables.</summary>
public sealed class GwrAnalysisFixture : IDisposable
{
    private readonly Lazy<string> _output;
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-gwr-").FullName;

    public GwrAnalysisFixture()
    {
        _output = new Lazy<string>(() =>
        {
            string output = Path.Combine(_folder, "gwr");
            AnalyzeJob.Run(SharedData.Require("corpus/gwr"), new AnalyzeOptions { OutputDirectory = output, MaxDegreeOfParallelism = 4 });
            return output;
        });
    }

    /// <summary>The output folder (analysed on first use, so a test without ../shared skips instead of failing the fixture).</summary>
    public string Output => _output.Value;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
