using PolicyLens.Analysis;

namespace PolicyLens.Export.Report;

/// <summary>
/// First appearances on a timeline: each formula at the time of the first group that mentions it, labels stacked in
/// lanes above the axis so that none overlaps another.
/// </summary>
/// <remarks>
/// Which items: those first seen after the first group (what the first report says is not new, it is where the corpus
/// begins), mentioned at least <see cref="MinimumMentions"/> times in all, and of each group the
/// <see cref="PerGroup"/> most mentioned, so that a decade full of new formulas does not crowd out the others.
/// </remarks>
internal static class FirstAppearanceTimeline
{
    /// <summary>Items shown per group at most.</summary>
    public const int PerGroup = 2;

    /// <summary>Mentions an item needs, over the corpus, to be shown.</summary>
    public const int MinimumMentions = 3;

    private const double Width = 1160, Left = 20, Right = 20, LaneHeight = 19, FontSize = 12, Top = 12, AxisSpace = 28;
    private const int MaxLanes = 24;

    /// <summary>The chart, or a note when nothing qualifies.</summary>
    public static string Render(ReportData data)
    {
        GroupKey first = data.Groups[0];
        var chosen = data.Trends.Values
            .Where(t => t.Item.Kind != "target" && t.FirstGroup != first.Label && data.Group(t.FirstGroup)?.Time is not null)
            .Select(t => (Trend: t, Time: data.Group(t.FirstGroup)!.Time!.Value, Mentions: data.TotalCount(t.Item)))
            .Where(x => x.Mentions >= MinimumMentions)
            .GroupBy(x => x.Trend.FirstGroup)
            .SelectMany(g => g.OrderByDescending(x => x.Mentions).ThenBy(x => x.Trend.Item).Take(PerGroup))
            .OrderBy(x => x.Time).ThenByDescending(x => x.Mentions).ThenBy(x => x.Trend.Item)
            .ToList();
        if (chosen.Count == 0)
        {
            return "<p class=\"note\">No formula first appears after the first group with enough mentions to show.</p>";
        }

        var axis = new TimeAxis(first.Time!.Value, data.Groups[^1].Time!.Value, Left, Width - Right);
        var laneEnds = new List<double>();
        var placed = new List<(ReportData.Trend Trend, double X, bool Leftward, int Lane, string Label, long Mentions)>();
        foreach ((ReportData.Trend trend, double time, long mentions) in chosen)
        {
            double x = axis.X(time);
            string label = Html.Fit(trend.Item.Canonical, 150, FontSize);
            double end = x + 6 + Html.TextWidth(label, FontSize) + 6;

            // A label that would run past the right edge is drawn to the left of its dot instead.
            bool leftward = end > Width;
            double from = leftward ? x - 6 - Html.TextWidth(label, FontSize) - 6 : x - 4;
            double to = leftward ? x + 4 : end;
            int lane = laneEnds.FindIndex(e => e < from);
            if (lane < 0)
            {
                if (laneEnds.Count == MaxLanes)
                {
                    continue;
                }

                lane = laneEnds.Count;
                laneEnds.Add(0);
            }

            laneEnds[lane] = to;
            placed.Add((trend, x, leftward, lane, label, mentions));
        }

        double axisY = Top + (laneEnds.Count * LaneHeight) + 8;
        var svg = new SvgCanvas(Width, axisY + AxisSpace, "first-appearances", "timeline", "First appearances of formulas on a timeline");
        axis.Draw(svg, axisY, Top, 16);
        foreach ((ReportData.Trend trend, double x, bool leftward, int lane, string label, long mentions) in placed)
        {
            double y = axisY - 8 - (lane * LaneHeight);
            string tooltip = $"{trend.Item.Canonical} ({Labels.Kind(trend.Item.Kind)}): first {trend.FirstGroup}, last {trend.LastGroup}, {mentions} mentions, {trend.Status}";
            svg.Line(x, axisY, x, y, "leader");
            svg.Circle(x, y, 3, "dot first-seen", tooltip);
            svg.Text(leftward ? x - 6 : x + 6, y + 4, label, "label", leftward ? "end" : "start", tooltip);
        }

        return svg.ToString();
    }
}
