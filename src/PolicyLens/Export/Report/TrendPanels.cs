using System.Globalization;
using System.Text;
using PolicyLens.Analysis;

namespace PolicyLens.Export.Report;

/// <summary>
/// Small multiples of rising and falling formulas: one small chart per item of its rate per 10,000 characters in each
/// group over time (0 where it is not mentioned), every panel on the same time span and each on its own y scale (its top is
/// labelled), so the shapes compare and the levels are read off.
/// </summary>
/// <remarks>
/// Indicators named in target statements (kind <c>target</c>) are not formulas and are left out. Rising: trend status <c>rising</c>, the most monotonic first (Mann-Kendall tau, then slope): a rank measure, so that
/// one small group's high rate does not put an item first. Falling: status <c>falling</c> or <c>gone</c> with a negative
/// slope, mentioned in at least three groups (a formula of one report is "gone" the next year without having fallen).
/// Small groups (<see cref="ReportData.IsSmall"/>) are drawn as hollow dots and left out of the panel's scale; a rate
/// above the scale is drawn at the top.
/// </remarks>
internal static class TrendPanels
{
    private const double Width = 240, Height = 120, Left = 8, Right = 8, Top = 34, Bottom = 20;

    /// <summary>The items of the rising panels.</summary>
    public static IReadOnlyList<ReportData.Trend> Rising(ReportData data, int count) =>
        [.. data.Trends.Values.Where(t => t.Item.Kind != "target" && t.Status == "rising" && t.Slope > 0).OrderByDescending(t => t.Tau).ThenByDescending(t => t.Slope).ThenBy(t => t.Item).Take(count)];

    /// <summary>The items of the falling panels.</summary>
    public static IReadOnlyList<ReportData.Trend> Falling(ReportData data, int count) =>
        [.. data.Trends.Values.Where(t => t.Item.Kind != "target" && t.Status is "falling" or "gone" && t.Slope < 0 && t.Groups >= 3).OrderBy(t => t.Tau).ThenBy(t => t.Slope).ThenBy(t => t.Item).Take(count)];

    /// <summary>A grid of panels, one per item, in a <c>div</c> with id <paramref name="id"/>.</summary>
    public static string Render(ReportData data, IReadOnlyList<ReportData.Trend> items, string id, string cssClass)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"panels\" id=\"").Append(id).Append("\">");
        foreach (ReportData.Trend trend in items)
        {
            html.Append(Panel(data, trend, cssClass));
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>One item's panel; <paramref name="cssClass"/> (<c>rising</c> or <c>falling</c>) colours it.</summary>
    public static string Panel(ReportData data, ReportData.Trend trend, string cssClass)
    {
        IReadOnlyList<GroupKey> groups = data.Groups;
        var axis = new TimeAxis(groups[0].Time!.Value, groups[^1].Time!.Value, Left, Width - Right);
        double[] rates = [.. groups.Select(g => data.Rate(trend.Item, g))];
        double peak = Math.Max(Enumerable.Range(0, groups.Count).Where(i => !data.IsSmall(groups[i])).Select(i => rates[i]).DefaultIfEmpty(rates.Max()).Max(), 1e-9);
        double bottom = Height - Bottom;
        double Y(double rate) => bottom - (Math.Min(rate, peak) / peak * (bottom - Top));

        string slope = trend.Slope.ToString("+0.000;-0.000", CultureInfo.InvariantCulture);
        var svg = new SvgCanvas(Width, Height, null, "trend-panel " + cssClass, $"{trend.Item.Canonical}: rate per 10,000 characters over time, slope {slope} per year");
        svg.Text(Left, 14, Html.Fit(trend.Item.Canonical, Width - Left - Right, 13), "panel-title", tooltip: $"{trend.Item.Canonical} ({trend.Item.Kind})");
        string tau = trend.Tau.ToString("+0.00;-0.00", CultureInfo.InvariantCulture);
        svg.Text(Left, 28, $"{Labels.Kind(trend.Item.Kind)} · τ {tau} · 斜率 {slope}/年 · 最高 {Html.Readable(peak)}/万字", "panel-note");

        // The line skips small groups: their rates are drawn as hollow dots, not joined to the others.
        var line = new List<(double X, double Y)>(groups.Count);
        for (int i = 0; i < groups.Count; i++)
        {
            if (!data.IsSmall(groups[i]))
            {
                line.Add((axis.X(groups[i].Time!.Value), Y(rates[i])));
            }
        }

        svg.Line(Left, Top, Width - Right, Top, "grid");
        if (line.Count > 0)
        {
            svg.Path([(line[0].X, bottom), .. line, (line[^1].X, bottom)], "area " + cssClass, closed: true);
            svg.Path(line, "series " + cssClass);
        }

        for (int i = 0; i < groups.Count; i++)
        {
            if (rates[i] > 0)
            {
                bool small = data.IsSmall(groups[i]);
                string note = small ? $" (small group: {data.CharactersIn(groups[i])} characters)" : "";
                svg.Circle(axis.X(groups[i].Time!.Value), Y(rates[i]), small ? 2.2 : 1.6, (small ? "hollow " : "dot ") + cssClass, $"{groups[i].Label}: {Html.Readable(rates[i])} /万字{note}");
            }
        }

        svg.Line(Left, bottom, Width - Right, bottom, "axis");
        svg.Text(Left, Height - 5, Html.Year(axis.First), "tick");
        svg.Text(Width - Right, Height - 5, Html.Year(axis.Last), "tick", "end");
        return svg.ToString();
    }
}
