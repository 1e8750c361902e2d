using System.Diagnostics;
using System.Text;

namespace PolicyLens.Tests.Cli;

/// <summary>
/// The command line under bad input, as a user meets it: one line naming the source for every problem, exit 1 when
/// something was skipped or failed, 2 when the command line itself is wrong (nothing done), never a stack trace unless
/// <c>--debug</c>, and the good input still processed.
/// </summary>
public sealed class ReliabilityCommandTests : IDisposable
{
    private const string Sentence = "十三届全国人大二次会议听取和审议了政府工作报告。";

    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-cli-reliability-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Tokenize_names_a_file_that_is_neither_utf8_nor_gb18030_and_still_cuts_the_next()
    {
        string bad = Write("bad.txt", [.. "中国"u8, 0xFF, 0xFE, 0x81, 0x0A]);
        string good = Write("good.txt", "中国人民\n"u8.ToArray());
        CliRunner.Result result = CliRunner.Run("tokenize", bad, good);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("中国 / 人民\n", result.StandardOutput);
        AssertOneLine(result, bad, "neither UTF-8");
    }

    [Fact]
    public void Tokenize_refuses_big5_instead_of_printing_mojibake()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string traditional = SharedData.ReadText("corpus/cpc-congress/early/01_1921_guangzhou.txt")[..400];
        string path = Write("big5.txt", Encoding.GetEncoding(950, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback).GetBytes(traditional));
        CliRunner.Result result = CliRunner.Run("tokenize", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.StandardOutput);
        AssertOneLine(result, path, "Big5");
    }

    [Fact]
    public void An_indicator_file_with_a_null_subject_is_a_usage_error_naming_it()
    {
        string corpus = Write("2019.txt", Encoding.UTF8.GetBytes("国内生产总值增长6%—6.5%。"));
        string indicators = Write("ind.json", """[{"code": "x", "subjects": [null]}]"""u8.ToArray());
        CliRunner.Result result = CliRunner.Run("targets", corpus, "--indicators", indicators);
        Assert.Equal(2, result.ExitCode);
        AssertOneLine(result, indicators, "--indicators");
    }

    [Theory]
    [InlineData("extract", "--context", "2147483647")]
    [InlineData("extract", "--context", "-1")]
    [InlineData("extract", "--context", "99999999999999999999999")]
    [InlineData("themes", "--topics", "0")]
    [InlineData("themes", "--topics", "1e9")]
    [InlineData("discover", "--top", "0")]
    [InlineData("discover", "--min-frequency", "-5")]
    [InlineData("analyze", "--threads", "0")]
    [InlineData("analyze", "--shard", "5/3")]
    [InlineData("analyze", "--shard", "0/99999999999")]
    [InlineData("analyze", "--formats", "xlsx")]
    [InlineData("corpus inspect", "--max-file-mb", "0")]
    [InlineData("tokenize", "--encoding", "klingon")]
    public void Every_option_value_out_of_range_is_refused_at_parse_time_on_one_line(string command, string option, string value)
    {
        string corpus = Write("2019.txt", Encoding.UTF8.GetBytes(Sentence));
        CliRunner.Result result = CliRunner.Run([.. command.Split(' '), corpus, option, value], standardInput: null);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StandardOutput);
        AssertOneLine(result, option, $"policylens {command}");
    }

    [Fact]
    public void Discover_and_themes_exit_1_after_skipping_a_source()
    {
        Write("corpus/2019.txt", Encoding.UTF8.GetBytes(SharedData.ReadText("corpus/gwr/2019.txt")));
        Write("corpus/2018.txt", Encoding.UTF8.GetBytes(SharedData.ReadText("corpus/gwr/2018.txt")));
        Write("corpus/broken.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]);
        string corpus = Path.Combine(_folder, "corpus");

        CliRunner.Result discover = CliRunner.Run("discover", corpus, "--top", "5");
        Assert.Equal(1, discover.ExitCode);
        Assert.Contains("broken.txt: binary file", discover.StandardError, StringComparison.Ordinal);
        Assert.StartsWith("rank\tcandidate", discover.StandardOutput, StringComparison.Ordinal);

        CliRunner.Result themes = CliRunner.Run("themes", corpus, "--group-by", "all");
        Assert.Equal(1, themes.ExitCode);
        Assert.Contains("broken.txt: binary file", themes.StandardError, StringComparison.Ordinal);
        Assert.StartsWith("group,group_time,theme", themes.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_corpus_is_one_line_and_debug_adds_the_stack_trace()
    {
        string missing = Path.Combine(_folder, "nowhere");
        CliRunner.Result plain = CliRunner.Run("corpus", "inspect", missing);
        Assert.Equal(1, plain.ExitCode);
        AssertOneLine(plain, missing, "no such file or folder");

        CliRunner.Result debug = CliRunner.Run("corpus", "inspect", missing, "--debug");
        Assert.Equal(1, debug.ExitCode);
        Assert.Contains("   at PolicyLens.", debug.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_folder_with_a_fifo_a_device_link_and_a_loop_finishes_and_names_each()
    {
        Write("corpus/2019.txt", Encoding.UTF8.GetBytes(Sentence));
        string corpus = Path.Combine(_folder, "corpus");
        Shell($"mkfifo '{corpus}/pipe.txt' && ln -s /dev/zero '{corpus}/zero.txt' && ln -s . '{corpus}/loop' && ln -s . '{corpus}/loop2' && mkfifo '{corpus}/metadata.csv'");
        CliRunner.Result result = CliRunner.Run("corpus", "inspect", corpus);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 documents from 1 sources read, 5 skipped", result.StandardOutput, StringComparison.Ordinal);
        foreach (string name in new[] { "pipe.txt", "zero.txt", "loop", "loop2", "metadata.csv" })
        {
            Assert.Contains($"{corpus}/{name}", result.StandardError, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_not_utf8_is_reported_as_such_not_as_missing()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "PolicyLens.Cli.dll");
        Shell($"printf '{Sentence}' > \"{_folder}/$(printf 'bad\\260.txt')\"");
        try
        {
            (int code, string error) = Shell($"dotnet exec '{dll}' tokenize \"{_folder}/$(printf 'bad\\260.txt')\"", mayFail: true);
            Assert.Equal(1, code);
            Assert.Contains("not valid UTF-8", error, StringComparison.Ordinal);
            Assert.Contains("rename it", error, StringComparison.Ordinal);
        }
        finally
        {
            Shell($"rm -f \"{_folder}/$(printf 'bad\\260.txt')\"");
        }
    }

    [Fact]
    public void A_sidecar_year_of_2147483647_is_ignored_with_a_warning_and_the_report_stays_small()
    {
        Write("corpus/2019.txt", Encoding.UTF8.GetBytes(SharedData.ReadText("corpus/gwr/2019.txt")));
        Write("corpus/2018.txt", Encoding.UTF8.GetBytes(SharedData.ReadText("corpus/gwr/2018.txt")));
        Write("corpus/metadata.csv", "file,year\r\n2019.txt,2147483647\r\n"u8.ToArray());
        string output = Path.Combine(_folder, "out");

        CliRunner.Result inspect = CliRunner.Run("corpus", "inspect", Path.Combine(_folder, "corpus"));
        Assert.Contains("metadata.csv:2: year '2147483647' ignored: not a year between 1900 and 2100", inspect.StandardOutput, StringComparison.Ordinal);

        CliRunner.Result result = CliRunner.Run("analyze", Path.Combine(_folder, "corpus"), "--out", output, "--report", "--threads", "1");
        Assert.True(result.ExitCode == 0, result.StandardError);
        var report = new FileInfo(Path.Combine(output, "report.html"));
        Assert.True(report.Length < 20 << 20, $"report.html is {report.Length:N0} bytes");
    }

    [Fact]
    public void An_unreadable_folder_and_file_say_permission_denied()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/usr/bin/setpriv"))
        {
            Assert.Skip("needs Unix permissions and setpriv (util-linux) to run the command as an unprivileged user");
            return;
        }

        Write("corpus/2019.txt", Encoding.UTF8.GetBytes(Sentence));
        Write("corpus/closed/a.txt", Encoding.UTF8.GetBytes(Sentence));
        Write("corpus/secret.txt", Encoding.UTF8.GetBytes(Sentence));
        string corpus = Path.Combine(_folder, "corpus");
        Shell($"chmod 755 '{_folder}' '{corpus}' && chmod 644 '{corpus}/2019.txt' && chmod 700 '{corpus}/closed' && chmod 600 '{corpus}/secret.txt'");

        // As root every file is readable, so the command runs as the unprivileged user nobody (65534).
        string dll = Path.Combine(AppContext.BaseDirectory, "PolicyLens.Cli.dll");
        string prefix = Environment.UserName == "root" ? "setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp DOTNET_CLI_HOME=/tmp " : "";
        if (Shell($"{prefix}test -r '{dll}'", mayFail: true).Code != 0)
        {
            Assert.Skip($"the user nobody cannot read {dll} (a checkout in a private folder), so the command cannot run as nobody");
            return;
        }

        (int code, string error) = Shell($"{prefix}dotnet exec '{dll}' corpus inspect '{corpus}'", mayFail: true);
        Assert.Equal(1, code);
        Assert.Contains($"{corpus}/closed: cannot list the folder: permission denied", error, StringComparison.Ordinal);
        Assert.Contains($"{corpus}/secret.txt: permission denied", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract", "--lexicon")]
    [InlineData("tokenize", "--user-dict")]
    [InlineData("targets", "--indicators")]
    [InlineData("themes", "--model")]
    public void A_fifo_named_by_an_option_is_refused_without_blocking(string command, string option)
    {
        string corpus = Write("2019.txt", Encoding.UTF8.GetBytes(Sentence));
        string pipe = Path.Combine(_folder, "pipe");
        Shell($"mkfifo '{pipe}'");
        CliRunner.Result result = CliRunner.Run(command, corpus, option, pipe);
        Assert.Equal(2, result.ExitCode);
        AssertOneLine(result, $"{option}: {pipe}", "named pipe");
    }

    [Fact]
    public void A_session_name_with_control_characters_and_huge_numbers_is_parsed_not_crashed()
    {
        CliRunner.Result result = CliRunner.Run("session", "第99999999999999999999届全国人大\u0001二次会议");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"key\": \"unknown\"", result.StandardOutput, StringComparison.Ordinal);
    }

    private static void AssertOneLine(CliRunner.Result result, string names, string says)
    {
        string[] lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string line = Assert.Single(lines);
        Assert.Contains(names, line, StringComparison.Ordinal);
        Assert.Contains(says, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    private static (int Code, string Error) Shell(string command, bool mayFail = false)
    {
        var start = new ProcessStartInfo("sh") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = output.Result;
        Assert.True(mayFail || process.ExitCode == 0, error);
        return (process.ExitCode, error);
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
