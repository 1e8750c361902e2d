// merge accepts only the shards of one run, each exactly once, and names the shard or file that is wrong.
using System.Text.Json.Nodes;
using PolicyLens.Export;
using PolicyLens.Pipeline;
using PolicyLens.Tests.Cli;

namespace PolicyLens.Tests.Pipeline;

/// <summary>
/// <c>merge</c> on the seed page split into two shards: the right shards merge into exactly one run's tables; a missing
/// shard, a shard given twice, a shard of another corpus, another grouping or another schema version, and a damaged shard
/// are each one <see cref="InputException"/> naming the shard folder or file, and nothing is published.
/// </summary>
public sealed class MergeValidationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-merge-").FullName;

    public MergeValidationTests()
    {
        for (int i = 0; i < 2; i++)
        {
            AnalyzeJob.Run(Samples, Options(Shard(i)) with { Shard = i, ShardCount = 2 });
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Samples => Path.Combine(SharedData.RepositoryRoot, "samples");

    private string Merged => Path.Combine(_folder, "merged");

    [Fact]
    public void The_shards_of_one_run_merge_into_exactly_its_tables()
    {
        AnalyzeJob.Run(Samples, Options(Path.Combine(_folder, "single")));
        MergeJob.Run([Shard(1), Shard(0)], Options(Merged));
        foreach (string table in AnalysisTables.Results.Select(t => t.FileName(ExportFormat.Csv)))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_folder, "single", table)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Merged, table))),
                $"{table} of the merge differs from the single run's");
        }

        RunManifest merged = RunManifest.Read(Merged);
        Assert.Equal([RunManifest.Read(Shard(0)).RunId, RunManifest.Read(Shard(1)).RunId], merged.MergedFrom);
        Assert.Equal(RunManifest.Read(Shard(0)).CorpusFingerprint, merged.CorpusFingerprint);
    }

    [Fact]
    public void A_missing_shard_is_named()
    {
        InputException e = Refused(Shard(0));
        Assert.Contains("shard 0/2, but 1 shard folders were given", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_shard_twice_is_named_instead_of_doubling_the_counts()
    {
        string copy = Path.Combine(_folder, "copy-of-0");
        CopyFolder(Shard(0), copy);
        InputException e = Refused(Shard(0), copy);
        Assert.StartsWith(copy, e.Message, StringComparison.Ordinal);
        Assert.Contains("shard 0/2 again", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_of_another_corpus_is_named()
    {
        string corpus = Path.Combine(_folder, "other-corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "2019.txt"), "坚持稳中求进工作总基调。\n");
        File.WriteAllText(Path.Combine(corpus, "2020.txt"), "全面做好“六稳”工作。\n");
        string other = Path.Combine(_folder, "other");
        AnalyzeJob.Run(corpus, Options(other) with { Shard = 1, ShardCount = 2 });
        InputException e = Refused(Shard(0), other);
        Assert.StartsWith(other, e.Message, StringComparison.Ordinal);
        Assert.Contains("another corpus", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_grouped_otherwise_is_named()
    {
        string bySession = Path.Combine(_folder, "by-session");
        AnalyzeJob.Run(Samples, Options(bySession) with { Shard = 1, ShardCount = 2, GroupBy = PolicyLens.Analysis.GroupBy.Session });
        InputException e = Refused(Shard(0), bySession);
        Assert.StartsWith(bySession, e.Message, StringComparison.Ordinal);
        Assert.Contains("group_by = session", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_of_another_schema_version_is_named()
    {
        EditManifest(Shard(1), m => m["policylens"]!["schema_version"] = "0.9");
        InputException e = Refused(Shard(0), Shard(1));
        Assert.StartsWith(Shard(1), e.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 0.9", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_partial_is_named_by_its_file()
    {
        string partial = Path.Combine(Shard(1), "partials", "counts_items.parquet");
        byte[] bytes = File.ReadAllBytes(partial);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(partial, bytes);
        InputException e = Refused(Shard(0), Shard(1));
        Assert.StartsWith(partial, e.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_manifest_is_named()
    {
        File.WriteAllText(Path.Combine(Shard(1), RunManifest.FileName), "{\"profile\": \"tabular-data-package\", ");
        InputException e = Refused(Shard(0), Shard(1));
        Assert.StartsWith(Path.Combine(Shard(1), RunManifest.FileName), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_prints_one_line_naming_the_shard_and_exits_1()
    {
        string copy = Path.Combine(_folder, "copy-of-1");
        CopyFolder(Shard(1), copy);
        CliRunner.Result result = CliRunner.Run("merge", Shard(1), copy, "--out", Merged);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"policylens: {copy}: is shard 1/2 again", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Merged));
    }

    private static AnalyzeOptions Options(string output) => new() { OutputDirectory = output, Formats = ExportFormat.Csv, ClassifyThemes = false };

    private string Shard(int i) => Path.Combine(_folder, $"shard{i}");

    private InputException Refused(params string[] shards)
    {
        InputException e = Assert.Throws<InputException>(() => MergeJob.Run(shards, Options(Merged)));
        Assert.DoesNotContain('\n', e.Message);
        Assert.False(Directory.Exists(Merged), "nothing is published");
        return e;
    }

    private static void EditManifest(string folder, Action<JsonNode> edit)
    {
        string path = Path.Combine(folder, RunManifest.FileName);
        JsonNode manifest = JsonNode.Parse(File.ReadAllText(path))!;
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
