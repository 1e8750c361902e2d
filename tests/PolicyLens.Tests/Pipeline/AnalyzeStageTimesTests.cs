using PolicyLens.Export;
using PolicyLens.Pipeline;

namespace PolicyLens.Tests.Pipeline;

/// <summary>An analysis says where its time went: every stage that ran has taken some, a stage that did not has taken none.</summary>
public sealed class AnalyzeStageTimesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-stages-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Each_stage_that_ran_on_the_reports_has_its_time()
    {
        string reports = SharedData.Require("corpus/cpc-congress");
        AnalyzeSummary summary = AnalyzeJob.Run(reports, new AnalyzeOptions { OutputDirectory = _folder, Formats = ExportFormat.Csv, ClassifyThemes = false });
        AnalyzeStageTimes t = summary.Stages;
        Assert.All([t.Reading, t.Targets, t.Mentions, t.Rows, t.Statistics], time => Assert.True(time > TimeSpan.Zero));
        Assert.Equal(TimeSpan.Zero, t.Themes + t.WaitingForThemeClassifier);
        Assert.True(t.Reading + t.Rows + t.Statistics <= summary.Elapsed, "the stages on the job's own thread fit in its wall time");
    }

    [Fact]
    public void A_merge_measures_no_stage()
    {
        Assert.Equal(AnalyzeStageTimes.None, new AnalyzeSummary(0, 0, [], 0, 0, 0, TimeSpan.Zero, []).Stages);
    }
}
