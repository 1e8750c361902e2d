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
        return Run(series is double[] array ? array : [.. series]);
    }

    /// <summary>The test on a span: what <see cref="Run(IReadOnlyList{double})"/> computes, without an interface call per pair.</summary>
    internal static MannKendallTest Run(ReadOnlySpan<double> series)
    {
        int n = series.Length;
        if (n < 3)
        {
            return new MannKendallTest(0, double.NaN, double.NaN, double.NaN);
        }

        double s = 0;
        for (int i = 0; i < n - 1; i++)
        {
            double earlier = series[i];
            int sum = 0;
            for (int j = i + 1; j < n; j++)
            {
                sum += Math.Sign(series[j] - earlier);
            }

            s += sum;
        }

        // Ties corrected group by group in the order each value first occurs (the order of LINQ's GroupBy, which this
        // replaced), so the variance is the same to the last bit; a series is a few dozen years, so pairs are cheap.
        double variance = n * (n - 1.0) * ((2.0 * n) + 5) / 18;
        Span<bool> counted = n <= 256 ? stackalloc bool[n] : new bool[n];
        for (int i = 0; i < n; i++)
        {
            if (counted[i])
            {
                continue;
            }

            int t = 1;
            for (int j = i + 1; j < n; j++)
            {
                if (!counted[j] && series[j].Equals(series[i]))
                {
                    counted[j] = true;
                    t++;
                }
            }

            if (t > 1)
            {
                variance -= t * (t - 1.0) * ((2.0 * t) + 5) / 18;
            }
        }

        double z = s > 0 ? (s - 1) / Math.Sqrt(variance) : s < 0 ? (s + 1) / Math.Sqrt(variance) : 0;
        double p = variance > 0 ? 2 * (1 - Normal.CDF(0, 1, Math.Abs(z))) : 1.0;
        return new MannKendallTest(s, s / (0.5 * n * (n - 1)), z, p);
    }
}
