using System.Text;
using System.Text.Json;
using PolicyLens.Cli.Commands;
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>The two commands of the Text stage: <c>policylens session</c> and <c>policylens corpus inspect</c>.</summary>
public sealed class TextCommandsTests
{
    [Fact]
    public void Session_prints_the_parse_as_json()
    {
        using var output = new MemoryStream();
        SessionCommand.Write(output, "十三届全国人大二次会议");
        using JsonDocument json = JsonDocument.Parse(output.ToArray());
        JsonElement root = json.RootElement;
        Assert.Equal("national/13/2", root.GetProperty("key").GetString());
        Assert.Equal("peoples-congress", root.GetProperty("body").GetString());
        Assert.Equal("national", root.GetProperty("level").GetString());
        Assert.Equal((13, 2, 2019), (root.GetProperty("term").GetInt32(), root.GetProperty("session").GetInt32(), root.GetProperty("year").GetInt32()));
        Assert.Contains("\"input\": \"十三届全国人大二次会议\"", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Session_says_unknown_and_why()
    {
        using var output = new MemoryStream();
        SessionCommand.Write(output, "党的十九大和十九届四中全会");
        using JsonDocument json = JsonDocument.Parse(output.ToArray());
        Assert.Equal("unknown", json.RootElement.GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("year").ValueKind);
        Assert.Equal("the text names several different sessions", json.RootElement.GetProperty("reason").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("mentions").GetArrayLength());
    }

    [Fact]
    public void Corpus_inspect_lists_the_seed_articles_and_a_summary_line()
    {
        using var output = new StringWriter();
        int exit = CorpusCommand.Inspect(Path.Combine(SharedData.RepositoryRoot, "samples"), CorpusOptions.Default, output);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.StartsWith("id ", lines[0], StringComparison.Ordinal);
        Assert.Contains("municipal/15/7", lines[1], StringComparison.Ordinal);
        Assert.Contains("郑建新", lines[1], StringComparison.Ordinal);
        Assert.Equal(11, lines.Count(l => l.StartsWith("hengyang", StringComparison.Ordinal) || l.StartsWith("id ", StringComparison.Ordinal)));
        Assert.Equal("10 documents from 1 sources read, 0 skipped", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("warning: ", StringComparison.Ordinal) && l.Contains("repeats an earlier one", StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_inspect_prints_full_titles_when_its_output_is_not_a_terminal()
    {
        using var output = new StringWriter();
        CorpusCommand.Inspect(Path.Combine(SharedData.RepositoryRoot, "samples"), CorpusOptions.Default, output, fullTitles: true);

        Assert.Contains("郑建新看望慰问我市“两会”安保工作一线执勤的公安民警，强调—— 为保障衡阳社会和谐稳定做出更大贡献 邓群策参加看望", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_inspect_writes_csv_with_every_metadata_field()
    {
        using var output = new StringWriter();
        int exit = CorpusCommand.Inspect(SharedData.Require("corpus/provincial/henan_2026.txt"), CorpusOptions.Default, output, CorpusCommand.InspectFormat.Csv);
        string[] lines = output.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, exit);
        Assert.Equal("id,title,date,year,session,level,region,speaker,genre,chars,encoding,repairs,warnings,sections", lines[0]);
        Assert.StartsWith("henan_2026,2026年河南省政府工作报告,2026-01-26,2026,provincial/14/4,provincial,河南省,王凯,workreport,", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Corpus_inspect_writes_one_json_object_a_line()
    {
        using var output = new StringWriter();
        CorpusCommand.Inspect(Path.Combine(SharedData.RepositoryRoot, "samples"), CorpusOptions.Default, output, CorpusCommand.InspectFormat.Jsonl);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(10, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.Equal("郑建新", first.RootElement.GetProperty("speaker").GetString());
        Assert.Equal("municipal/15/7", first.RootElement.GetProperty("session").GetString());
        Assert.Equal("2020-01-10", first.RootElement.GetProperty("date").GetString());
    }
}
