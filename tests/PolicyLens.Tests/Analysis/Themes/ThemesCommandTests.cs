using System.Globalization;
using PolicyLens.Analysis.Themes;
using System.Text.Json;
using PolicyLens.Tests.Cli;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary><c>policylens themes</c> and <c>policylens themes train</c> run as a user runs them.</summary>
public sealed class ThemesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylens-themes-").FullName;

    public ThemesCommandTests()
    {
        File.WriteAllText(Path.Combine(_dir, "2018.txt"), "粮食产量达到6.58亿吨。\n\n加强国防和军队建设。\n");
        File.WriteAllText(Path.Combine(_dir, "2019.txt"), "城镇新增就业1100万人以上。\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ThemesTableHasARowPerYearAndThemeAndSharesSumToOne()
    {
        CliRunner.Result result = CliRunner.Run("themes", _dir);
        Assert.True(result.ExitCode == 0, result.StandardError);
        // analyze's themes table, CSV as analyze writes it (CRLF).
        string[] lines = result.StandardOutput.TrimEnd('\n').TrimEnd('\r').Split("\r\n");
        Assert.Equal("group,group_time,theme,characters,share", lines[0]);
        string[][] rows = [.. lines.Skip(1).Select(l => l.Split(','))];
        Assert.Equal(2 * 19, rows.Length);
        Assert.Equal(1, rows.Where(r => r[0] == "2018").Sum(r => double.Parse(r[4], CultureInfo.InvariantCulture)), 9);
        Assert.Contains(rows, r => r is ["2019", "2019", "employment", "14", "1"]);
    }

    [Fact]
    public void EntropyTableAsJsonLines()
    {
        CliRunner.Result result = CliRunner.Run("themes", _dir, "--table", "entropy", "--format", "jsonl");
        Assert.True(result.ExitCode == 0, result.StandardError);
        string[] lines = result.StandardOutput.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.Equal("2018", first.RootElement.GetProperty("group").GetString());
        Assert.True(first.RootElement.GetProperty("entropy").GetDouble() > 0.5); // two themes, about half each
        using JsonDocument second = JsonDocument.Parse(lines[1]);
        Assert.Equal(0, second.RootElement.GetProperty("entropy").GetDouble());
    }

    [Fact]
    public void GroupByAllPoolsTheFiles()
    {
        CliRunner.Result result = CliRunner.Run("themes", _dir, "--group-by", "all", "--table", "entropy");
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.StartsWith("group,group_time,entropy,normalized_entropy\r\nall,,", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainWritesAModelThatThemesCanUse()
    {
        string corpus = Path.Combine(_dir, "corpus");
        Directory.CreateDirectory(corpus);
        var lines = new List<string>();
        for (int i = 0; i < 20; i++)
        {
            lines.Add($"粮食产量第{i}次增加，农民收入提高。");
            lines.Add($"城镇新增就业第{i}次增加，高校毕业生就业稳定。");
        }

        File.WriteAllLines(Path.Combine(corpus, "2000.txt"), lines);
        string model = Path.Combine(_dir, "model.bin");
        string gold = Path.Combine(_dir, "gold.tsv");
        File.WriteAllText(gold, "# coder: test\nfile\tstart\tend\ttheme\tsentence\nx.txt\t0\t9\tagriculture\t农民专业合作社增加。\n");
        CliRunner.Result trained = CliRunner.Run("themes", "train", corpus, "--out", model, "--hand-coded", gold);
        Assert.True(trained.ExitCode == 0, trained.StandardError);
        Assert.Contains("held-out accuracy", trained.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(model));
        Assert.True(File.Exists(Path.Combine(_dir, "model.mlnet.zip"))); // the ML.NET model the native one was exported from
        Assert.Equal(2, PolicyLens.Analysis.Themes.MLNetThemeModel.Load(Path.Combine(_dir, "model.mlnet.zip")).Classes.Count);

        CliRunner.Result used = CliRunner.Run("themes", Path.Combine(_dir, "2019.txt"), "--model", model);
        Assert.True(used.ExitCode == 0, used.StandardError);
        Assert.Equal(1 + 2, used.StandardOutput.TrimEnd('\n').TrimEnd('\r').Split("\r\n").Length); // header + the model's two themes
        Assert.Contains("2019,2019,employment,14,1\r\n", used.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void TopicWordsTableIsCleanCsvDespiteLightLdasLog()
    {
        string report = SharedData.Require("corpus/gwr/2018.txt");
        CliRunner.Result result = CliRunner.Run("themes", report, "--table", "topic-words", "--topics", "4");
        Assert.True(result.ExitCode == 0, result.StandardError);
        string[] lines = result.StandardOutput.TrimEnd('\n').TrimEnd('\r').Split("\r\n");
        Assert.Equal("topic,rank,word,score", lines[0]);
        Assert.Equal(4 * 10, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Equal(4, l.Split(',').Length));
    }

    [Fact]
    public void AMissingPathIsAnErrorNotACrash()
    {
        CliRunner.Result result = CliRunner.Run("themes", Path.Combine(_dir, "nope"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such file or folder", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void SentencesTableHasARowPerSentenceWithItsThemes()
    {
        CliRunner.Result result = CliRunner.Run("themes", _dir, "--table", "sentences");
        Assert.True(result.ExitCode == 0, result.StandardError);
        string[] lines = result.StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(',', PolicyLens.Export.SentenceTable.Schema.Columns.Select(c => c.Name)), lines[0]);
        Assert.Equal(3, lines.Length - 1);
        Assert.StartsWith("2018,0,0,13,,,agriculture,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",4,11,粮食产量达到6.58亿吨。", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2019,0,0,15,,,employment,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeWithoutTheSentencesTableWritesItEmptyAndTheSameShares()
    {
        string with = Path.Combine(_dir, "with"), without = Path.Combine(_dir, "without");
        CliRunner.Result full = CliRunner.Run("analyze", _dir, "--out", with, "--formats", "csv");
        Assert.True(full.ExitCode == 0, full.StandardError);
        CliRunner.Result lean = CliRunner.Run("analyze", _dir, "--out", without, "--formats", "csv", "--no-sentences");
        Assert.True(lean.ExitCode == 0, lean.StandardError);

        Assert.Equal(1 + 3, File.ReadAllLines(Path.Combine(with, "sentences.csv")).Length);
        Assert.Single(File.ReadAllLines(Path.Combine(without, "sentences.csv"))); // the header only
        Assert.Equal(File.ReadAllText(Path.Combine(with, "themes.csv")), File.ReadAllText(Path.Combine(without, "themes.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(with, "entropy.csv")), File.ReadAllText(Path.Combine(without, "entropy.csv")));
    }

    [Fact]
    public void ValidatePrintsTheFiguresForAHandCodedFile()
    {
        CliRunner.Result result = CliRunner.Run("themes", "validate", DevCodedSentences.Path);
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.StartsWith($"sentences {DevCodedSentences.All.Count}:", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("kappa", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("none recall", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("theme\tgold\tpredicted\tagreed\tprecision\trecall\n", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("confusion", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateInReportsWithNeighbourWeightZeroClassifiesEachSentenceByItsOwnWords()
    {
        // Round 11's comparison: the same sentences in their reports, with and without their neighbours read.
        string corpus = SharedData.Require("corpus");
        CliRunner.Result own = CliRunner.Run("themes", "validate", DevCodedSentences.Test3Path, "--corpus", corpus, "--neighbour-weight", "0");
        CliRunner.Result read = CliRunner.Run("themes", "validate", DevCodedSentences.Test3Path, "--corpus", corpus);
        Assert.True(own.ExitCode == 0, own.StandardError);
        Assert.True(read.ExitCode == 0, read.StandardError);

        Assert.Equal(ThemeValidation.RunInReports(DevCodedSentences.Test3Path, corpus, ThemeClassifier.Default.WithNeighbourWeight(0)).ToString(), own.StandardOutput);
        Assert.Equal(ThemeValidation.RunInReports(DevCodedSentences.Test3Path, corpus).ToString(), read.StandardOutput);
        Assert.NotEqual(own.StandardOutput, read.StandardOutput);
    }

    [Theory]
    [InlineData("--neighbour-weight", "-1")]
    [InlineData("--secondary-ratio", "-0.5")]
    [InlineData("--secondary-ratio", "NaN")]
    public void ValidateRefusesANegativeNeighbourWeightOrRatio(string option, string value)
    {
        CliRunner.Result result = CliRunner.Run("themes", "validate", DevCodedSentences.Path, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} must be 0 or more", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOfAFileWithAnUnknownThemeNamesTheLine()
    {
        string gold = Path.Combine(_dir, "gold.tsv");
        File.WriteAllText(gold, "file\tstart\tend\ttheme\tsentence\nx.txt\t0\t3\tsports\t踢足球。\n");
        CliRunner.Result result = CliRunner.Run("themes", "validate", gold);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("gold.tsv:2: 'sports' is not a theme", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void CrosswalkListsACapTopicForEveryTheme()
    {
        CliRunner.Result result = CliRunner.Run("themes", "crosswalk");
        Assert.True(result.ExitCode == 0, result.StandardError);
        string[] lines = result.StandardOutput.TrimEnd('\n').Split('\n');
        Assert.Equal("theme,cap_code,cap_topic,also,note", lines[0]);
        Assert.Equal(19, lines.Length - 1);
        Assert.Contains("agriculture,4,Agriculture,,", lines);
    }
}
