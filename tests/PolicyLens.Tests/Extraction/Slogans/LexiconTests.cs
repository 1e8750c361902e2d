using PolicyLens.Extraction.Slogans;
using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The built-in lexicon, user lexicon files and their errors, and the lexicon-aware segmenter.</summary>
public sealed class LexiconTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-lexicon-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Built_in_lexicon_is_versioned_and_knows_the_numbered_formulas_members()
    {
        Lexicon lexicon = Lexicon.Default;
        Assert.False(string.IsNullOrWhiteSpace(lexicon.Version));
        LexiconEntry six = Assert.IsType<LexiconEntry>(lexicon.Find("六稳"));
        Assert.Equal(["稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期"], six.Members.Select(m => m.Text));
        Assert.Equal("economy", six.Theme);
        Assert.Equal(2018, six.First?.Year);
        Assert.Equal(AppearanceConfidence.Documented, six.First?.Confidence);
        Assert.Equal(Lexicon.BuiltInSource, six.Source);
    }

    [Fact]
    public void Variants_and_abbreviations_lead_to_their_formula()
    {
        Assert.Equal("碳达峰、碳中和", Lexicon.Default.Find("双碳")?.Canonical);
        Assert.Equal("新发展理念", Lexicon.Default.Find("五大发展理念")?.Canonical);
        Assert.Equal("新发展格局", Lexicon.Default.Find("双循环")?.Canonical);
        Assert.Equal("四个“铁一般”", Lexicon.Default.Find("四个铁一般")?.Canonical);
    }

    [Fact]
    public void Every_built_in_entry_has_a_theme_and_a_first_appearance_with_its_confidence()
    {
        foreach (LexiconEntry entry in Lexicon.Default.Entries)
        {
            Assert.False(string.IsNullOrEmpty(entry.Theme), entry.Canonical);
            Assert.NotNull(entry.First);
            Assert.True(entry.First.Year is not null || entry.First.Confidence == AppearanceConfidence.Uncertain, entry.Canonical);
        }
    }

    [Fact]
    public void Lexicon_entries_are_single_tokens_in_its_segmenter()
    {
        Assert.Equal(["供给", "侧", "结构性", "改革"], JiebaSegmenter.Default.Cut("供给侧结构性改革"));
        Assert.Equal(["坚持", "供给侧结构性改革"], Lexicon.Default.Segmenter.Cut("坚持供给侧结构性改革"));
        Assert.Contains(Lexicon.Default.UserWords, w => w.Word == "习近平新时代中国特色社会主义思想");
        Assert.DoesNotContain(Lexicon.Default.UserWords, w => w.Word.Contains('、', StringComparison.Ordinal) || w.Word.Contains('“', StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_lexicon_file_adds_entries_without_rebuilding()
    {
        string path = Write("local.tsv", "# local formulas\n“3311”工程计划\teconomy\t3311工程计划\n六保\tmine\t\t保居民就业|保基本民生/保民生\n");
        Lexicon lexicon = Lexicon.Default.WithFile(path);
        Assert.EndsWith("+local.tsv", lexicon.Version, StringComparison.Ordinal);
        LexiconEntry local = Assert.IsType<LexiconEntry>(lexicon.Find("3311工程计划"));
        Assert.Equal("“3311”工程计划", local.Canonical);
        Assert.Equal(path, local.Source);
        Assert.Contains(lexicon.UserWords, w => w.Word == "3311工程计划");

        // Same canonical form: the user's entry replaces the built-in one.
        LexiconEntry six = Assert.IsType<LexiconEntry>(lexicon.Find("六保"));
        Assert.Equal("mine", six.Theme);
        Assert.Equal(["保民生"], six.Members[1].Variants);
        Assert.Single(lexicon.Entries, e => e.Canonical == "六保");
    }

    [Fact]
    public void A_user_lexicon_may_be_json_shaped_like_the_built_in_one()
    {
        string path = Write("local.json", """{ "version": "hy-1", "entries": [ { "canonical": "工业原地倍增计划", "theme": "economy", "first": { "date": "2019", "confidence": "uncertain" } } ] }""");
        Lexicon lexicon = Lexicon.Load(path);
        Assert.Equal("hy-1", lexicon.Version);
        Assert.Equal(2019, lexicon.Find("工业原地倍增计划")?.First?.Year);
    }

    [Theory]
    [InlineData("ok\n\ttheme only\n", 2, "canonical form")]
    [InlineData("a\tb\tc\td\te\n", 1, "at most 4")]
    [InlineData("六稳\n\n六稳\n", 3, "already defined on line 1")]
    [InlineData("两 个\n", 1, "white space")]
    public void A_bad_line_is_reported_with_file_and_line(string text, int line, string problem)
    {
        string path = Write("bad.tsv", text);
        LexiconFormatException e = Assert.Throws<LexiconFormatException>(() => Lexicon.Default.WithFile(path));
        Assert.Equal(line, e.LineNumber);
        Assert.StartsWith($"{path}:{line}:", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_json_entry_is_reported_with_its_line()
    {
        string path = Write("bad.json", "{\n  \"entries\": [\n    { \"canonical\": \"六稳\" },\n    { \"canonical\": \"六保\",\n      \"first\": { \"confidence\": \"sure\" } }\n  ]\n}\n");
        LexiconFormatException e = Assert.Throws<LexiconFormatException>(() => Lexicon.Load(path));
        Assert.Equal(4, e.LineNumber);
        Assert.Contains("Unknown confidence 'sure'", e.Message, StringComparison.Ordinal);

        string broken = Write("broken.json", "{\n  \"entries\": [\n    { \"canonical\": \"六稳\" \n  ]\n}\n");
        Assert.Equal(4, Assert.Throws<LexiconFormatException>(() => Lexicon.Load(broken)).LineNumber);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
