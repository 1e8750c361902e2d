using System.Diagnostics;
using System.Text;
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>
/// Nothing is lost silently and nothing hangs when a corpus is hostile: FIFOs, devices, link loops, oversized files,
/// CSV and JSON Lines in other encodings or with one bad row, sidecars with bad values or quotes, Big5, names that are
/// not UTF-8. Each case is read by <see cref="CorpusReader"/>; what it skips is named with its line and reason, and
/// every good document still loads.
/// </summary>
public sealed class InputReliabilityTests : IDisposable
{
    private const string Sentence = "十三届全国人大二次会议听取和审议了政府工作报告。";

    private readonly string _root = Directory.CreateTempSubdirectory("policylens-reliability-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_fifo_and_a_link_to_dev_zero_are_skipped_without_being_opened()
    {
        Write("good.txt", Sentence);
        Shell($"mkfifo '{Path.Combine(_root, "pipe.txt")}'");
        File.CreateSymbolicLink(Path.Combine(_root, "zero.txt"), "/dev/zero");

        var clock = Stopwatch.StartNew();
        var reader = new CorpusReader();
        Document d = Assert.Single(reader.Read(_root));

        Assert.Equal("good", d.Id);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Contains("named pipe (FIFO)", Skipped(reader, "pipe.txt").Reason, StringComparison.Ordinal);
        Assert.Contains("a device, not a regular file", Skipped(reader, "zero.txt").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_named_metadata_csv_does_not_hang_and_is_named()
    {
        Write("2019.txt", Sentence);
        Shell($"mkfifo '{Path.Combine(_root, "metadata.csv")}'");
        var reader = new CorpusReader();
        Assert.Equal(2019, Assert.Single(reader.Read(_root)).Metadata.Year);
        Assert.Contains("sidecar unreadable (a named pipe", Skipped(reader, "metadata.csv").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_symlink_loops_count_every_file_once()
    {
        Write("a/2019.txt", Sentence);
        Write("b.txt", Sentence);
        File.CreateSymbolicLink(Path.Combine(_root, "a", "up"), _root);
        File.CreateSymbolicLink(Path.Combine(_root, "a", "self"), Path.Combine(_root, "a"));
        File.CreateSymbolicLink(Path.Combine(_root, "z-again.txt"), Path.Combine(_root, "b.txt"));

        var reader = new CorpusReader();
        List<Document> docs = [.. reader.Read(_root)];

        Assert.Equal(["a/2019", "b"], docs.Select(d => d.Id).Order());
        Assert.Contains("the same folder as", Skipped(reader, "up").Reason, StringComparison.Ordinal);
        Assert.Contains("the same folder as", Skipped(reader, "self").Reason, StringComparison.Ordinal);
        Assert.Contains("the same file as", Skipped(reader, "z-again.txt").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_above_the_size_limit_is_skipped_before_it_is_read()
    {
        Write("small.txt", Sentence);
        Write("big.txt", string.Concat(Enumerable.Repeat(Sentence, 200)));
        var reader = new CorpusReader(new CorpusOptions { MaxFileBytes = 4096 });
        Assert.Equal("small", Assert.Single(reader.Read(_root)).Id);
        Assert.Contains("above the limit of 4,096 bytes", Skipped(reader, "big.txt").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gb18030_csv_corpus_is_decoded_not_turned_into_replacement_characters()
    {
        string path = WriteBytes("corpus.csv", TextEncodingDetector.Gb18030.GetBytes($"id,title,text\nr1,决议,\"{Sentence}\"\nr2,报告,党的十九大胜利召开。\n"));
        var reader = new CorpusReader();
        List<Document> docs = [.. reader.Read(path)];
        Assert.Equal([Sentence, "党的十九大胜利召开。"], docs.Select(d => d.Text));
        Assert.Equal("决议", docs[0].Metadata.Title);
        Assert.Empty(reader.Summary.Skipped);
    }

    [Fact]
    public void A_utf16_json_lines_corpus_reads_like_a_utf16_text_file()
    {
        string json = $"{{\"id\": \"a\", \"text\": \"{Sentence}\"}}\r\n{{\"id\": \"b\", \"text\": \"党的十九大胜利召开。\"}}\r\n";
        string path = WriteBytes("corpus.jsonl", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(json)]);
        Assert.Equal(["a", "b"], new CorpusReader().Read(path).Select(d => d.Id));
    }

    [Fact]
    public void One_bad_byte_in_a_json_lines_file_costs_only_its_line_and_names_it()
    {
        byte[] bytes =
        [
            .. Encoding.UTF8.GetBytes($"{{\"id\": \"a\", \"text\": \"{Sentence}\"}}\n"),
            .. Encoding.UTF8.GetBytes("{\"id\": \"b\", \"text\": \"会议"), 0xFF, .. Encoding.UTF8.GetBytes("\"}\n"),
            .. Encoding.UTF8.GetBytes($"{{\"id\": \"c\", \"text\": \"{Sentence}\"}}\n"),
        ];
        string path = WriteBytes("corpus.jsonl", bytes);
        var reader = new CorpusReader();
        Assert.Equal(["a", "c"], reader.Read(path).Select(d => d.Id));
        SkippedSource skipped = Assert.Single(reader.Summary.Skipped);
        Assert.Equal(2, skipped.Line);
        Assert.Contains("not utf-8", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_quote_in_a_csv_corpus_costs_its_row_not_the_next()
    {
        string path = Write("corpus.csv", $"id,text,level\nr1,\"{Sentence},national\nr2,党的十九大胜利召开。,national\nr3,\"坚持稳中求进\",national\n");
        var reader = new CorpusReader();
        Assert.Equal(["r2", "r3"], reader.Read(path).Select(d => d.Id));
        SkippedSource skipped = Assert.Single(reader.Summary.Skipped);
        Assert.Equal(2, skipped.Line);
        Assert.Contains("quote", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_field_may_span_lines_and_hold_doubled_quotes()
    {
        string path = Write("corpus.csv", "id,text\nr1,\"第一段“稳”。\n\n他说\"\"好\"\"。\"\nr2,下一行。\n");
        var reader = new CorpusReader();
        List<Document> docs = [.. reader.Read(path)];
        Assert.Equal(["r1", "r2"], docs.Select(d => d.Id));
        Assert.Contains("他说\"好\"。", docs[0].OriginalText, StringComparison.Ordinal);
        Assert.Empty(reader.Summary.Skipped);
    }

    [Fact]
    public void Duplicate_ids_in_a_csv_or_json_lines_corpus_are_named_not_merged()
    {
        string csv = Write("corpus.csv", $"id,text\nr1,{Sentence}\nr1,党的十九大胜利召开。\n");
        var reader = new CorpusReader();
        Assert.Single(reader.Read(csv));
        Assert.Contains("already used on line 2", Assert.Single(reader.Summary.Skipped).Reason, StringComparison.Ordinal);

        string jsonl = Write("corpus.jsonl", $"{{\"id\": \"x\", \"text\": \"{Sentence}\"}}\n{{\"id\": \"x\", \"text\": \"{Sentence}\"}}\n");
        Assert.Single(reader.Read(jsonl));
        Assert.Equal(2, Assert.Single(reader.Summary.Skipped).Line);
    }

    [Fact]
    public void A_very_long_line_is_skipped_with_its_number_and_the_next_line_still_reads()
    {
        string path = Write("corpus.jsonl", $"{{\"text\": \"{new string('长', 5000)}\"}}\n{{\"id\": \"ok\", \"text\": \"{Sentence}\"}}\n");
        var reader = new CorpusReader(new CorpusOptions { MaxFileBytes = 1000 });
        Assert.Equal("ok", Assert.Single(reader.Read(path)).Id);
        SkippedSource skipped = Assert.Single(reader.Summary.Skipped);
        Assert.Equal((1, true), (skipped.Line, skipped.Reason.Contains("longer than 1,000 characters", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sidecar_values_out_of_range_are_ignored_with_a_warning_each()
    {
        Write("2019.txt", Sentence);
        Write("a.txt", Sentence);
        Write("metadata.csv", "file,year,date,level,congress\r\n2019.txt,2147483647,2019-02-30,galactic,0\r\na.txt,2018,2018-03-05,provincial,19\r\n");
        var reader = new CorpusReader();
        List<Document> docs = [.. reader.Read(_root)];
        Document bad = docs.Single(d => d.Id == "2019");
        Document good = docs.Single(d => d.Id == "a");

        Assert.Equal(2019, bad.Metadata.Year);           // the file name's year, not 2147483647
        Assert.Null(bad.Metadata.Date);
        Assert.Equal(4, bad.Warnings.Count(w => w.Contains("metadata.csv:2:", StringComparison.Ordinal) && w.Contains("ignored", StringComparison.Ordinal)));
        Assert.Contains(bad.Warnings, w => w.Contains("year '2147483647' ignored: not a year between 1900 and 2100", StringComparison.Ordinal));
        Assert.Equal((2018, new DateOnly(2018, 3, 5), GovernmentLevel.Provincial), (good.Metadata.Year, good.Metadata.Date, good.Metadata.Level));
        Assert.Equal(19, good.Metadata.Session.Term);
        Assert.DoesNotContain(good.Warnings, w => w.Contains("ignored", StringComparison.Ordinal));
        Assert.Empty(reader.Summary.Skipped);
    }

    [Fact]
    public void An_unterminated_quote_in_a_sidecar_costs_one_row_and_names_its_line()
    {
        Write("a.txt", Sentence);
        Write("b.txt", Sentence);
        Write("metadata.csv", "file,title,region\na.txt,\"第一份,衡阳市\nb.txt,第二份,长沙市\n");
        var reader = new CorpusReader();
        List<Document> docs = [.. reader.Read(_root)];
        Assert.Equal("长沙市", docs.Single(d => d.Id == "b").Metadata.Region);
        Assert.Null(docs.Single(d => d.Id == "a").Metadata.Region);
        SkippedSource skipped = Skipped(reader, "metadata.csv");
        Assert.Equal(2, skipped.Line);
        Assert.Contains("never closed", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sidecar_listing_a_file_twice_keeps_the_first_row_and_says_so()
    {
        Write("a.txt", Sentence);
        Write("metadata.csv", "file,region\na.txt,衡阳市\na.txt,长沙市\n");
        var reader = new CorpusReader();
        Assert.Equal("衡阳市", Assert.Single(reader.Read(_root)).Metadata.Region);
        Assert.Equal(3, Skipped(reader, "metadata.csv").Line);
    }

    [Fact]
    public void Sidecars_in_gb18030_or_with_a_bom_are_decoded_like_text_files()
    {
        Write("gb/a.txt", Sentence);
        WriteBytes("gb/metadata.csv", TextEncodingDetector.Gb18030.GetBytes("file,region,title\na.txt,衡阳市,在市十五届人大七次会议闭幕会上的讲话\n"));
        Write("bom/b.txt", Sentence);
        WriteBytes("bom/metadata.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("file,region\r\nb.txt,长沙市\r\n")]);
        var reader = new CorpusReader();
        List<Document> docs = [.. reader.Read(_root)];
        Assert.Equal("衡阳市", docs.Single(d => d.Id == "gb/a").Metadata.Region);
        Assert.Equal("长沙市", docs.Single(d => d.Id == "bom/b").Metadata.Region);
        Assert.Empty(reader.Summary.Skipped);
    }

    [Fact]
    public void Hostile_json_lines_cost_one_line_each()
    {
        string deep = new string('[', 5000) + new string(']', 5000);
        string path = Write("corpus.jsonl",
            $"{deep}\n" +
            $"{{\"id\": \"huge-year\", \"text\": \"{Sentence}\", \"year\": 1e400}}\n" +
            $"{{\"id\": \"nul\", \"text\": \"a\\u0000b\"}}\n" +
            "{\"id\": \"raw-nul\", \"text\": \"a\0b\"}\n" +
            $"{{\"id\": 7, \"text\": \"{Sentence}\"}}\n");
        var reader = new CorpusReader();
        List<Document> docs = [.. reader.Read(path)];
        Assert.Equal(["huge-year", "nul", "7"], docs.Select(d => d.Id));
        Assert.Equal(2019, docs[0].Metadata.Year);     // from the session the text names, not 1e400
        Assert.Contains(docs[0].Warnings, w => w.Contains("year '1e400' ignored", StringComparison.Ordinal));
        Assert.Equal([1, 4], reader.Summary.Skipped.Select(s => s.Line ?? 0));
        Assert.Contains("NUL", reader.Summary.Skipped[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Big5_text_is_refused_by_name_never_read_as_gb18030()
    {
        string traditional = SharedData.ReadText("corpus/cpc-congress/early/01_1921_guangzhou.txt")[..600];
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Encoding big5 = Encoding.GetEncoding(950, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        string path = WriteBytes("big5.txt", big5.GetBytes(traditional));
        var e = Assert.Throws<TextDecodingException>(() => TextFile.Read(path));
        Assert.Contains("Big5", e.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_gb18030_text_is_still_read()
    {
        string simplified = SharedData.ReadText("corpus/gwr/2019.txt")[..3000];
        DecodedText decoded = TextDecoder.Decode(TextEncodingDetector.Gb18030.GetBytes(simplified), "2019-gbk.txt");
        Assert.Equal(("gb18030", simplified), (decoded.Encoding, decoded.Text));
    }

    [Fact]
    public void A_name_that_is_not_utf8_gets_a_message_saying_so()
    {
        Write("good.txt", Sentence);
        Shell($"touch \"{_root}/$(printf 'bad\\260name.txt')\"");
        try
        {
            var reader = new CorpusReader();
            Assert.Single(reader.Read(_root));
            SkippedSource skipped = Assert.Single(reader.Summary.Skipped);
            Assert.Contains("not valid UTF-8", skipped.Reason, StringComparison.Ordinal);
        }
        finally
        {
            // .NET cannot name the file to delete it.
            Shell($"rm -f \"{_root}/$(printf 'bad\\260name.txt')\"");
        }

        var missing = Assert.Throws<InputException>(() => new CorpusReader().Read(Path.Combine(_root, "bad\uFFFDname.txt")));
        Assert.Contains("rename it", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_in_a_name_is_an_input_error_not_a_crash()
    {
        var e = Assert.Throws<InputException>(() => new CorpusReader().Read(Path.Combine(_root, "a\0b.txt")));
        Assert.Contains("NUL", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', e.Message);
    }

    [Fact]
    public void A_missing_corpus_is_an_input_error_naming_it()
    {
        string missing = Path.Combine(_root, "nowhere");
        var e = Assert.Throws<InputException>(() => new CorpusReader().Read(missing));
        Assert.Equal($"{missing}: no such file or folder (check the name)", e.Message);
    }

    [Fact]
    public void Permission_denied_says_so()
    {
        InputException e = TextFile.Unreadable("/srv/corpus/a.txt", new UnauthorizedAccessException("Access to the path is denied."));
        Assert.Equal("/srv/corpus/a.txt: permission denied (check its permissions (chmod +r))", e.Message);

        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            Assert.Skip("root reads every folder, so a real unreadable folder cannot be made here; the message is checked above.");
            return;
        }

        Write("closed/a.txt", Sentence);
        File.SetUnixFileMode(Path.Combine(_root, "closed"), UnixFileMode.None);
        try
        {
            var reader = new CorpusReader();
            Assert.Empty(reader.Read(_root));
            Assert.Contains("permission denied", Skipped(reader, "closed").Reason, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(_root, "closed"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static SkippedSource Skipped(CorpusReader reader, string name) =>
        Assert.Single(reader.Summary.Skipped, s => s.Path.EndsWith(name, StringComparison.Ordinal));

    private static void Shell(string command)
    {
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using Process process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    private string WriteBytes(string relative, byte[] bytes)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
