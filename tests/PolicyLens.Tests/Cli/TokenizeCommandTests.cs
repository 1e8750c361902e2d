using System.Text;

namespace PolicyLens.Tests.Cli;

/// <summary><c>policylens tokenize</c> end to end: formats, encodings, user dictionaries and bad input.</summary>
public sealed class TokenizeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Lines_format_reproduces_the_reference_file_of_the_seed()
    {
        string seed = SharedData.Require("seed/000_e6291346d70f122d.txt");
        string reference = File.ReadAllText(SharedData.Require("reference/jieba-0.42.1/accurate-hmm/seed/000_e6291346d70f122d.tok"));
        CliRunner.Result result = CliRunner.Run("tokenize", "--format", "lines", seed);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(reference, result.StandardOutput);
    }

    [Fact]
    public void Full_mode_without_hmm_flags_reach_the_segmenter()
    {
        string seed = SharedData.Require("seed/000_e6291346d70f122d.txt");
        string reference = File.ReadAllText(SharedData.Require("reference/jieba-0.42.1/full/seed/000_e6291346d70f122d.tok"));
        Assert.Equal(reference, CliRunner.Run("tokenize", "--mode", "full", "--format", "lines", seed).StandardOutput);
    }

    [Fact]
    public void Text_format_joins_each_lines_tokens_like_python_m_jieba()
    {
        string path = Write("a.txt", "坚持稳中求进\r\n两会 召开\n"u8.ToArray());
        CliRunner.Result result = CliRunner.Run("tokenize", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("坚持 / 稳中求进\n两会 /   / 召开\n", result.StandardOutput);
        Assert.Equal("坚持|稳中求进\n两会| |召开\n", CliRunner.Run("tokenize", "--delimiter", "|", path).StandardOutput);
    }

    [Fact]
    public void Standard_input_is_read_when_no_file_or_a_dash_is_given()
    {
        byte[] input = Encoding.UTF8.GetBytes("供给侧结构性改革");
        Assert.Equal("供给 / 侧 / 结构性 / 改革\n", CliRunner.Run(["tokenize"], input).StandardOutput);
        Assert.Equal("供给 / 侧 / 结构性 / 改革\n", CliRunner.Run(["tokenize", "-"], input).StandardOutput);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("lines")]
    public void Standard_input_longer_than_its_checked_head_is_cut_as_the_same_file_is(string format)
    {
        byte[] input = ReportsCutInsideACharacterAtTheHeadsEnd();
        string path = Write("reports.txt", input);
        string fromFile = CliRunner.Run("tokenize", "--format", format, path).StandardOutput;
        CliRunner.Result fromStandardInput = CliRunner.Run(["tokenize", "--format", format, "-"], input);
        Assert.Equal(0, fromStandardInput.ExitCode);
        Assert.Equal("", fromStandardInput.StandardError);
        Assert.Equal(fromFile, fromStandardInput.StandardOutput);
    }

    [Fact]
    public void Gb18030_on_standard_input_longer_than_its_head_is_detected_from_the_head()
    {
        string text = PolicyLens.Text.TextEncodingDetector.StrictUtf8.GetString(ReportsCutInsideACharacterAtTheHeadsEnd());
        byte[] gb = PolicyLens.Text.TextEncodingDetector.Gb18030.GetBytes(text);
        string expected = CliRunner.Run("tokenize", Write("utf8.txt", Encoding.UTF8.GetBytes(text))).StandardOutput;
        CliRunner.Result result = CliRunner.Run(["tokenize", "-"], gb);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.StandardOutput);
    }

    [Fact]
    public void A_bad_byte_past_the_head_of_standard_input_is_reported_after_the_tokens_before_it()
    {
        byte[] reports = ReportsCutInsideACharacterAtTheHeadsEnd();
        byte[] input = [.. reports, 0xFF, 0xFE, .. "中国"u8];
        string whole = CliRunner.Run("tokenize", Write("good.txt", reports)).StandardOutput;
        CliRunner.Result result = CliRunner.Run(["tokenize", "-"], input);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("standard input: not valid utf-8", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--encoding", result.StandardError, StringComparison.Ordinal);
        Assert.NotEqual("", result.StandardOutput);
        Assert.StartsWith(result.StandardOutput, whole, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("utf-16")]
    [InlineData("utf-8-bom")]
    public void Encodings_are_detected(string encodingName)
    {
        const string text = "国内生产总值增长6%－6.5%，城镇新增就业1100万人以上。\n";
        Encoding encoding = encodingName switch
        {
            "gb18030" => PolicyLens.Text.TextEncodingDetector.Gb18030,
            "utf-16" => new UnicodeEncoding(false, true),
            _ => new UTF8Encoding(true),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        string path = Write($"{encodingName}.txt", bytes);
        string expected = CliRunner.Run("tokenize", Write("plain.txt", Encoding.UTF8.GetBytes(text))).StandardOutput;
        CliRunner.Result result = CliRunner.Run("tokenize", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.StandardOutput);
    }

    [Fact]
    public void A_missing_file_is_named_exits_non_zero_and_the_other_files_are_still_cut()
    {
        string good = Write("good.txt", "中国人民\n"u8.ToArray());
        string missing = Path.Combine(_folder, "missing.txt");
        CliRunner.Result result = CliRunner.Run("tokenize", missing, good);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.StandardError, StringComparison.Ordinal);
        Assert.Equal("中国 / 人民\n", result.StandardOutput);
    }

    [Fact]
    public void A_file_that_is_not_the_forced_encoding_prints_nothing()
    {
        string path = Write("bad.txt", [.. "中国"u8, 0xFF, 0xFE, 0x41]);
        CliRunner.Result result = CliRunner.Run("tokenize", "--encoding", "utf-8", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.StandardOutput);
        Assert.Contains(path, result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_dictionary_joins_its_words_and_a_malformed_one_is_reported_with_its_line()
    {
        string input = Write("in.txt", "以供给侧结构性改革为主线\n"u8.ToArray());
        string lexicon = Write("lexicon.txt", "供给侧结构性改革 n\n"u8.ToArray());
        Assert.Equal("以 / 供给侧结构性改革 / 为主 / 线\n", CliRunner.Run("tokenize", "--user-dict", lexicon, input).StandardOutput);

        string broken = Write("broken.txt", "两个维护\n供给侧 结构性改革 x\n"u8.ToArray());
        CliRunner.Result result = CliRunner.Run("tokenize", "--user-dict", broken, input);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{broken}:2:", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput);
    }

    /// <summary>
    /// Government work reports, more than the head of standard input that is checked whole, shifted by a few leading
    /// newlines so that the head ends inside a three-byte character.
    /// </summary>
    private static byte[] ReportsCutInsideACharacterAtTheHeadsEnd()
    {
        int head = PolicyLens.Cli.Commands.InputFile.StandardInputCheckedWhole;
        var reports = new List<byte>();
        foreach (string file in Directory.GetFiles(SharedData.Require("corpus/gwr"), "*.txt").Order(StringComparer.Ordinal).TakeWhile(_ => reports.Count < head * 3 / 2))
        {
            reports.AddRange(File.ReadAllBytes(file));
        }

        Assert.True(reports.Count > head + 3, $"the reports are only {reports.Count} bytes");
        for (int shift = 0; shift < 3; shift++)
        {
            byte[] shifted = [.. Enumerable.Repeat((byte)'\n', shift), .. reports];
            if (shifted[head - 1] >= 0xE0)
            {
                return shifted;
            }
        }

        Assert.Fail("No shift puts a three-byte character across the end of the head.");
        return [];
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
