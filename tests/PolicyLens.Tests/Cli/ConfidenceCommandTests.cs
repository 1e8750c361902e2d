// `policylens confidence train` and `evaluate` end to end, on a judged file of the user's own.
namespace PolicyLens.Tests.Cli;

/// <summary><c>policylens confidence</c>: a model trained on a user's judged mentions, and a clear error for a text it cannot find.</summary>
public sealed class ConfidenceCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-confidence-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Six quoted labels in each of six reports, three of them formulas and three names of things, judged by hand in the
    // judged-mention format.
    private string WriteJudged()
    {
        const string text = "坚持“两个毫不动摇”，落实“放管服”改革，推进“一网通办”。台风“山竹”过境，“华为”公司投产，“天宫”空间站运行。实施“百千万工程”。";
        Directory.CreateDirectory(Path.Combine(_folder, "texts"));
        var rows = new List<string> { "# judged by hand", "file\tstart\tend\tkind\tsurface\tverdict\treason" };
        for (int report = 0; report < 6; report++)
        {
            File.WriteAllText(Path.Combine(_folder, "texts", $"report{report}.txt"), text);
            foreach ((string surface, bool right) in new[] { ("两个毫不动摇", true), ("放管服", true), ("一网通办", true), ("山竹", false), ("华为", false), ("天宫", false) })
            {
                int start = text.IndexOf(surface, StringComparison.Ordinal);
                rows.Add($"report{report}.txt\t{start}\t{start + surface.Length}\tquoted\t{surface}\t{(right ? "right" : "wrong")}\t{(right ? "" : "item: a name")}");
            }
        }

        string judged = Path.Combine(_folder, "judged.tsv");
        File.WriteAllLines(judged, rows);
        return judged;
    }

    [Fact]
    public void Train_writes_a_model_that_extract_then_uses()
    {
        string judged = WriteJudged();
        string model = Path.Combine(_folder, "model.tsv");
        CliRunner.Result train = CliRunner.Run("confidence", "train", judged, "--texts", Path.Combine(_folder, "texts"), "--min-count", "1", "--out", model);
        Assert.Equal(0, train.ExitCode);
        Assert.Contains("trained on 36 judged mentions (18 right)", train.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("(bias)\t", File.ReadAllText(model), StringComparison.Ordinal);

        string report = Path.Combine(_folder, "texts", "report0.txt");
        CliRunner.Result builtIn = CliRunner.Run("extract", report, "--kind", "quoted");
        CliRunner.Result own = CliRunner.Run("extract", report, "--kind", "quoted", "--confidence-model", model);
        Assert.Equal(0, own.ExitCode);
        Assert.Contains(",百千万工程,", own.StandardOutput, StringComparison.Ordinal);
        Assert.NotEqual(builtIn.StandardOutput, own.StandardOutput);
        CliRunner.Result none = CliRunner.Run("extract", report, "--kind", "quoted", "--confidence-model", model, "--min-confidence", "1");
        Assert.Equal("doc,year,kind,canonical,surface,theme,start,end,context,subtype,nested,label,confidence\r\n", none.StandardOutput);
    }

    [Fact]
    public void Evaluate_prints_a_table_by_kind()
    {
        string judged = WriteJudged();
        CliRunner.Result result = CliRunner.Run("confidence", "evaluate", judged, "--texts", Path.Combine(_folder, "texts"), "--min-count", "1");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("kind\tn\tright\tprecision\tauc", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluating_fewer_texts_than_folds_is_refused_with_the_reason()
    {
        string judged = WriteJudged();
        File.WriteAllLines(judged, File.ReadLines(judged).Where(l => !l.StartsWith("report", StringComparison.Ordinal) || l.StartsWith("report0", StringComparison.Ordinal)));
        CliRunner.Result result = CliRunner.Run("confidence", "evaluate", judged, "--texts", Path.Combine(_folder, "texts"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("texts", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_judged_text_that_no_folder_holds_is_named()
    {
        string judged = WriteJudged();
        CliRunner.Result result = CliRunner.Run("confidence", "train", judged, "--texts", _folder, "--out", Path.Combine(_folder, "model.tsv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("report0.txt", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "model.tsv")));
    }

    [Fact]
    public void Analyze_with_a_minimum_confidence_leaves_out_the_mentions_below_it_and_records_it_in_the_manifest()
    {
        string samples = Path.Combine(SharedData.RepositoryRoot, "samples");
        string all = Path.Combine(_folder, "all"), surer = Path.Combine(_folder, "surer");
        Assert.Equal(0, CliRunner.Run("analyze", samples, "-o", all).ExitCode);
        Assert.Equal(0, CliRunner.Run("analyze", samples, "-o", surer, "--min-confidence", "0.99").ExitCode);
        Assert.Equal("none", PolicyLens.Export.RunManifest.TryRead(all)!.Options["min_confidence"]);
        Assert.StartsWith("lexicon=0.99,", PolicyLens.Export.RunManifest.TryRead(surer)!.Options["min_confidence"], StringComparison.Ordinal);

        // The last column is the confidence: empty for a target statement, at least 0.99 for every formula kept.
        string[] Confidences(string run) => [.. File.ReadLines(Path.Combine(run, "mentions.csv")).Skip(1).Select(l => l[(l.LastIndexOf(',') + 1)..])];
        string[] kept = Confidences(surer);
        Assert.All(kept.Where(c => c.Length > 0), c => Assert.True(double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) >= 0.99, c));
        Assert.InRange(kept.Length, 1, Confidences(all).Length - 1);
        Assert.Contains(Confidences(all), c => c.Length > 0 && double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) < 0.99);
    }

    [Fact]
    public void A_threshold_per_kind_leaves_out_only_that_kinds_doubtful_mentions()
    {
        // The seed report, with every kind's mentions and their confidences; then numbered mentions held to 1 (none can
        // reach it) and the rest left alone.
        string seed = Path.Combine(SharedData.RepositoryRoot, "samples");
        string[] Rows(params string[] options) => [.. CliRunner.Run(["extract", seed, "--format", "jsonl", .. options]).StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        string[] all = Rows(), noNumbered = Rows("--min-confidence", "numbered=1"), both = Rows("--min-confidence", "numbered=1, quoted=1");
        Assert.Contains(all, r => r.Contains("\"kind\":\"numbered\"", StringComparison.Ordinal));
        Assert.Contains(all, r => r.Contains("\"kind\":\"quoted\"", StringComparison.Ordinal));
        Assert.Equal([.. all.Where(r => !r.Contains("\"kind\":\"numbered\"", StringComparison.Ordinal))], noNumbered);
        Assert.Equal([.. noNumbered.Where(r => !r.Contains("\"kind\":\"quoted\"", StringComparison.Ordinal))], both);
    }

    [Theory]
    [InlineData("numbered=1.5", "number from 0 to 1")]
    [InlineData("numbers=0.5", "'numbers=0.5' is not kind=P")]
    [InlineData("2=0.5", "'2=0.5' is not kind=P")]
    [InlineData("numbered=0.5,Numbered=0.6", "Numbered is given twice")]
    public void A_bad_threshold_per_kind_is_refused_with_the_reason(string value, string reason)
    {
        CliRunner.Result result = CliRunner.Run("extract", Path.Combine(SharedData.RepositoryRoot, "samples"), "--min-confidence", value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_confidence_outside_0_to_1_is_refused()
    {
        string judged = WriteJudged();
        CliRunner.Result result = CliRunner.Run("extract", judged, "--min-confidence", "1.5");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--min-confidence", result.StandardError, StringComparison.Ordinal);
    }
}
