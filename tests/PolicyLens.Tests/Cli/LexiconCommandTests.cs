namespace PolicyLens.Tests.Cli;

/// <summary><c>policylens lexicon check|first|diff|merge</c>, run as a maintainer would.</summary>
public sealed class LexiconCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-lexicon-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_passes_the_built_in_lexicon_and_fails_a_duplicate_spelling()
    {
        CliRunner.Result ok = CliRunner.Run("lexicon", "check");
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("0 errors", ok.StandardError, StringComparison.Ordinal);

        string bad = Write("bad.tsv", "canonical\tkind\ttheme\tvariants\n两个维护\tnumbered-formula\tparty\t\n坚决做到两个维护\tslogan\tparty\t两个维护\n");
        CliRunner.Result failed = CliRunner.Run("lexicon", "check", bad);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("error\tduplicate\t坚决做到两个维护\t", failed.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void First_diff_and_merge_work_on_files_and_the_built_in_lexicon()
    {
        string corpus = Directory.CreateDirectory(Path.Combine(_folder, "gwr")).FullName;
        File.WriteAllText(Path.Combine(corpus, "2019.txt"), "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。");
        File.WriteAllText(Path.Combine(corpus, "2021.txt"), "做好“六稳”“六保”工作。");
        CliRunner.Result first = CliRunner.Run("lexicon", "first", corpus);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("六稳\t2019\tgwr/2019.txt\t0\tmembers", first.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("六保\t2021\tgwr/2021.txt\t", first.StandardOutput, StringComparison.Ordinal);

        string mine = Write("mine.tsv", "canonical\tkind\ttheme\n六稳\tslogan\tmine\n咱的驻马店\tslogan\tdevelopment\n");
        CliRunner.Result diff = CliRunner.Run("lexicon", "diff", "built-in", mine);
        Assert.Contains("removed\t六保\t", diff.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("added\t咱的驻马店\t", diff.StandardOutput, StringComparison.Ordinal);

        CliRunner.Result merged = CliRunner.Run("lexicon", "merge", "built-in", mine);
        Assert.Equal(0, merged.ExitCode);
        string path = Write("merged.tsv", merged.StandardOutput);
        CliRunner.Result again = CliRunner.Run("lexicon", "diff", "built-in", path);
        Assert.Contains("added\t咱的驻马店\t", again.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("changed\t六稳\t", again.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("removed\t", again.StandardOutput, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
