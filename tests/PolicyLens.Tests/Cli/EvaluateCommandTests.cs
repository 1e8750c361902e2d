// `policylens evaluate recall` and `evaluate precision` end to end, on the project's own coded and judged Shenzhen reports
// (unseen26j, opened: texts in tests/PolicyLens.Tests/Data/unseen, gold and judged files in Gold/).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Cli;

/// <summary><c>policylens evaluate</c>: the same figures as the library's scorer, intervals, and bad input named.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-evaluate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Gold(string name) => Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "Gold", name);

    private static string Texts => Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Data");

    private static readonly string[] Shenzhen = ["formulas-unseen26j-j1.tsv", "formulas-unseen26j-j2.tsv", "formulas-unseen26j-j3.tsv"];

    // The table row that starts with `key` and a tab, split into cells.
    private static string[] Row(string output, string key) =>
        Assert.Single(output.Split('\n'), l => l.StartsWith(key + "\t", StringComparison.Ordinal)).TrimEnd('\r').Split('\t');

    [Fact]
    public void Recall_is_what_the_library_scorer_counts_per_text_and_pooled_with_its_interval()
    {
        CliRunner.Result result = CliRunner.Run([.. new[] { "evaluate", "recall" }, .. Shenzhen.Select(Gold), "--texts", Texts]);
        Assert.Equal(0, result.ExitCode);

        var extractor = new SloganExtractor(Lexicon.Default);
        int coded = 0, found = 0;
        foreach (IGrouping<string, CodedFormula> text in Shenzhen.SelectMany(f => CodedFormula.ReadFile(Gold(f))).GroupBy(r => r.File))
        {
            TextRecall score = FormulaRecall.Score(text.Key, text, extractor.Extract(File.ReadAllText(Path.Combine(Texts, text.Key)), new ExtractionContext(text.Key)));
            Assert.Equal([score.Coded.ToString(), score.Found.ToString()], Row(result.StandardOutput, text.Key)[1..3]);
            (coded, found) = (coded + score.Coded, found + score.Found);
        }

        string[] all = Row(result.StandardOutput, "all");
        Assert.Equal([coded.ToString(), found.ToString()], all[1..3]);
        Assert.Equal(1715, coded);
        (double low, double high) = new Proportion(found, coded).Interval();
        Assert.Equal(low.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), Row(result.StandardOutput, "all_low95")[3]);
        Assert.Equal(high.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), Row(result.StandardOutput, "all_high95")[3]);
        // The bootstrap over the four texts holds the pooled recall.
        double recall = found / (double)coded;
        Assert.InRange(recall, double.Parse(Row(result.StandardOutput, "all_texts_low95")[3], System.Globalization.CultureInfo.InvariantCulture) - 0.0005,
            double.Parse(Row(result.StandardOutput, "all_texts_high95")[3], System.Globalization.CultureInfo.InvariantCulture) + 0.0005);
        // Strict leaves out the rows noted borderline, so it counts fewer occurrences.
        Assert.True(int.Parse(all[4]) < coded);
        Assert.Contains("kind\treported\tcoded\tshare\tlow95\thigh95", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("nothing\t", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("# missed formulas", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_measures_the_extractor_that_also_reports_formulas_inside_longer_ones()
    {
        string[] args = [.. new[] { "evaluate", "recall" }, .. Shenzhen.Select(Gold), "--texts", Texts];
        CliRunner.Result outermost = CliRunner.Run(args);
        CliRunner.Result nested = CliRunner.Run([.. args, "--nested"]);
        Assert.Equal((0, 0), (outermost.ExitCode, nested.ExitCode));

        var extractor = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { CountingUnit = CountingUnit.Nested });
        int found = Shenzhen.SelectMany(f => CodedFormula.ReadFile(Gold(f))).GroupBy(r => r.File)
            .Sum(text => FormulaRecall.Score(text.Key, text, extractor.Extract(File.ReadAllText(Path.Combine(Texts, text.Key)), new ExtractionContext(text.Key))).Found);
        Assert.Equal(found.ToString(), Row(nested.StandardOutput, "all")[2]);
        // A formula inside an uncoded longer mention is an occurrence the coders counted: never fewer found, here more.
        Assert.True(found > int.Parse(Row(outermost.StandardOutput, "all")[2]));
    }

    [Fact]
    public void Missed_lists_every_missed_formula_and_split_keeps_one_split()
    {
        CliRunner.Result missed = CliRunner.Run("evaluate", "recall", Gold(Shenzhen[0]), "--texts", Texts, "--missed", "--split", "unseen");
        Assert.Equal(0, missed.ExitCode);
        string[] table = missed.StandardOutput[missed.StandardOutput.IndexOf("# missed formulas", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("text\tformula\toccurrences\tcause", table[1].TrimEnd('\r'));
        Assert.True(table.Length > 10);
        Assert.All(table[2..], l => Assert.StartsWith("unseen/shenzhen-gwr-2025.txt\t", l, StringComparison.Ordinal));

        CliRunner.Result none = CliRunner.Run("evaluate", "recall", Gold(Shenzhen[0]), "--texts", Texts, "--split", "dev");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no row of split 'dev'", none.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Precision_counts_the_verdicts_by_kind_of_all_judged_and_of_those_still_reported()
    {
        CliRunner.Result result = CliRunner.Run("evaluate", "precision", Gold("mentions-unseen26j-judged.tsv"), "--texts", Texts);
        Assert.Equal(0, result.ExitCode);
        // The verdicts of the two judges' first judge, as the README reports them for unseen26j: lexicon 87 of 100, titled 29 of 30.
        Assert.Equal(["lexicon", "100", "87", "0.870", "0.788", "0.929"], Row(result.StandardOutput, "lexicon")[..6]);
        Assert.Equal(["titled", "30", "29", "0.967"], Row(result.StandardOutput, "titled")[..4]);
        // The bootstrap over the four texts (texts_ columns) holds the share it is the interval of.
        string[] lexicon = Row(result.StandardOutput, "lexicon");
        Assert.Equal(15, lexicon.Length);
        Assert.InRange(0.870, double.Parse(lexicon[11], System.Globalization.CultureInfo.InvariantCulture) - 0.0005, double.Parse(lexicon[12], System.Globalization.CultureInfo.InvariantCulture) + 0.0005);
        string[] all = Row(result.StandardOutput, "all");
        Assert.Equal("420", all[1]);
        Assert.True(int.Parse(all[6]) <= 420);
    }

    [Fact]
    public void A_judged_quoted_label_a_curated_entry_now_reports_at_the_same_span_counts_as_still_reported()
    {
        SharedData.Require("corpus");
        // shenzhen 2025 writes “医教研产”: the quoted finder read it once; the Shenzhen-scoped entry 医教研产 (round 94) reports
        // the same span as lexicon now. Under its canonical it is the same item (a policy name judged there too); under another
        // canonical it is not.
        string judged = Path.Combine(_folder, "judged.tsv");
        File.WriteAllLines(judged,
        [
            "file\tstart\tend\tkind\tsurface\tverdict\treason\tcanonical",
            "unseen/shenzhen-gwr-2025.txt\t27207\t27211\tquoted\t医教研产\tright\t\t医教研产",
            "unseen/shenzhen-gwr-2025.txt\t27207\t27211\tparallel\t医教研产\twrong\tnot a chain\t医教研",
            "unseen/shenzhen-gwr-2025.txt\t27207\t27211\tpolicy\t医教研产\twrong\tkind: a slogan, not a named policy\t医教研产",
        ]);
        CliRunner.Result result = CliRunner.Run("evaluate", "precision", judged, "--texts", Texts);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["quoted", "1", "1", "1.000"], Row(result.StandardOutput, "quoted")[..4]);
        Assert.Equal(["1", "1"], Row(result.StandardOutput, "quoted")[6..8]);
        Assert.Equal(["0", "0"], Row(result.StandardOutput, "parallel")[6..8]);
        Assert.Equal(["1", "0"], Row(result.StandardOutput, "policy")[6..8]);
    }

    [Fact]
    public void A_span_judged_both_under_another_kind_and_as_lexicon_is_counted_once_now_with_the_lexicon_verdict()
    {
        SharedData.Require("corpus");
        // The same “医教研产”, read first as a quoted label (right) and later, once the curated entry reported it, as that lexicon
        // mention (here: wrong). Of every judged row both count; of those reported now only the lexicon reading does, so the
        // span is not counted twice in the "all" row.
        string judged = Path.Combine(_folder, "judged.tsv");
        File.WriteAllLines(judged,
        [
            "file\tstart\tend\tkind\tsurface\tverdict\treason\tcanonical",
            "unseen/shenzhen-gwr-2025.txt\t27207\t27211\tquoted\t医教研产\tright\t\t医教研产",
            "unseen/shenzhen-gwr-2025.txt\t27207\t27211\tlexicon\t医教研产\twrong\tread here as a list of sectors\t医教研产",
        ]);
        CliRunner.Result result = CliRunner.Run("evaluate", "precision", judged, "--texts", Texts);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["quoted", "1", "1", "1.000"], Row(result.StandardOutput, "quoted")[..4]);
        Assert.Equal(["0", "0"], Row(result.StandardOutput, "quoted")[6..8]);
        Assert.Equal(["lexicon", "1", "0", "0.000"], Row(result.StandardOutput, "lexicon")[..4]);
        Assert.Equal(["1", "0"], Row(result.StandardOutput, "lexicon")[6..8]);
        Assert.Equal(["all", "2", "1"], Row(result.StandardOutput, "all")[..3]);
        Assert.Equal(["1", "0"], Row(result.StandardOutput, "all")[6..8]);
    }

    [Fact]
    public void Sample_draws_the_same_mentions_for_the_same_seed_and_precision_reads_them_once_judged()
    {
        string[] reports = [Path.Combine(Texts, "unseen", "shenzhen-gwr-2022.txt"), Path.Combine(Texts, "unseen", "hebei-gwr-2024.txt")];
        string sample = Path.Combine(_folder, "sample.tsv"), again = Path.Combine(_folder, "again.tsv");
        CliRunner.Result drawn = CliRunner.Run([.. new[] { "evaluate", "sample" }, .. reports, "--texts", Texts, "--per-kind", "3", "--seed", "5", "--out", sample]);
        Assert.Equal(0, drawn.ExitCode);
        Assert.Equal(0, CliRunner.Run([.. new[] { "evaluate", "sample" }, .. reports, "--texts", Texts, "--per-kind", "3", "--seed", "5", "--out", again]).ExitCode);
        Assert.Equal(File.ReadAllText(sample), File.ReadAllText(again));
        Assert.False(File.Exists(sample + ".tmp"));

        string[] rows = [.. File.ReadLines(sample).Where(l => !l.StartsWith('#')).Skip(1)];
        string[][] cells = [.. rows.Select(r => r.Split('\t'))];
        Assert.All(cells.GroupBy(c => c[4]), kind => Assert.InRange(kind.Count(), 1, 3));
        Assert.Contains(cells, c => c[4] == "lexicon");
        Assert.All(cells, c =>
        {
            Assert.Contains(c[1], (string[])["unseen/shenzhen-gwr-2022.txt", "unseen/hebei-gwr-2024.txt"]);
            string text = File.ReadAllText(Path.Combine(Texts, c[1]));
            Assert.Equal(text[int.Parse(c[2])..int.Parse(c[3])].Replace("\n", "⏎", StringComparison.Ordinal), c[6]);
            Assert.Contains("【" + c[6] + "】", c[8], StringComparison.Ordinal);
            Assert.Equal(["", ""], c[9..]);
        });

        // Not judged yet: refused with the line. Judged (every second row wrong): counted by kind.
        CliRunner.Result unjudged = CliRunner.Run("evaluate", "precision", sample, "--texts", Texts);
        Assert.Equal(2, unjudged.ExitCode);
        Assert.Contains("line 5: no verdict yet", unjudged.StandardError, StringComparison.Ordinal);
        File.WriteAllLines(sample, File.ReadAllLines(sample).Select(l => l.StartsWith('#') || l.StartsWith("id\t", StringComparison.Ordinal) ? l
            : l[..^1] + (int.Parse(l[..l.IndexOf('\t')]) % 2 == 0 ? "wrong\tan example" : "right\t")));
        CliRunner.Result judged = CliRunner.Run("evaluate", "precision", sample, "--texts", Texts);
        Assert.Equal(0, judged.ExitCode);
        string[] all = Row(judged.StandardOutput, "all");
        Assert.Equal([rows.Length.ToString(), ((rows.Length + 1) / 2).ToString()], all[1..3]);
        Assert.Equal(all[1..3], all[6..8]);

        CliRunner.Result outside = CliRunner.Run("evaluate", "sample", reports[0], "--texts", _folder, "--out", Path.Combine(_folder, "x.tsv"));
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("is not under the --texts folder", outside.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_no_folder_holds_is_named_and_the_rest_is_measured()
    {
        string coded = Path.Combine(_folder, "coded.tsv");
        File.WriteAllLines(coded,
        [
            "file\tcanonical\tcount\tkinds",
            "unseen/shenzhen-gwr-2025.txt\t新发展理念\t1\tlexicon",
            "unseen/no-such-report.txt\t新发展理念\t1\tlexicon",
        ]);
        CliRunner.Result result = CliRunner.Run("evaluate", "recall", coded, "--texts", Texts);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("skipped unseen/no-such-report.txt: no --texts folder holds it", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(["unseen/shenzhen-gwr-2025.txt", "1", "1", "1.000"], Row(result.StandardOutput, "unseen/shenzhen-gwr-2025.txt")[..4]);
        Assert.Equal(["all", "1", "1"], Row(result.StandardOutput, "all")[..3]);

        CliRunner.Result judged = CliRunner.Run("evaluate", "precision", Gold("mentions-unseen26j-judged.tsv"), "--texts", _folder);
        Assert.Equal(1, judged.ExitCode);
        Assert.Contains("skipped unseen/shenzhen-gwr-2024.txt", judged.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_over_the_size_limit_is_skipped_and_named()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "big"));
        File.WriteAllText(Path.Combine(_folder, "big", "huge.txt"), string.Concat(Enumerable.Repeat("坚持新发展理念。", 50_000)));
        string coded = Path.Combine(_folder, "coded.tsv");
        File.WriteAllLines(coded, ["file\tcanonical\tcount\tkinds", "big/huge.txt\t新发展理念\t1\tlexicon"]);
        CliRunner.Result result = CliRunner.Run("evaluate", "recall", coded, "--texts", _folder, "--max-file-mb", "1");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("skipped big/huge.txt", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("evaluate", "recall", coded, "--texts", _folder).ExitCode);
    }

    [Fact]
    public void A_text_coded_in_two_files_or_a_malformed_file_is_refused_before_anything_is_measured()
    {
        string copy = Path.Combine(_folder, "copy.tsv");
        File.Copy(Gold(Shenzhen[0]), copy);
        CliRunner.Result twice = CliRunner.Run("evaluate", "recall", Gold(Shenzhen[0]), copy, "--texts", Texts);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("unseen/shenzhen-gwr-2025.txt is coded in more than one file", twice.StandardError, StringComparison.Ordinal);
        Assert.Equal("", twice.StandardOutput);

        string bad = Path.Combine(_folder, "bad.tsv");
        File.WriteAllLines(bad, ["file\tcanonical\tcount\tkinds", "a.txt\t新发展理念\tmany\tlexicon"]);
        CliRunner.Result malformed = CliRunner.Run("evaluate", "recall", bad, "--texts", Texts);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("line 2", malformed.StandardError, StringComparison.Ordinal);
        Assert.Contains("bad.tsv", malformed.StandardError, StringComparison.Ordinal);
    }
}
