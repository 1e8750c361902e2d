using System.Text;

namespace PolicyLens.Export.Report;

/// <summary>
/// The charts of the HTML report one at a time, as HTML fragments to show in a notebook or put in another page: inline
/// SVG whose labels are SVG text in a CJK font stack, so the browser renders the Chinese itself, with the charts' style
/// sheet inside the fragment and scoped to it.
/// </summary>
/// <remarks>
/// Each method reads the tables of <c>policylens analyze</c> (or <c>AnalyzeJob</c>) from the analysis folder, as
/// <see cref="HtmlReport"/> does. A fragment is a <c>div</c> of class <see cref="CssClass"/> holding a <c>style</c> element
/// and the chart; the sheet styles nothing outside such a <c>div</c>. Where the groups have no time (grouped by level or
/// region), a fragment holds a note instead of a chart.
/// </remarks>
/// <example>
/// In a Polyglot notebook:
/// <code>
/// AnalyzeJob.Run("corpus/gwr", new AnalyzeOptions { OutputDirectory = "out" });
/// display(HTML(ReportCharts.ThemeShares("out")));
/// display(HTML(ReportCharts.Trends("out", ["科学发展观", "高质量发展"])));
/// </code>
/// </example>
public static class ReportCharts
{
    /// <summary>The class of the element that the charts' style sheet applies within (each fragment's <c>div</c>, the report's body).</summary>
    public const string CssClass = "policylens-charts";

    /// <summary>
    /// One small chart per named item (its canonical form, e.g. <c>高质量发展</c>) of its rate per 10,000 characters in each
    /// group over time, in the order given, each on its own scale; red when its trend slope is upward, blue when downward.
    /// Items the analysis never mentions are listed in a note.
    /// </summary>
    /// <exception cref="FileNotFoundException">A table the charts need is missing from the folder (the message lists them).</exception>
    public static string Trends(string analysisDirectory, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        ReportData data = Load(analysisDirectory);
        if (!data.HasTimeAxis)
        {
            return Fragment(HtmlReport.NoTime);
        }

        var html = new StringBuilder("<div class=\"panels\">");
        var missing = new List<string>();
        foreach (string name in items)
        {
            // Indicators of target statements share canonical names with nothing a reader means by "formula"; skip them.
            ReportData.Trend? trend = data.Trends.Values.Where(t => t.Item.Canonical == name && t.Item.Kind != "target")
                .OrderByDescending(t => data.TotalCount(t.Item)).FirstOrDefault();
            if (trend is null)
            {
                missing.Add(name);
                continue;
            }

            html.Append(TrendPanels.Panel(data, trend, trend.Slope < 0 ? "falling" : "rising"));
        }

        html.Append("</div>");
        if (missing.Count > 0)
        {
            html.Append("<p class=\"note\">Not mentioned in the analysis: ").Append(Html.Escape(string.Join("、", missing))).Append("</p>");
        }

        return Fragment(html.ToString());
    }

    /// <summary>
    /// The target series: GDP growth and the other headline indicators with annual targets in at least three years, each
    /// year's target as first stated in its report (a band for a range, ▲ at least, ▼ at most, ● a point target) and
    /// five-year plans' annual targets as dashed lines. Hovering a mark shows its sentence.
    /// </summary>
    /// <exception cref="FileNotFoundException">A table the charts need is missing from the folder (the message lists them).</exception>
    public static string TargetSeries(string analysisDirectory)
    {
        ReportData data = Load(analysisDirectory);
        return Fragment(data.HasTimeAxis ? TargetSeriesChart.Render(data) : HtmlReport.NoTime);
    }

    /// <summary>Each group's theme shares stacked to 100% over time, with a legend of the themes' Chinese names.</summary>
    /// <exception cref="FileNotFoundException">A table the charts need is missing from the folder (the message lists them).</exception>
    public static string ThemeShares(string analysisDirectory)
    {
        ReportData data = Load(analysisDirectory);
        return Fragment(data.HasTimeAxis ? ThemeShareChart.RenderShares(data) : HtmlReport.NoTime);
    }

    /// <summary>
    /// The normalised attention entropy per group over time: 1 when attention is spread evenly over the themes, 0 when one
    /// theme takes all. Small groups are drawn as hollow dots off the line.
    /// </summary>
    /// <exception cref="FileNotFoundException">A table the charts need is missing from the folder (the message lists them).</exception>
    public static string Entropy(string analysisDirectory)
    {
        ReportData data = Load(analysisDirectory);
        return Fragment(data.HasTimeAxis ? ThemeShareChart.RenderEntropy(data) : HtmlReport.NoTime);
    }

    private static ReportData Load(string analysisDirectory)
    {
        ArgumentNullException.ThrowIfNull(analysisDirectory);
        if (!Directory.Exists(analysisDirectory))
        {
            throw new DirectoryNotFoundException($"{analysisDirectory}: no such folder; name the output folder of 'policylens analyze'.");
        }

        return ReportData.Load(analysisDirectory);
    }

    // The sheet travels with every fragment: a notebook output is shown on its own, and the charts' shapes take their
    // colours from it (without it an area would be filled black).
    private static string Fragment(string content) =>
        $"<div class=\"{CssClass}\"><style>{HtmlReport.Resource("charts.css")}</style>{content}</div>";
}
