using System.Diagnostics;
using System.Text;
using CsCheck;
using PolicyLens.Analysis.Themes;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Text;

/// <summary>
/// Every reader and parser of user input, fed random bytes and real inputs with random damage (flipped, inserted and
/// deleted bytes; quotes, line breaks, NULs, invalid UTF-8 bytes dropped in): none throws anything but an
/// <see cref="InputException"/> (the tokenizer's user dictionary: its <see cref="UserDictionaryFormatException"/>), none
/// hangs, and the corpus reader reports what it cannot read instead of throwing.
/// </summary>
public sealed class InputFuzzTests : IDisposable
{
    // Bytes that steer parsers into their edge cases.
    private static readonly byte[] Nasty = [(byte)'"', (byte)',', (byte)'\t', (byte)'\n', (byte)'\r', 0x00, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0x80, 0xA4, (byte)'{', (byte)'}', (byte)':', (byte)'|'];

    private readonly string _root = Directory.CreateTempSubdirectory("policylens-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Random bytes, or <paramref name="seed"/> with up to 12 random edits.</summary>
    private static Gen<byte[]> Damaged(byte[] seed) => Gen.OneOf(
        Gen.Byte.Array[0, 600],
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, Math.Max(0, seed.Length)], Gen.OneOf(Gen.Byte, Gen.OneOf<byte>(Nasty))).Array[1, 12].Select(edits =>
        {
            var bytes = new List<byte>(seed);
            foreach ((int op, int at, byte b) in edits)
            {
                int i = Math.Min(at, bytes.Count);
                switch (op)
                {
                    case 0 when i < bytes.Count:
                        bytes[i] = b;
                        break;
                    case 1 when i < bytes.Count:
                        bytes.RemoveAt(i);
                        break;
                    default:
                        bytes.Insert(i, b);
                        break;
                }
            }

            return bytes.ToArray();
        }));

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static string Real(string relative, int chars) => SharedData.ReadText(relative) is var t && t.Length > chars ? t[..chars] : t;

    [Fact]
    public void The_decoder_throws_only_its_input_error()
    {
        string text = Real("corpus/gwr/2019.txt", 300);
        byte[][] seeds = [Utf8(text), TextEncodingDetector.Gb18030.GetBytes(text), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]];
        Gen.OneOf(seeds.Select(Damaged).ToArray()).Sample(bytes =>
        {
            try
            {
                DecodedText decoded = TextDecoder.Decode(bytes, "fuzz.txt");
                Assert.False(string.IsNullOrWhiteSpace(decoded.Text));
            }
            catch (TextDecodingException e)
            {
                Assert.StartsWith("fuzz.txt", e.Message, StringComparison.Ordinal);
            }
        }, iter: 2000);
    }

    [Fact]
    public void A_json_lines_corpus_never_throws_and_every_line_is_read_or_named()
    {
        string text = Real("corpus/gwr/2018.txt", 120).Replace("\n", "\\n", StringComparison.Ordinal);
        byte[] seed = Utf8($"{{\"id\": \"a\", \"text\": \"{text}\", \"year\": 2018}}\n{{\"id\": \"b\", \"text\": \"{text}\", \"level\": \"national\"}}\n{{\"text\": \"{text}\", \"date\": \"2018-03-05\"}}\n");
        string path = Path.Combine(_root, "fuzz.jsonl");
        Damaged(seed).Sample(bytes =>
        {
            File.WriteAllBytes(path, bytes);
            var reader = new CorpusReader();
            _ = reader.Read(path).ToList();
            Assert.All(reader.Summary.Skipped, s => Assert.Equal(path, s.Path));
            Assert.True(reader.Summary.SourcesRead + reader.Summary.Skipped.Count > 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'),
                "a non-blank file produced neither a document nor a reason");
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void A_csv_corpus_never_throws()
    {
        string text = Real("corpus/gwr/2017.txt", 80);
        byte[] seed = Utf8($"id,title,text,year\nr1,\"报告, 2017\",\"{text}\",2017\nr2,决议,\"他说\"\"好\"\"\n第二段\",2018\nr3,,{text[..20]},1999\n");
        string path = Path.Combine(_root, "fuzz.csv");
        Damaged(seed).Sample(bytes =>
        {
            File.WriteAllBytes(path, bytes);
            var reader = new CorpusReader();
            List<Document> docs = [.. reader.Read(path)];
            Assert.All(docs, d => Assert.False(string.IsNullOrWhiteSpace(d.Text)));
            Assert.All(reader.Summary.Skipped, s => Assert.Equal(path, s.Path));
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void A_damaged_sidecar_never_throws_and_never_loses_the_text_file()
    {
        byte[] seed = File.ReadAllBytes(SharedData.Require("corpus/gwr/index.tsv"));
        seed = seed[..Math.Min(seed.Length, 700)];
        string folder = Path.Combine(_root, "sidecar");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2019.txt"), Real("corpus/gwr/2019.txt", 200));
        Gen.OneOf(Damaged(seed), Damaged(Utf8("file,year,date,level,session\r\n2019.txt,2019,2019-03-05,national,十三届全国人大二次会议\r\n"))).Sample(bytes =>
        {
            File.WriteAllBytes(Path.Combine(folder, "index.tsv"), bytes);
            File.WriteAllBytes(Path.Combine(folder, "metadata.csv"), bytes);
            var reader = new CorpusReader();
            Document d = Assert.Single(reader.Read(folder));
            Assert.True(d.Metadata.Year is null or (>= 1900 and <= 2100), $"year {d.Metadata.Year}");
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void The_session_parser_never_throws()
    {
        string[] pieces = ["十三届", "全国人大", "二次会议", "第", "届", "次", "中国共产党", "全国代表大会", "十九大", "中央委员会", "全体会议", "省", "市", "人民代表大会", "九十九", "99999999999", "〇", "\u0000", "\uFFFD", "\uD800", " "];
        Gen.OneOf(Gen.String[0, 80], Gen.OneOf<string>(pieces).Array[0, 20].Select(p => string.Concat(p))).Sample(text =>
        {
            SessionKey key = SessionParser.Parse(text);
            foreach (SessionMention m in SessionParser.FindAll(text))
            {
                Assert.InRange(m.Start, 0, text.Length);
                Assert.InRange(m.Start + m.Length, m.Start, text.Length);
            }

            Assert.True(key.IsUnknown || key.Term is null or > 0);
        }, iter: 3000);
    }

    [Fact]
    public void The_lexicon_reader_throws_only_its_input_error()
    {
        byte[] json = Utf8("""{ "version": "t", "entries": [ { "canonical": "六稳", "theme": "economy", "members": ["稳就业", ["稳金融", "金融稳"]], "first": { "date": "2018-07-31", "confidence": "documented" } } ] }""");
        byte[] lines = Utf8("# canonical\ttheme\tvariants\tmembers\n六稳\teconomy\t\t稳就业|稳金融|稳外贸|稳外资|稳投资|稳预期\n“3311”工程计划\teconomy\t3311工程计划\n");
        Gen.OneOf(Damaged(json), Damaged(lines)).Sample(bytes =>
        {
            string text = Encoding.UTF8.GetString(bytes);
            try
            {
                _ = Lexicon.Parse(text, "fuzz.lexicon");
            }
            catch (LexiconFormatException e)
            {
                Assert.StartsWith("fuzz.lexicon", e.Message, StringComparison.Ordinal);
            }
        }, iter: 2000);
    }

    [Fact]
    public void The_user_dictionary_reader_throws_only_its_format_error()
    {
        byte[] seed = Utf8("供给侧结构性改革 1000 n\n两个维护\n六稳 5\n");
        Damaged(seed).Sample(bytes =>
        {
            try
            {
                _ = UserDictionary.Parse(new StringReader(Encoding.UTF8.GetString(bytes)), "fuzz.dict");
            }
            catch (UserDictionaryFormatException e)
            {
                Assert.StartsWith("fuzz.dict", e.Message, StringComparison.Ordinal);
            }
        }, iter: 2000);
    }

    [Fact]
    public void The_indicator_and_theme_readers_throw_only_input_errors()
    {
        byte[] indicators = Utf8("""[{"code": "gdp_growth", "subjects": ["国内生产总值"], "verbs": ["增长"], "units": ["%"]}]""");
        byte[] themes = Utf8("""[{"code": "economy", "name": "经济", "english": "Economy", "seeds": ["经济", "增长"]}, {"code": "party", "seeds": ["党建"]}]""");
        Gen.OneOf(Damaged(indicators), Damaged(themes)).Sample(bytes =>
        {
            try
            {
                _ = IndicatorVocabulary.FromJson(new MemoryStream(bytes), "fuzz.json");
            }
            catch (InputException e)
            {
                Assert.StartsWith("fuzz.json", e.Message, StringComparison.Ordinal);
            }

            try
            {
                _ = ThemeTaxonomy.FromJson(new MemoryStream(bytes), "fuzz.json");
            }
            catch (InputException e)
            {
                Assert.StartsWith("fuzz.json", e.Message, StringComparison.Ordinal);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Chinese_numbers_from_damaged_real_text_never_throw()
    {
        string text = Real("corpus/gwr/2019.txt", 2000);
        Gen.Select(Gen.Int[0, text.Length - 1], Gen.Int[1, 30], Gen.Char).Sample((start, length, c) =>
        {
            string piece = string.Concat(text.AsSpan(start, Math.Min(length, text.Length - start)), c.ToString());
            _ = ChineseNumber.TryParse(piece, out _);
        }, iter: 3000);
    }

    [Theory]
    [InlineData("第九十九届")]
    [InlineData("十三届全国人大二次会议、")]
    [InlineData("中国共产党第")]
    [InlineData("届四中全会")]
    public void The_session_parser_finishes_long_repetitive_text_in_bounded_time(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));
        var clock = Stopwatch.StartNew();
        _ = SessionParser.Parse(text);
        _ = SessionParser.FindAll(text);
        // A bound for "no hang", not a speed test: linear work takes milliseconds, quadratic would take minutes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{unit}×N took {clock.Elapsed}");
    }

    [Fact]
    public void A_csv_of_a_hundred_thousand_unbalanced_quotes_finishes_in_bounded_time()
    {
        string path = Path.Combine(_root, "quotes.csv");
        File.WriteAllText(path, "id,text\n" + string.Concat(Enumerable.Repeat("r,\"a\n", 100_000)));
        var clock = Stopwatch.StartNew();
        var reader = new CorpusReader();
        _ = reader.Read(path).Count();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(100_000, reader.Summary.Skipped.Count);
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public void A_huge_single_line_corpus_is_bounded_in_time_and_named(string extension)
    {
        string path = Path.Combine(_root, $"long.{extension}");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write(extension == "csv" ? "id,text\nr1,\"" : "{\"text\": \"");
            for (int i = 0; i < 2000; i++)
            {
                writer.Write(new string('长', 5000));
            }
        }

        var clock = Stopwatch.StartNew();
        var reader = new CorpusReader(new CorpusOptions { MaxFileBytes = 1 << 20 });
        Assert.Empty(reader.Read(path));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Contains(reader.Summary.Skipped, s => s.Line is not null);
    }
}
