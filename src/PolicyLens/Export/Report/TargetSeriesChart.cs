using System.Text;
using System.Text.RegularExpressions;
using PolicyLens.Extraction.Targets;

namespace PolicyLens.Export.Report;

/// <summary>
/// The target series: for GDP growth and the other headline indicators stated often enough, the annual target of each
/// year's report (a range drawn as a band, "at least" and "at most" as up and down triangles, a point target as a dot)
/// and the five-year plans' annual targets as dashed lines across their period.
/// </summary>
/// <remarks>
/// A year's annual target is the first target statement of the indicator in that year's documents whose horizon is the
/// year itself, in the indicator's usual unit; later restatements in the same report are left out.
/// </remarks>
internal static partial class TargetSeriesChart
{
    /// <summary>Years with a target an indicator needs to get a chart.</summary>
    public const int MinimumYears = 3;

    /// <summary>Charts drawn at most.</summary>
    public const int MaximumCharts = 7;

    private const string Lead = "gdp_growth";

    /// <summary>One chart per indicator, GDP growth first and large; a note when there is none.</summary>
    public static string Render(ReportData data)
    {
        var series = data.Targets
            .Where(t => t.Indicator != Indicator.OtherCode)
            .GroupBy(t => t.Indicator)
            .Select(g => Series.Of(g.Key, [.. g]))
            .Where(s => s.Annual.Count >= MinimumYears)
            .OrderByDescending(s => s.Indicator == Lead).ThenByDescending(s => s.Annual.Count).ThenBy(s => s.Indicator, StringComparer.Ordinal)
            .Take(MaximumCharts)
            .ToList();
        if (series.Count == 0)
        {
            return "<p class=\"note\">No indicator has annual targets in at least three years.</p>";
        }

        // All target charts share one span, the years with targets (with a year's margin), not the corpus's: targets are
        // stated in recent decades only, and a 1954 start would squeeze them into a corner.
        int first = series.Min(s => Math.Min(s.Annual.Keys[0], s.Plans.Count > 0 ? s.Plans.Min(p => p.First) : int.MaxValue));
        int last = series.Max(s => s.Annual.Keys[^1]);
        var span = (First: Math.Max(first, data.Groups[0].Time!.Value) - 1, Last: last + 1.0);
        var html = new StringBuilder("<div class=\"targets\">");
        for (int i = 0; i < series.Count; i++)
        {
            bool large = i == 0;
            html.Append("<figure class=\"").Append(large ? "target-large" : "target-small").Append("\">")
                .Append(Chart(series[i], span, large ? 1160 : 570, large ? 300 : 220))
                .Append("<figcaption>").Append(Html.Escape(Labels.Indicator(series[i].Indicator))).Append(" (").Append(Html.Escape(series[i].Indicator))
                .Append(", ").Append(Html.Escape(series[i].Unit)).Append("): ").Append(series[i].Annual.Count).Append(" 个年度目标</figcaption></figure>");
        }

        return html.Append("</div>").ToString();
    }

    private static string Chart(Series s, (double First, double Last) span, double width, double height)
    {
        const double left = 56, right = 16, top = 14, bottom = 28;
        var axis = new TimeAxis(span.First, span.Last, left, width - right);
        IEnumerable<double> values = s.Annual.Values.SelectMany(t => new[] { t.Value, t.ValueMax ?? t.Value }).Concat(s.Plans.Select(p => p.Target.Value));
        double min = Math.Min(0, values.Min()), max = values.Max();
        var scale = new ValueScale(min, max, height - bottom, top, width > 800 ? 6 : 4);
        string unit = s.Unit == "%" ? "%" : "";
        var svg = new SvgCanvas(width, height, "target-" + s.Indicator, "target-series", $"{Labels.Indicator(s.Indicator)}: annual targets by year");
        scale.Draw(svg, left, width - right, unit);
        axis.Draw(svg, height - bottom, top, width > 800 ? 20 : 8);
        double half = Math.Max(2, axis.PixelsPerYear * 0.4);

        foreach ((int first, int last, ReportData.Target plan) in s.Plans)
        {
            double y = scale.Y(plan.Value);
            double from = axis.X(Math.Max(first, axis.First)), to = axis.X(Math.Min(last, axis.Last));
            svg.Path([(from, y), (to, y)], "plan", tooltip: $"{first}–{last} 年均目标 {Tooltip(plan)}");
        }

        var line = new List<(double X, double Y)>();
        int previous = int.MinValue;
        foreach ((int year, ReportData.Target t) in s.Annual)
        {
            double x = axis.X(year), centre = t.ValueMax is double hi ? (t.Value + hi) / 2 : t.Value;
            if (year - previous > 1 && line.Count > 0)
            {
                svg.Path(line, "target-line");
                line.Clear();
            }

            line.Add((x, scale.Y(centre)));
            previous = year;
        }

        svg.Path(line, "target-line");
        foreach ((int year, ReportData.Target t) in s.Annual)
        {
            double x = axis.X(year), y = scale.Y(t.Value);
            string tooltip = $"{year}: {Tooltip(t)}";
            switch (t.Comparator)
            {
                case "range" when t.ValueMax is double hi:
                    svg.Rect(x - half, scale.Y(hi), 2 * half, y - scale.Y(hi), "band", tooltip);
                    break;
                case "ge" or "gt":
                    svg.Path([(x, y - 5), (x + 5, y + 4), (x - 5, y + 4)], "marker at-least", closed: true, tooltip: tooltip);
                    break;
                case "le" or "lt":
                    svg.Path([(x, y + 5), (x + 5, y - 4), (x - 5, y - 4)], "marker at-most", closed: true, tooltip: tooltip);
                    break;
                default:
                    svg.Circle(x, y, 3.5, "marker point", tooltip);
                    break;
            }
        }

        return svg.ToString();
    }

    private static string Tooltip(ReportData.Target t)
    {
        string value = t.ValueMax is double hi ? $"{Html.Readable(t.Value)}–{Html.Readable(hi)}" : Html.Readable(t.Value);
        string comparator = t.Comparator switch { "approx" => "约 ", "ge" => "≥ ", "gt" => "> ", "le" => "≤ ", "lt" => "< ", _ => "" };
        return $"{comparator}{value}{t.Unit} ({t.Document}): {t.Sentence}";
    }

    [GeneratedRegex(@"^(\d{4})-(\d{4})/annual$")]
    private static partial Regex PlanHorizon();

    /// <summary>One indicator's annual targets by year and five-year-plan targets by period.</summary>
    private sealed record Series(string Indicator, string Unit, SortedList<int, ReportData.Target> Annual, List<(int First, int Last, ReportData.Target Target)> Plans)
    {
        public static Series Of(string indicator, List<ReportData.Target> targets)
        {
            // The usual unit: a CPI target in 元 is a misreading, not a second series.
            string unit = targets.GroupBy(t => t.Unit ?? "").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var annual = new SortedList<int, ReportData.Target>();
            var plans = new List<(int, int, ReportData.Target)>();
            foreach (ReportData.Target t in targets.Where(t => (t.Unit ?? "") == unit))
            {
                if (t.Year is long year && t.Horizon == year.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    annual.TryAdd((int)year, t);
                }
                else if (t.Horizon is not null && PlanHorizon().Match(t.Horizon) is { Success: true } m)
                {
                    int first = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    int last = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (!plans.Any(p => p.Item1 == first && p.Item2 == last))
                    {
                        plans.Add((first, last, t));
                    }
                }
            }

            return new Series(indicator, unit, annual, plans);
        }
    }
}
