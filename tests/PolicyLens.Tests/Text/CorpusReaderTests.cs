using System.Text;
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>
/// Corpus reading: every decodable file loads, every bad one (invalid bytes, binary, empty, unreadable) is reported
/// with its reason and skipped, and the summary counts both. JSON Lines and CSV corpora read row by row.
/// </summary>
public sealed class CorpusReaderTests : IDisposable
{
    private const string Sentence = "十三届全国人大二次会议听取和审议了政府工作报告。";

    private readonly string _root = Directory.CreateTempSubdirectory("policylens-corpus-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Bad_files_are_reported_with_their_reason_and_the_rest_still_loads()
    {
        Write("good-utf8.txt", new UTF8Encoding(false).GetBytes(Sentence));
        Write("sub/good-bom.md", [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(Sentence)]);
        Write("sub/deeper/good-utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sentence)]);
        Write("good-gb18030.txt", TextEncodingDetector.Gb18030.GetBytes(Sentence));
        Write("empty.txt", []);
        Write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00]);
        Write("invalid.txt", [.. Encoding.UTF8.GetBytes("会议"), 0xFF, 0x80, 0xFF, 0x30]);
        Write("ignored.pdf", [0x25, 0x50, 0x44, 0x46]);
        File.CreateSymbolicLink(Path.Combine(_root, "unreadable.txt"), Path.Combine(_root, "missing-target.txt"));

        var reported = new List<SkippedSource>();
        var reader = new CorpusReader(new CorpusOptions { OnSkipped = reported.Add });
        List<Document> docs = [.. reader.Read(_root)];

        Assert.Equal(["good-gb18030", "good-utf8", "sub/deeper/good-utf16", "sub/good-bom"], docs.Select(d => d.Id).Order());
        Assert.All(docs, d => Assert.Equal(Sentence, d.Text));
        Assert.Equal("gb18030", docs.Single(d => d.Id == "good-gb18030").Encoding);
        Assert.Equal("utf-16le", docs.Single(d => d.Id == "sub/deeper/good-utf16").Encoding);
        Assert.Equal("utf-8-bom", docs.Single(d => d.Id == "sub/good-bom").Encoding);

        Assert.Equal(4, reader.Summary.Skipped.Count);
        Assert.Equal(reader.Summary.Skipped, reported);
        Assert.Equal((4, 4), (reader.Summary.SourcesRead, reader.Summary.DocumentsRead));
        AssertSkipped(reader, "empty.txt", "empty");
        AssertSkipped(reader, "binary.txt", "binary file: a NUL byte at byte offset 6");
        AssertSkipped(reader, "invalid.txt", "invalid byte 0xFF at byte offset 6");
        AssertSkipped(reader, "unreadable.txt", "a broken link");
        Assert.All(reader.Summary.Skipped, s => Assert.StartsWith(_root, s.ToString(), StringComparison.Ordinal));
        Assert.Equal("4 documents from 4 sources read; 4 skipped", reader.Summary.ToString());
    }

    [Fact]
    public void Reading_is_lazy_one_source_at_a_time()
    {
        for (int i = 0; i < 3; i++)
        {
            Write($"{i}.txt", Encoding.UTF8.GetBytes(Sentence));
        }

        var reader = new CorpusReader();
        using IEnumerator<Document> e = reader.Read(_root).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal(1, reader.Summary.SourcesRead);
    }

    [Fact]
    public void A_sidecar_fills_metadata_by_file_name_and_the_text_fills_the_rest()
    {
        Write("a/speech.txt", Encoding.UTF8.GetBytes("在市十五届人大七次会议闭幕会上的讲话\n\n郑建新\n\n(2020年1月10日)\n\n各位代表、同志们：\n\n大会开得非常成功。"));
        Write("a/metadata.csv", Encoding.UTF8.GetBytes("file,region,speaker,source\nspeech.txt,衡阳市,,\"paper, page 1\"\n"));
        Document d = Assert.Single(new CorpusReader().Read(_root));
        Assert.Equal("衡阳市", d.Metadata.Region);
        Assert.Equal("郑建新", d.Metadata.Speaker);
        Assert.Equal("paper, page 1", d.Metadata.Extra["source"]);
        Assert.Equal("municipal/15/7", d.Metadata.Session.Canonical);
        Assert.Equal(2020, d.Metadata.Year);
    }

    [Fact]
    public void Each_file_takes_the_nearest_sidecar_above_it_and_never_a_sibling_folders()
    {
        // The reader keeps only the sidecars of the folders above the file it reads (a run's memory must not grow with the
        // number of folders): a folder's sidecar still serves its subfolders, and a sibling's rows never reach a file of
        // the same name elsewhere.
        Write("metadata.csv", Encoding.UTF8.GetBytes("file,region\na/b/deep.txt,湖南省\nc/report.txt,河南省\n"));
        Write("a/metadata.csv", Encoding.UTF8.GetBytes("file,region\nreport.txt,衡阳市\n"));
        Write("a/report.txt", Encoding.UTF8.GetBytes(Sentence));
        Write("a/b/deep.txt", Encoding.UTF8.GetBytes(Sentence));
        Write("a/b/report.txt", Encoding.UTF8.GetBytes(Sentence));
        Write("b/report.txt", Encoding.UTF8.GetBytes(Sentence));
        Write("c/report.txt", Encoding.UTF8.GetBytes(Sentence));
        Write("c/d/metadata.csv", Encoding.UTF8.GetBytes("file,region\nreport.txt,驻马店市\n"));
        Write("c/d/report.txt", Encoding.UTF8.GetBytes(Sentence));

        var regions = new CorpusReader().Read(_root).ToDictionary(d => d.Id, d => d.Metadata.Region);

        Assert.Equal("衡阳市", regions["a/report"]);
        Assert.Equal("湖南省", regions["a/b/deep"]);
        Assert.Equal("衡阳市", regions["a/b/report"]); // a row names a file by its name, in the folder or below it
        Assert.Null(regions["b/report"]);
        Assert.Equal("河南省", regions["c/report"]);
        Assert.Equal("驻马店市", regions["c/d/report"]);
    }

    [Fact]
    public void A_corpus_file_of_blank_lines_only_is_reported_not_silently_dropped()
    {
        // Found by the fuzz test (seed 84fH70dFxj01): a JSON Lines file holding one vertical tab produced neither a
        // document nor a reason (a 0-byte file was already reported as empty). Every line counts as blank that string.IsNullOrWhiteSpace calls blank (\v, \f, U+3000 …).
        string jsonl = Write("blank.jsonl", Encoding.UTF8.GetBytes("\v\n \u3000\r\n\f\n"));
        string csv = Write("blank.csv", Encoding.UTF8.GetBytes("\r\n\n"));
        string txt = Write("blank.txt", Encoding.UTF8.GetBytes("\u3000\v\n"));
        foreach (string path in new[] { jsonl, csv, txt })
        {
            var reader = new CorpusReader();
            Assert.Empty(reader.Read(path));
            Assert.Equal(path, Assert.Single(reader.Summary.Skipped).Path); // a CSV's blank first line is its (empty) header
        }

        var lines = new CorpusReader();
        _ = lines.Read(jsonl).ToList();
        Assert.Contains("only blank lines", lines.Summary.Skipped[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_lines_corpus_reads_each_line_and_reports_bad_lines_by_number()
    {
        string path = Write("corpus.jsonl", Encoding.UTF8.GetBytes(
            """
            {"id": "a", "text": "十三届全国人大二次会议听取了报告。", "year": 2019, "genre": "resolution", "source": "npc.gov.cn"}
            {"id": "b", "text": ""}
            not json

            {"text": "党的十九大胜利召开。", "session": "党的十九大"}
            """));
        var reader = new CorpusReader();
        List<Document> docs = [.. reader.Read(path)];
        Assert.Equal(["a", "corpus:5"], docs.Select(d => d.Id));
        Assert.Equal((2019, DocumentGenre.Resolution, "npc.gov.cn"), (docs[0].Metadata.Year, docs[0].Metadata.Genre, docs[0].Metadata.Extra["source"]));
        Assert.Equal("cpc:national/19", docs[1].Metadata.Session.Canonical);
        Assert.Equal([2, 3], reader.Summary.Skipped.Select(s => s.Line ?? 0));
        Assert.Contains("no \"text\"", reader.Summary.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("invalid JSON", reader.Summary.Skipped[1].Reason, StringComparison.Ordinal);
        Assert.Equal($"{path}:3: {reader.Summary.Skipped[1].Reason}", reader.Summary.Skipped[1].ToString());
    }

    [Fact]
    public void A_csv_corpus_reads_the_text_column_and_keeps_other_columns()
    {
        string path = Write("corpus.csv", Encoding.UTF8.GetBytes(
            "id,title,text,level\n" +
            "r1,决议,\"第十三届全国人民代表大会第二次会议听取和审议了报告，决定批准。\",national\n" +
            "r2,空,,national\n"));
        var reader = new CorpusReader();
        Document d = Assert.Single(reader.Read(path));
        Assert.Equal(("r1", "决议", GovernmentLevel.National, "national/13/2"), (d.Id, d.Metadata.Title, d.Metadata.Level, d.Metadata.Session.Canonical));
        SkippedSource skipped = Assert.Single(reader.Summary.Skipped);
        Assert.Equal(3, skipped.Line);
    }

    [Fact]
    public void A_csv_without_a_text_column_says_which_columns_it_has()
    {
        string path = Write("bad.csv", Encoding.UTF8.GetBytes("id,body\n1,文字\n"));
        var reader = new CorpusReader();
        Assert.Empty(reader.Read(path));
        Assert.Contains("no \"text\" column in the header (id, body)", Assert.Single(reader.Summary.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_decoder_rejects_latin1_bytes_that_only_pretend_to_be_gb18030()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes("Größe und Maße für Straßen à côté");
        var e = Assert.Throws<TextDecodingException>(() => TextDecoder.Decode(latin1));
        Assert.Contains("re-save the file as UTF-8", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.ByteOffset);
    }

    [Fact]
    public void A_second_link_to_a_file_is_read_once_and_the_skip_names_the_path_it_was_read_under()
    {
        string first = Write("2018/report.txt", Encoding.UTF8.GetBytes(Sentence));
        Write("2018/another.txt", Encoding.UTF8.GetBytes("二〇一八年国务院政府工作报告。"));
        Directory.CreateDirectory(Path.Combine(_root, "links"));
        File.CreateSymbolicLink(Path.Combine(_root, "links", "again.txt"), first);
        File.CreateSymbolicLink(Path.Combine(_root, "links", "same-folder.txt"), Path.Combine(_root, "2018", "another.txt"));
        File.CreateSymbolicLink(Path.Combine(_root, "2018", "z-third.txt"), first);

        var reader = new CorpusReader();
        List<Document> docs = [.. reader.Read(_root)];

        Assert.Equal(["2018/another", "2018/report"], docs.Select(d => d.Id).Order());
        AssertSkipped(reader, "z-third.txt", $"the same file as {first} (a link or a hard link to it)");
        AssertSkipped(reader, "again.txt", $"the same file as {first} (a link or a hard link to it)");
        AssertSkipped(reader, "same-folder.txt", $"the same file as {Path.Combine(_root, "2018", "another.txt")} (");
    }

    private static void AssertSkipped(CorpusReader reader, string file, string reason)
    {
        SkippedSource s = Assert.Single(reader.Summary.Skipped, s => s.Path.EndsWith(file, StringComparison.Ordinal));
        Assert.Contains(reason, s.Reason, StringComparison.Ordinal);
    }

    private string Write(string relative, byte[] bytes)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
