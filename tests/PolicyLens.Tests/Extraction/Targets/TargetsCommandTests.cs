using System.Text.Json;
using PolicyLens.Tests.Cli;

namespace PolicyLens.Tests.Extraction.Targets;

/// <summary><c>policylens targets</c> run as a user runs it, on a folder and on one report.</summary>
public sealed class TargetsCommandTests
{
    private static (int Exit, string Output, string Error) RunCli(params string[] args)
    {
        CliRunner.Result result = CliRunner.Run(args);
        return (result.ExitCode, result.StandardOutput, result.StandardError);
    }

    [Fact]
    public void CsvHasTheIssuesColumnsAndFiltersByIndicatorAndKind()
    {
        string dir = Directory.CreateTempSubdirectory("policylens-targets-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "gwr"));
            File.WriteAllText(Path.Combine(dir, "gwr", "2019.txt"),
                "国内生产总值增长6.6%。\n\n今年经济社会发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上，城镇调查失业率5.5%左右。\n");
            (int exit, string output, string error) = RunCli("targets", dir, "--indicator", "gdp_growth", "--kind", "target");
            Assert.True(exit == 0, error);
            // analyze's targets table, CSV as analyze writes it (CRLF).
            string[] lines = output.TrimEnd('\n').TrimEnd('\r').Split("\r\n");
            Assert.Equal("doc,year,indicator,indicator_text,comparator,value,value_max,stretch,unit,kind,horizon,start,end,sentence_index,clause", lines[0]);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("gwr/2019,2019,gdp_growth,国内生产总值增长,range,6,6.5,,%,target,2019,", lines[1], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void JsonLinesOnARealReport()
    {
        string report = SharedData.Require("corpus/gwr/2019.txt");
        (int exit, string output, string error) = RunCli("targets", report, "--format", "jsonl", "--kind", "target", "--indicator", "urban_new_jobs");
        Assert.True(exit == 0, error);
        using JsonDocument first = JsonDocument.Parse(output.Split('\n')[0]);
        JsonElement row = first.RootElement;
        Assert.Equal("2019", row.GetProperty("doc").GetString());
        Assert.Equal(11000000m, row.GetProperty("value").GetDecimal());
        Assert.Equal("ge", row.GetProperty("comparator").GetString());
        Assert.Equal("人", row.GetProperty("unit").GetString());
        Assert.Equal("2019", row.GetProperty("horizon").GetString());
        string text = File.ReadAllText(report);

        // start and end point into the file as it is (6%－6.5% there); the clause is the normalised one, within that sentence.
        string original = text[row.GetProperty("start").GetInt32()..row.GetProperty("end").GetInt32()];
        Assert.Contains("－", original, StringComparison.Ordinal);
        Assert.Contains(row.GetProperty("clause").GetString()!, PolicyLens.Text.TextNormalizer.Normalize(original).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPathIsAnErrorNamingIt()
    {
        (int exit, _, string error) = RunCli("targets", "/nonexistent/policylens");
        Assert.NotEqual(0, exit);
        Assert.Contains("/nonexistent/policylens", error, StringComparison.Ordinal);
    }
}
