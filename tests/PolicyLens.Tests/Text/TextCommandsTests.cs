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
}
