// TextFile.Read reads through a pooled byte array (issue 14, round 16): what it returns must not depend on what the array
// held before.
using System.Text;
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>
/// <see cref="TextFile.Read"/> returns the text of exactly the file's bytes, whatever the pooled array it reads into held
/// before: the national reports read longest first (so each shorter one lands in an array that held a longer report's
/// bytes) decode as their whole bytes do, and a short file in each encoding after them decodes as its own bytes.
/// </summary>
public sealed class TextFileReadTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("policylens-textfile-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_national_reports_read_longest_first_decode_as_their_whole_bytes()
    {
        string[] reports = [.. Directory.EnumerateFiles(SharedData.Require("corpus/gwr"), "*.txt").OrderByDescending(p => new FileInfo(p).Length)];
        Assert.True(reports.Length > 40, $"{reports.Length} reports");

        foreach (string report in reports)
        {
            DecodedText read = TextFile.Read(report);
            DecodedText whole = TextDecoder.Decode(File.ReadAllBytes(report), report);
            Assert.Equal(whole.Encoding, read.Encoding);
            Assert.Equal(whole.Text, read.Text);
        }
    }

    [Fact]
    public void A_short_file_read_after_a_long_one_holds_only_its_own_text()
    {
        string sentence = "十三届全国人大二次会议听取和审议了政府工作报告。";
        string longText = string.Concat(Enumerable.Repeat("各位代表：现在，我代表国务院，向大会报告政府工作，请予审议。\n", 2000));
        string[] paths = [Write("long.txt", Encoding.UTF8.GetBytes(longText)),
            Write("short-utf8.txt", Encoding.UTF8.GetBytes(sentence)),
            Write("short-utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(sentence)]),
            Write("short-gb18030.txt", TextEncodingDetector.Gb18030.GetBytes(sentence))];

        Assert.Equal(longText, TextFile.Read(paths[0]).Text);
        Assert.Equal(("utf-8", sentence), Pair(TextFile.Read(paths[1])));
        Assert.Equal(("utf-16le", sentence), Pair(TextFile.Read(paths[2])));
        Assert.Equal(("gb18030", sentence), Pair(TextFile.Read(paths[3])));
    }

    private static (string Encoding, string Text) Pair(DecodedText text) => (text.Encoding, text.Text);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
