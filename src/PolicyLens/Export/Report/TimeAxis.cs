namespace PolicyLens.Export.Report;

/// <summary>
/// Maps a group's time (in years) to x between two pixel bounds, and chooses round years for the ticks. Every time
/// chart of a report uses the same span, the corpus's, so charts read against each other.
/// </summary>
internal sealed class TimeAxis(double first, double last, double left, double right)
{
    /// <summary>The earliest time.</summary>
    public double First { get; } = first;

    /// <summary>The latest time.</summary>
    public double Last { get; } = last;

    /// <summary>The pixel position of <paramref name="time"/>.</summary>
    public double X(double time) => Last > First ? left + ((time - First) / (Last - First) * (right - left)) : (left + right) / 2;

    /// <summary>Pixels per year.</summary>
    public double PixelsPerYear => Last > First ? (right - left) / (Last - First) : right - left;

    /// <summary>Round years to label, at most about <paramref name="most"/> of them.</summary>
    public IEnumerable<double> Ticks(int most = 10)
    {
        double span = Math.Max(1, Last - First);
        double step = new[] { 1.0, 2, 5, 10, 20, 25, 50, 100 }.FirstOrDefault(s => span / s <= most, 0);
        if (step == 0)
        {
            // A span of centuries or more (a bad year in the data): a power of ten keeps the ticks at about `most`.
            step = Math.Pow(10, Math.Ceiling(Math.Log10(span / Math.Max(1, most))));
        }

        for (double t = Math.Ceiling(First / step) * step; t <= Last + 1e-9; t += step)
        {
            yield return t;
        }
    }

    /// <summary>Draws the axis line along <paramref name="y"/> with tick labels below it, and faint grid lines up to <paramref name="top"/>.</summary>
    public void Draw(SvgCanvas svg, double y, double top, int most = 10)
    {
        foreach (double t in Ticks(most))
        {
            double x = X(t);
            svg.Line(x, top, x, y, "grid");
            svg.Line(x, y, x, y + 4, "axis");
            svg.Text(x, y + 16, Html.Year(t), "tick", "middle");
        }

        svg.Line(left, y, right, y, "axis");
    }
}
