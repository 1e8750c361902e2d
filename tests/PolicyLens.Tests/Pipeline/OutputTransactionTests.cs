// A run's output is a transaction: staged, published whole with its manifest, never mixed with an earlier run.
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using PolicyLens.Export;
using PolicyLens.Pipeline;
using PolicyLens.Tests.Cli;

namespace PolicyLens.Tests.Pipeline;

/// <summary>
/// Publication of an analysis: the manifest (a Frictionless data package) lists exactly the files of the run with their
/// sizes and hashes; a re-run replaces the whole folder (fewer formats leave no stale table); an empty corpus, a failure,
/// Ctrl-C, SIGTERM and SIGKILL leave the earlier run as it was and no debris once the next run has started.
/// </summary>
public sealed class OutputTransactionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-publish-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Samples => Path.Combine(SharedData.RepositoryRoot, "samples");

    private string Out => Path.Combine(_folder, "out");

    [Fact]
    public void The_manifest_is_a_data_package_listing_every_file_with_its_size_hash_and_schema()
    {
        AnalyzeSummary summary = AnalyzeJob.Run(Samples, new AnalyzeOptions { OutputDirectory = Out, Formats = ExportFormat.Csv | ExportFormat.Parquet, ClassifyThemes = false });

        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, RunManifest.FileName)));
        JsonElement root = json.RootElement;
        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        JsonElement run = root.GetProperty("policylens");
        Assert.Equal(TableSchema.Version, run.GetProperty("schema_version").GetString());
        Assert.StartsWith("sha256:", run.GetProperty("corpus_fingerprint").GetString(), StringComparison.Ordinal);
        Assert.Equal("year", run.GetProperty("options").GetProperty("group_by").GetString());
        Assert.Equal(10, run.GetProperty("documents").GetInt64());

        JsonElement[] resources = [.. root.GetProperty("resources").EnumerateArray()];
        string[] listed = [.. resources.Select(r => r.GetProperty("path").GetString()!).Order(StringComparer.Ordinal)];
        string[] onDisk = [.. Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Out, f).Replace('\\', '/'))
            .Where(f => f != RunManifest.FileName).Order(StringComparer.Ordinal)];
        Assert.Equal(onDisk, listed);
        Assert.Equal(AnalysisTables.Results.Count * 2 + 4, listed.Length); // every table in two formats, and the four partials
        foreach (JsonElement r in resources)
        {
            string path = Path.Combine(Out, r.GetProperty("path").GetString()!);
            Assert.Equal(new FileInfo(path).Length, r.GetProperty("bytes").GetInt64());
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), r.GetProperty("hash").GetString());
        }

        JsonElement targets = resources.Single(r => r.GetProperty("path").GetString() == "targets.csv");
        Assert.Equal(AnalysisTables.Targets.Columns.Select(c => c.Name), targets.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(summary.Files.Count, listed.Length + 1);
    }

    [Fact]
    public void Rerunning_with_fewer_formats_leaves_no_table_of_the_earlier_run()
    {
        AnalyzeJob.Run(Samples, new AnalyzeOptions { OutputDirectory = Out, ClassifyThemes = false });
        File.WriteAllText(Path.Combine(Out, "report.html"), "<p>an earlier report</p>");
        Assert.True(File.Exists(Path.Combine(Out, "frequencies.json")));

        AnalyzeJob.Run(Samples, new AnalyzeOptions { OutputDirectory = Out, Formats = ExportFormat.Csv, ClassifyThemes = false });

        string[] files = [.. Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal([.. AnalysisTables.Results.Select(t => t.Name + ".csv").Append(RunManifest.FileName).Order(StringComparer.Ordinal)], files);
        AssertNoDebris();
    }

    [Fact]
    public void An_empty_corpus_is_an_input_error_and_the_earlier_run_stays()
    {
        AnalyzeJob.Run(Samples, new AnalyzeOptions { OutputDirectory = Out, Formats = ExportFormat.Csv, ClassifyThemes = false });
        Dictionary<string, byte[]> before = Snapshot(Out);
        string empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;

        InputException e = Assert.Throws<InputException>(() => AnalyzeJob.Run(empty, new AnalyzeOptions { OutputDirectory = Out, ClassifyThemes = false }));

        Assert.Contains("no document", e.Message, StringComparison.Ordinal);
        Assert.StartsWith(empty, e.Message, StringComparison.Ordinal);
        AssertSame(before, Snapshot(Out));
        AssertNoDebris();
    }

    [Fact]
    public void A_folder_holding_files_policylens_did_not_write_is_not_replaced()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "thesis.docx"), "three years of work");

        InputException e = Assert.Throws<InputException>(() => AnalyzeJob.Run(Samples, new AnalyzeOptions { OutputDirectory = Out, ClassifyThemes = false }));

        Assert.Contains("thesis.docx", e.Message, StringComparison.Ordinal);
        Assert.Equal("three years of work", File.ReadAllText(Path.Combine(Out, "thesis.docx")));
    }

    [Fact]
    public void Staging_left_by_a_dead_process_is_removed_and_an_interrupted_swap_is_put_back()
    {
        AnalyzeJob.Run(Samples, new AnalyzeOptions { OutputDirectory = Out, Formats = ExportFormat.Csv, ClassifyThemes = false });
        Dictionary<string, byte[]> before = Snapshot(Out);

        // A killed run's staging folder, and a run killed between its two renames (its earlier output set aside).
        int dead = DeadProcessId();
        string staging = Directory.CreateDirectory(Path.Combine(_folder, $".out.staging-{dead}-0123abcd")).FullName;
        File.WriteAllText(Path.Combine(staging, "documents.csv.partial-1"), "half");
        Directory.Move(Out, Path.Combine(_folder, $".out.previous-{dead}-89abcdef"));

        StagedOutput.CleanStale(_folder, "out");

        Assert.False(Directory.Exists(staging));
        AssertSame(before, Snapshot(Out));
        AssertNoDebris();
    }

    [Fact]
    public void A_cancelled_run_publishes_nothing_and_removes_its_staging()
    {
        AnalyzeJob.Run(Samples, new AnalyzeOptions { OutputDirectory = Out, Formats = ExportFormat.Csv, ClassifyThemes = false });
        Dictionary<string, byte[]> before = Snapshot(Out);
        using var cancel = new CancellationTokenSource();
        var progress = new Progress(() => cancel.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() => AnalyzeJob.Run(SharedData.Require("corpus/gwr"),
            new AnalyzeOptions { OutputDirectory = Out, ClassifyThemes = false, MaxDegreeOfParallelism = 1, Cancellation = cancel.Token, Progress = progress }));

        AssertSame(before, Snapshot(Out));
        AssertNoDebris();
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public void A_signal_cleans_up_says_so_and_exits_with_the_signals_code(string signal, int exitCode)
    {
        AnalyzeJob.Run(Samples, new AnalyzeOptions { OutputDirectory = Out, Formats = ExportFormat.Csv, ClassifyThemes = false });
        Dictionary<string, byte[]> before = Snapshot(Out);

        using CliRunner.Running run = CliRunner.Start("analyze", SharedData.Require("corpus/gwr"), "--out", Out, "--threads", "1");
        WaitForStaging(run);
        using (Process kill = Process.Start("kill", ["-" + signal, run.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        CliRunner.Result result = run.Finish();
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains($"interrupted by SIG{signal}", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        AssertSame(before, Snapshot(Out));
        AssertNoDebris();
    }

    [Fact]
    public void After_a_kill_9_the_earlier_run_is_intact_and_the_next_run_removes_the_debris()
    {
        AnalyzeJob.Run(Samples, new AnalyzeOptions { OutputDirectory = Out, Formats = ExportFormat.Csv, ClassifyThemes = false });
        Dictionary<string, byte[]> before = Snapshot(Out);

        using (CliRunner.Running run = CliRunner.Start("analyze", SharedData.Require("corpus/gwr"), "--out", Out, "--threads", "1"))
        {
            WaitForStaging(run);
            run.Process.Kill();
            run.Process.WaitForExit();
        }

        AssertSame(before, Snapshot(Out));
        Assert.Contains(Folders(), d => d.StartsWith(".out.staging-", StringComparison.Ordinal));

        AnalyzeJob.Run(Samples, new AnalyzeOptions { OutputDirectory = Out, Formats = ExportFormat.Csv, ClassifyThemes = false });
        AssertNoDebris();
        AssertSame(before, Snapshot(Out), exceptManifest: true);
    }

    private void WaitForStaging(CliRunner.Running run)
    {
        var clock = Stopwatch.StartNew();
        while (!Folders().Any(d => d.StartsWith(".out.staging-", StringComparison.Ordinal)))
        {
            if (run.Process.HasExited)
            {
                // Read the output only now: it is complete only once the process has ended.
                Assert.Fail($"the run ended (exit {run.Process.ExitCode}) before it could be interrupted: {run.StandardError.Result}");
            }

            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "no staging folder after a minute");
            Thread.Sleep(20);
        }

        // Let it write some rows.
        Thread.Sleep(300);
        Assert.False(run.Process.HasExited, "the run ended before it could be interrupted");
    }

    /// <summary>No staging or earlier-run folder is left beside the output folder.</summary>
    private void AssertNoDebris() => Assert.DoesNotContain(Folders(), d => d.StartsWith('.'));

    /// <summary>The names of the folders beside the output folder, hidden ones included (the default enumeration skips them).</summary>
    private string[] Folders() => [.. Directory.GetDirectories(_folder, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(Path.GetFileName)!];

    private static int DeadProcessId()
    {
        using Process process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = true }).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    private static void AssertSame(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after, bool exceptManifest = false)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach ((string file, byte[] bytes) in before.Where(f => !exceptManifest || f.Key != RunManifest.FileName))
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed");
        }
    }

    private sealed class Progress(Action onReport) : IProgress<AnalyzeProgress>
    {
        public void Report(AnalyzeProgress value) => onReport();
    }
}
