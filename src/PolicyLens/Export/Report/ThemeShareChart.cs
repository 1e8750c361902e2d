using System.Globalization;
using System.Text;
using PolicyLens.Analysis;

namespace PolicyLens.Export.Report;

/// <summary>
/// Theme shares as a stacked area over time (each group's classified characters split by theme, stacked to 100%), with
/// a legend, and the attention entropy line beneath it: high when attention is spread over many themes, low when a few
/// take most of it.
/// </summary>
internal static class ThemeShareChart
{
    // Twenty colours that stay apart side by side (Tableau 20, dark and light in pairs).
    private static readonly string[] Palette =
    [
        "#4e79a7", "#a0cbe8", "#f28e2b", "#ffbe7d", "#59a14f", "#8cd17d", "#b6992d", "#f1ce63", "#499894", "#86bcb6",
        "#e15759", "#ff9d9a", "#79706e", "#bab0ac", "#d37295", "#fabfd2", "#b07aa1", "#d4a6c8", "#9d7660", "#d7b5a6",
    ];

    private const double Width = 1160, Left = 48, Right = 16, Top = 12, Bottom = 28;

    /// <summary>The stacked area and its legend; a note when there are no theme shares.</summary>
    public static string RenderShares(ReportData data)
    {
        List<GroupKey> groups = [.. data.Groups.Where(g => data.ThemeShares.Any(s => s.Group.Label == g.Label))];
        if (groups.Count < 2)
        {
            return "<p class=\"note\">No theme shares over time (the analysis ran without the theme classifier, or has a single group).</p>";
        }

        // Largest themes at the bottom, where their bands are easiest to read.
        var share = data.ThemeShares.ToDictionary(s => (s.Group.Label, s.Theme), s => s.Share);
        string[] themes = [.. data.ThemeShares.GroupBy(s => s.Theme).OrderByDescending(g => g.Sum(s => s.Share)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];

        const double height = 360;
        var axis = new TimeAxis(data.Groups[0].Time!.Value, data.Groups[^1].Time!.Value, Left, Width - Right);
        var scale = new ValueScale(0, 1, height - Bottom, Top, 5);
        var svg = new SvgCanvas(Width, height, "theme-shares", "stacked-area", "Theme shares per group, stacked to 100%, over time");
        double[] below = new double[groups.Count];
        for (int t = 0; t < themes.Length; t++)
        {
            var upper = new List<(double X, double Y)>(groups.Count);
            var lower = new List<(double X, double Y)>(groups.Count);
            for (int g = 0; g < groups.Count; g++)
            {
                double x = axis.X(groups[g].Time!.Value);
                lower.Add((x, scale.Y(below[g])));
                below[g] += share.GetValueOrDefault((groups[g].Label, themes[t]));
                upper.Add((x, scale.Y(below[g])));
            }

            lower.Reverse();
            double mean = groups.Average(g => share.GetValueOrDefault((g.Label, themes[t])));
            svg.Path([.. upper, .. lower], "theme-area", closed: true, fill: Colour(t), tooltip: string.Create(CultureInfo.InvariantCulture, $"{Labels.Theme(themes[t])} ({themes[t]}): mean share {mean * 100:0.0}%"));
        }

        foreach (double v in scale.Ticks())
        {
            svg.Text(Left - 6, scale.Y(v) + 4, $"{v * 100:0}%", "tick", "end");
        }

        axis.Draw(svg, height - Bottom, height - Bottom, 16);
        Rug(svg, axis, groups);
        var html = new StringBuilder(svg.ToString()).Append("<ul class=\"legend\">");
        for (int t = 0; t < themes.Length; t++)
        {
            html.Append("<li><span class=\"swatch\" style=\"background:").Append(Colour(t)).Append("\"></span>").Append(Html.Escape(Labels.Theme(themes[t]))).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    /// <summary>The normalised attention entropy per group, 0 to 1; a note when there is none.</summary>
    public static string RenderEntropy(ReportData data)
    {
        var points = data.Entropy.Where(e => e.Group.Time is not null).OrderBy(e => e.Group).ToList();
        if (points.Count < 2)
        {
            return "<p class=\"note\">No attention entropy over time.</p>";
        }

        const double height = 200;
        var axis = new TimeAxis(data.Groups[0].Time!.Value, data.Groups[^1].Time!.Value, Left, Width - Right);
        double low = Math.Min(0.5, points.Min(p => p.Normalized));
        var scale = new ValueScale(Math.Floor(low * 10) / 10, 1, height - Bottom, Top, 5);
        var svg = new SvgCanvas(Width, height, "attention-entropy", "line-chart", "Normalised attention entropy across themes, per group, over time");
        scale.Draw(svg, Left, Width - Right);
        axis.Draw(svg, height - Bottom, Top, 16);
        Rug(svg, axis, points.Select(p => p.Group));
        svg.Path([.. points.Where(p => !data.IsSmall(p.Group)).Select(p => (axis.X(p.Group.Time!.Value), scale.Y(p.Normalized)))], "series entropy");
        foreach (var p in points)
        {
            bool small = data.IsSmall(p.Group);
            svg.Circle(axis.X(p.Group.Time!.Value), scale.Y(p.Normalized), small ? 3 : 2.5, small ? "hollow entropy" : "dot entropy",
                string.Create(CultureInfo.InvariantCulture, $"{p.Group.Label}: {p.Normalized:0.000} (H = {p.Entropy:0.000} nats)") + (small ? $" (small group: {data.CharactersIn(p.Group)} characters)" : ""));
        }

        return svg.ToString();
    }

    // A tick above the plot for each group: lines and areas run straight across years without a report, and the ticks
    // show where the data are.
    private static void Rug(SvgCanvas svg, TimeAxis axis, IEnumerable<GroupKey> groups)
    {
        foreach (GroupKey g in groups)
        {
            svg.Line(axis.X(g.Time!.Value), Top - 6, axis.X(g.Time!.Value), Top - 2, "rug");
        }
    }

    private static string Colour(int index) => Palette[index % Palette.Length];
}
