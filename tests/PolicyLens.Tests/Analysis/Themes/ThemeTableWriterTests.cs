using System.Text;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>The themes, entropy, topics and topic-words tables as CSV and JSON Lines.</summary>
public sealed class ThemeTableWriterTests
{
    [Fact]
    public void ThemesCsvHasTheHeaderAndRoundTripNumbers()
    {
        var csv = new StringWriter();
        ThemeTableWriter.WriteCsv(csv, [new ThemeShare("2019", "agriculture", 607, 0.1)]);
        Assert.Equal("group,theme,characters,share\n2019,agriculture,607,0.1\n", csv.ToString());
    }

    [Fact]
    public void FieldsWithCommasOrQuotesAreQuoted()
    {
        var csv = new StringWriter();
        ThemeTableWriter.WriteCsv(csv, [new AttentionEntropy("session \"13,1\"", 0, 0)]);
        Assert.Equal("group,entropy,normalized_entropy\n\"session \"\"13,1\"\"\",0,0\n", csv.ToString());
    }

    [Fact]
    public void TopicRowsAsJsonLinesKeepChineseReadable()
    {
        using var stream = new MemoryStream();
        ThemeTableWriter.WriteJsonLines(stream, [new TopicShare("2019", 3, "农村/农业/农民", 12.5, 0.25), new TopicShare("2020", 3, "农村/农业/农民", 0, 0)]);
        string[] lines = Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("""{"group":"2019","topic":3,"label":"农村/农业/农民","characters":12.5,"share":0.25}""", lines[0]);
    }

    [Fact]
    public void TopicWordsCsv()
    {
        var csv = new StringWriter();
        ThemeTableWriter.WriteCsv(csv, [new TopicWord(0, 1, "粮食", 0.5)]);
        Assert.Equal("topic,rank,word,score\n0,1,粮食,0.5\n", csv.ToString());
    }
}
