// The commands that print one table print exactly analyze's table of the same name for the same input.
using PolicyLens.Export;
using PolicyLens.Pipeline;

namespace PolicyLens.Tests.Cli;

/// <summary>
/// <c>targets</c>, <c>themes</c> (themes, entropy, sentences) and <c>extract</c> are shells over the same tables, counts and grouping as <c>analyze</c>:
/// for the same input, each prints the bytes of the corresponding table in analyze's output folder (extract: the same
/// mentions as analyze's <c>mentions</c> table, compared by column name).
/// </summary>
public sealed class CommandTablesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-commands-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Inputs => ["samples", "corpus/gwr/2019.txt"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Targets_prints_analyzes_targets_table(string input)
    {
        string analysis = Analyze(input);
        CliRunner.Result result = CliRunner.Run("targets", Resolve(input));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(analysis, "targets.csv")), result.StandardOutput);
        Assert.True(File.ReadAllLines(Path.Combine(analysis, "targets.csv")).Length > 1, "the input states targets");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Themes_prints_analyzes_themes_and_entropy_tables(string input)
    {
        string analysis = Analyze(input);
        CliRunner.Result themes = CliRunner.Run("themes", Resolve(input));
        Assert.Equal(0, themes.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(analysis, "themes.csv")), themes.StandardOutput);

        CliRunner.Result entropy = CliRunner.Run("themes", Resolve(input), "--table", "entropy");
        Assert.Equal(0, entropy.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(analysis, "entropy.csv")), entropy.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Themes_prints_analyzes_sentences_table_with_the_text_of_sentence_text(string input)
    {
        // themes --table sentences keeps the text column; analyze writes it with --sentence-text (issue 15, round 16).
        string analysis = Analyze(input, sentenceText: true);
        CliRunner.Result sentences = CliRunner.Run("themes", Resolve(input), "--table", "sentences");
        Assert.Equal(0, sentences.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(analysis, "sentences.csv")), sentences.StandardOutput);
        Assert.True(File.ReadAllLines(Path.Combine(analysis, "sentences.csv")).Length > 10, "the input has sentences");
    }

    [Fact]
    public void Analyze_writes_the_sentences_text_only_with_sentence_text()
    {
        string input = Resolve("corpus/gwr/2019.txt"), plain = Path.Combine(_folder, "plain"), withText = Path.Combine(_folder, "with-text");
        Assert.Equal(0, CliRunner.Run("analyze", input, "--out", plain, "--formats", "csv").ExitCode);
        Assert.Equal(0, CliRunner.Run("analyze", input, "--out", withText, "--formats", "csv", "--sentence-text").ExitCode);
        string[] header = File.ReadLines(Path.Combine(plain, "sentences.csv")).First().Split(',');
        Assert.Equal([.. header, "text"], File.ReadLines(Path.Combine(withText, "sentences.csv")).First().Split(','));
        Assert.DoesNotContain("text", header);
        Assert.Equal(File.ReadAllBytes(Path.Combine(plain, "theme_sentences.csv")), File.ReadAllBytes(Path.Combine(withText, "theme_sentences.csv")));
    }

    [Fact]
    public void Themes_grouped_by_file_is_analyzes_grouping_by_document()
    {
        string input = SharedData.Require("corpus/gwr/2019.txt");
        string analysis = Path.Combine(_folder, "by-doc");
        AnalyzeJob.Run(input, new AnalyzeOptions { OutputDirectory = analysis, Formats = ExportFormat.Csv, GroupBy = PolicyLens.Analysis.GroupBy.Doc });
        CliRunner.Result themes = CliRunner.Run("themes", input, "--group-by", "file");
        Assert.Equal(0, themes.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(analysis, "themes.csv")), themes.StandardOutput);
        Assert.StartsWith("group,group_time,theme,characters,share\r\n2019,2019,", themes.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Extract_finds_the_mentions_of_analyzes_mentions_table(string input)
    {
        string analysis = Analyze(input);
        CliRunner.Result extract = CliRunner.Run("extract", Resolve(input));
        Assert.Equal(0, extract.ExitCode);
        string printed = Path.Combine(_folder, "extract.csv");
        File.WriteAllText(printed, extract.StandardOutput);

        string[] columns = ["doc", "kind", "canonical", "surface", "theme", "start", "end"];
        string[] Key(TableRecord r) => [.. columns.Select(c => r.Schema.Columns[r.Schema.IndexOf(c)].Type == ColumnType.Integer ? $"{r.Integer(c)}" : r.Text(c))];
        string[][] fromExtract = [.. TableReader.Read(printed, AnalysisTables.Extracted.Schema).Select(Key)];
        string[][] fromAnalyze = [.. TableReader.Read(Path.Combine(analysis, "mentions.csv"), AnalysisTables.Mentions.Schema).Where(r => r.Text("kind") != "target").Select(Key)];
        Assert.NotEmpty(fromAnalyze);
        Assert.Equal(fromAnalyze, fromExtract);
    }

    private static string Resolve(string input) => input == "samples" ? Path.Combine(SharedData.RepositoryRoot, "samples") : SharedData.Require(input);

    private string Analyze(string input, bool sentenceText = false)
    {
        string output = Path.Combine(_folder, "analysis");
        AnalyzeJob.Run(Resolve(input), new AnalyzeOptions { OutputDirectory = output, Formats = ExportFormat.Csv, SentenceText = sentenceText });
        return output;
    }
}
