// The year or period a figure applies to.
using System.Globalization;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// The year or period a figure applies to: <c>今年</c> in the 2019 report is 2019, <c>“十三五”期间</c> is 2016–2020, and
/// <c>年均</c> marks an annual average over the period (a five-year average is a target for the period, not for one year).
/// </summary>
/// <param name="StartYear">The first year.</param>
/// <param name="EndYear">The last year (equal to <paramref name="StartYear"/> for one year).</param>
/// <param name="IsAnnualAverage">True when the figure is a yearly average over the period (<c>年均</c>, <c>平均每年</c>).</param>
public readonly record struct Horizon(int StartYear, int EndYear, bool IsAnnualAverage = false)
{
    /// <summary>One calendar year.</summary>
    public static Horizon Year(int year) => new(year, year);

    /// <summary>True for a single year with no averaging.</summary>
    public bool IsSingleYear => StartYear == EndYear && !IsAnnualAverage;

    /// <summary><c>2019</c>, <c>2016-2020</c>, or <c>2016-2020/annual</c> for an annual average; the form used in CSV and JSONL.</summary>
    public override string ToString()
    {
        string years = StartYear == EndYear
            ? StartYear.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{EndYear}");
        return IsAnnualAverage ? years + "/annual" : years;
    }

    /// <summary>Reads the form written by <see cref="ToString"/>.</summary>
    public static Horizon Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool annual = text.EndsWith("/annual", StringComparison.Ordinal);
        string years = annual ? text[..^"/annual".Length] : text;
        int dash = years.IndexOf('-', StringComparison.Ordinal);
        int start = int.Parse(dash < 0 ? years : years[..dash], CultureInfo.InvariantCulture);
        int end = dash < 0 ? start : int.Parse(years[(dash + 1)..], CultureInfo.InvariantCulture);
        return new Horizon(start, end, annual);
    }
}
