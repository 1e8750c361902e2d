namespace PolicyLens.Export.Report;

/// <summary>
/// A linear y scale with round ticks: from a lower to an upper value (rounded outwards to a tick), onto pixels from
/// bottom to top.
/// </summary>
internal sealed class ValueScale
{
    private readonly double _bottom;
    private readonly double _top;

    /// <summary>A scale covering <paramref name="min"/> to <paramref name="max"/> with about <paramref name="ticks"/> ticks.</summary>
    public ValueScale(double min, double max, double bottom, double top, int ticks = 5)
    {
        if (!(max > min))
        {
            max = min + (min == 0 ? 1 : Math.Abs(min) * 0.1);
        }

        Step = NiceStep((max - min) / ticks);
        Min = Math.Floor(min / Step) * Step;
        Max = Math.Ceiling(max / Step) * Step;
        _bottom = bottom;
        _top = top;
    }

    /// <summary>The lowest value shown.</summary>
    public double Min { get; }

    /// <summary>The highest value shown.</summary>
    public double Max { get; }

    /// <summary>The distance between ticks.</summary>
    public double Step { get; }

    /// <summary>The pixel position of <paramref name="value"/>.</summary>
    public double Y(double value) => _bottom - ((value - Min) / (Max - Min) * (_bottom - _top));

    /// <summary>The tick values, from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IEnumerable<double> Ticks()
    {
        for (int i = 0; Min + (i * Step) <= Max + (Step * 1e-6); i++)
        {
            yield return Math.Round(Min + (i * Step), 10);
        }
    }

    /// <summary>Draws horizontal grid lines from <paramref name="left"/> to <paramref name="right"/>, labelled at the left with <paramref name="unit"/>.</summary>
    public void Draw(SvgCanvas svg, double left, double right, string unit = "")
    {
        foreach (double v in Ticks())
        {
            double y = Y(v);
            svg.Line(left, y, right, y, "grid");
            svg.Text(left - 6, y + 4, Html.Readable(v) + unit, "tick", "end");
        }
    }

    // 1, 2, 2.5 or 5 times a power of ten: ticks people can read.
    private static double NiceStep(double rough)
    {
        if (!(rough > 0) || double.IsInfinity(rough))
        {
            return 1;
        }

        double power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double fraction = rough / power;
        return power * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10);
    }
}
