using System.Text.RegularExpressions;
using PolicyLens.Export;
using PolicyLens.Export.Report;

namespace PolicyLens.Tests.Export.Report;

/// <summary>
/// The report of a small made-up analysis whose texts are HTML: every text from the tables stays text, in tables,
/// charts, tooltips and contexts alike; and an analysis without a time axis gets its tables and a note instead of charts.
/// </summary>
public sealed partial class ReportEscapingTests : IDisposable
{
    private const string Evil = "<script>alert(\"x\")</script>&'";
    private const string EvilEscaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;";

    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-report-escape-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_canonical_holding_a_script_tag_stays_text_everywhere()
    {
        WriteAnalysis(withTime: true);
        string html = HtmlReport.Render(_folder);

        Assert.Single(Regex.Matches(html, "<script"));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(\"x\")", html, StringComparison.Ordinal);

        // In the rising panel's title, the timeline, the table, the context panel and the target tooltip.
        Assert.Contains($"<text class=\"panel-title\" x=\"8\" y=\"14\" text-anchor=\"start\"><title>{EvilEscaped} (lexicon)</title>", html, StringComparison.Ordinal);
        Assert.Matches($"<td class=\"item\"><a href=\"#ctx-[0-9]+\">{Regex.Escape(EvilEscaped)}</a></td>", html);
        Assert.Contains($"<mark>{EvilEscaped}</mark>", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"first-appearances\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img onerror=&quot;x&quot;&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a&quot;b&lt;c&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_without_time_get_their_tables_and_a_note_instead_of_charts()
    {
        WriteAnalysis(withTime: false);
        string html = HtmlReport.Render(_folder);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Contains("The groups have no time", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"top-items\"", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(html, "<table class=\"sortable items group-items\"").Count);
    }

    private void WriteAnalysis(bool withTime)
    {
        string[] groups = withTime ? ["2000", "2001", "2002"] : ["national", "provincial", "municipal"];
        double? Time(int i) => withTime ? 2000 + i : null;
        string doc = "a\"b<c>";
        Write(AnalysisTables.Documents, [.. groups.Select((g, i) => new object?[] { (long)i, doc + i, g, "title", null, 2000L + i, "unknown", "national", null, null, "workreport", 10_000L, 2L, "x.txt", "utf-8", 0L, 0L })]);
        Write(AnalysisTables.Mentions, [.. groups.Skip(1).Select((g, i) => new object?[] { doc + (i + 1), g, "lexicon", Evil, Evil, null, 10L, 40L, 0L, 0.9 })]);
        Write(AnalysisTables.Frequencies,
        [
            [groups[0], Time(0), "lexicon", "plain", 3L, 1L, 10_000L, 3.0, 1.0],
            .. groups.Skip(1).Select((g, i) => new object?[] { g, Time(i + 1), "lexicon", Evil, 2L * (i + 1), 1L, 10_000L, 2.0 * (i + 1), 1.0 }),
        ]);
        Write(AnalysisTables.Trends,
        [
            ["lexicon", Evil, groups[1], groups[2], groups[2], 4.0, 2L, 2.0, 0.01, 0.9, 0.01, "rising"],
            ["lexicon", "plain", groups[0], groups[0], groups[0], 3.0, 1L, -1.5, 0.2, -0.5, 0.2, "gone"],
        ]);
        Write(AnalysisTables.Keyness, [[groups[2], "lexicon", Evil, 4L, 2L, 10_000L, 20_000L, 3.5, 0.06, 3.0, 0.08, 1.0]]);
        Write(AnalysisTables.Targets,
        [
            .. groups.Select((g, i) => new object?[] { doc + i, 2000L + i, "gdp_growth", Evil, "range", 7.0, 8.0, null, "%", "target", (2000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), 0L, 20L, 0L, Evil }),
        ]);
        Write(AnalysisTables.Themes, [.. groups.Select((g, i) => new object?[] { g, Time(i), "<img onerror=\"x\">", 100L, 1.0 })]);
        Write(AnalysisTables.Entropy, [.. groups.Select((g, i) => new object?[] { g, Time(i), 0.0, 0.0 })]);
    }

    private void Write<TRow>(Table<TRow> table, IEnumerable<object?[]> rows)
    {
        using TableWriter writer = TableWriter.Create(table.Schema, _folder, ExportFormat.Csv);
        foreach (object?[] row in rows)
        {
            writer.WriteRow(row);
        }

        writer.Complete();
    }
}
