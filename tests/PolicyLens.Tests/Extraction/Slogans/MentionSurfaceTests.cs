// Specifies what a mention found in a document says it found: its offsets point into the source file, and its surface is that
// file's own characters there (line breaks the page layout put inside it left out), not the normalised text's: the Text stage
// folds traditional characters, writes a dash between two numbers as ~ and joins broken lines, and a reader who checks a
// surface against the file must find it.
using System.Text.RegularExpressions;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed partial class MentionSurfaceTests
{
    [Theory]
    [InlineData("corpus/gwr/1954.txt")]
    [InlineData("corpus/gwr/1957.txt")]
    [InlineData("corpus/gwr/2019.txt")]
    [InlineData("corpus/cpc-congress/12_1982.txt")]
    [InlineData("corpus/municipal/zhumadian_2018.txt")]
    public void Every_mention_of_a_report_gives_the_files_own_characters_at_its_offsets(string file)
    {
        string path = SharedData.Require(file);
        string source = File.ReadAllText(path);
        Document document = DocumentParser.Parse(source, new DocumentSource { Id = file, Location = path, FileName = path })[0];

        IReadOnlyList<SloganMention> mentions = new SloganExtractor(Lexicon.Default).Extract(document);

        Assert.NotEmpty(mentions);
        foreach (SloganMention m in mentions)
        {
            Assert.NotNull(m.Source);
            string written = LineBreak().Replace(source[m.Source.Value.Start..m.Source.Value.End], "");
            Assert.Equal(written, m.Surface);
        }
    }

    [Fact]
    public void A_traditional_report_keeps_its_characters_in_the_surface_and_counts_them_under_the_simplified_canonical()
    {
        string path = SharedData.Require("corpus/gwr/1954.txt");
        Document document = DocumentParser.Parse(File.ReadAllText(path), new DocumentSource { Id = "1954", Location = path, FileName = path })[0];

        SloganMention mass = Assert.Single(new SloganExtractor(Lexicon.Default).Extract(document), m => m.Surface == "羣衆路綫" && m.Start == document.Text.IndexOf("群众路线", StringComparison.Ordinal));

        Assert.Equal("群众路线", mass.Canonical);
    }

    [Fact]
    public void A_titles_year_range_keeps_the_dash_it_is_written_with()
    {
        const string text = "各位代表：\n我们编制了《广东省国土空间规划（2021—2035年）》，实施“百千万工程”。\n";
        Document document = DocumentParser.Parse(text, new DocumentSource { Id = "t", Location = "t.txt", FileName = "t.txt" })[0];

        SloganMention title = Assert.Single(new SloganExtractor(Lexicon.Default).Extract(document), m => m.Kind == MentionKind.Titled);

        Assert.Equal("《广东省国土空间规划（2021—2035年）》", title.Surface);
        Assert.Equal(title.Surface, text[title.Source!.Value.Start..title.Source.Value.End]);
        Assert.Equal("广东省国土空间规划（2021~2035年）", title.Canonical);
    }

    [GeneratedRegex(@"\s*[\r\n]\s*")]
    private static partial Regex LineBreak();
}
