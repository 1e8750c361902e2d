using MathNet.Numerics.Distributions;

namespace PolicyLens.Analysis;

/// <summary>
/// The Mann–Kendall test for a monotonic trend in a series taken in time order: non-parametric, so a single
/// outlying year cannot make a trend. Variance corrected for ties; normal approximation with continuity
/// correction, two-sided (Hipel and McLeod 1994; the definitions of pymannkendall's <c>original_test</c>).
/// </summary>
/// <param name="S">Sum of the signs of all later-minus-earlier differences.</param>
/// <param name="Tau">Kendall's tau: S divided by n(n − 1)/2.</param>
/// <param name="Z">The normal score.</param>
/// <param name="PValue">Two-sided p-value; NaN with fewer than three points.</param>
public sealed record MannKendallTest(double S, double Tau, double Z, double PValue)
{
    /// <summary>Runs the test on <paramref name="series"/>, in time order.</summary>
    public static MannKendallTest Run(IReadOnlyList<double> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        int n = series.Count;
        if (n < 3)
        {
            return new MannKendallTest(0, double.NaN, double.NaN, double.NaN);
        }

        double s = 0;
        for (int i = 0; i < n - 1; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                s += Math.Sign(series[j] - series[i]);
            }
        }

        double variance = n * (n - 1.0) * ((2.0 * n) + 5) / 18;
        foreach (int t in series.GroupBy(v => v).Select(g => g.Count()).Where(t => t > 1))
        {
            variance -= t * (t - 1.0) * ((2.0 * t) + 5) / 18;
        }

        double z = s > 0 ? (s - 1) / Math.Sqrt(variance) : s < 0 ? (s + 1) / Math.Sqrt(variance) : 0;
        double p = variance > 0 ? 2 * (1 - Normal.CDF(0, 1, Math.Abs(z))) : 1.0;
        return new MannKendallTest(s, s / (0.5 * n * (n - 1)), z, p);
    }
}
