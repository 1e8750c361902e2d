using MathNet.Numerics.LinearRegression;
using MathNet.Numerics.Distributions;

namespace PolicyLens.Analysis;

/// <summary>
/// A least-squares line through (time, rate) points, with the two-sided p-value of its slope
/// (t-test, n − 2 degrees of freedom): the slope a trend table reports.
/// </summary>
/// <param name="Slope">Change of the rate per unit of time (per year when x is the year).</param>
/// <param name="Intercept">The line's value at x = 0.</param>
/// <param name="PValue">Two-sided p-value of the slope; NaN with fewer than three points or no spread in x.</param>
/// <param name="Count">Number of points.</param>
public sealed record LinearTrend(double Slope, double Intercept, double PValue, int Count)
{
    /// <summary>Fits the line by ordinary least squares (MathNet.Numerics).</summary>
    public static LinearTrend Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException("x and y must have the same length.", nameof(y));
        }

        return Axis.Of(x).Fit(y is double[] values ? values : [.. y]);
    }

    /// <summary>
    /// The x values of a fit with their mean and spread, computed once for the many series fitted along the same axis
    /// (every item's rates over the same years, <see cref="CorpusStatistics.Trends"/>); each fit is what
    /// <see cref="LinearTrend.Fit(IReadOnlyList{double}, IReadOnlyList{double})"/> computes, to the bit.
    /// </summary>
    internal sealed class Axis
    {
        private readonly double[] _x;
        private readonly double _sxx;

        private Axis(double[] x, double sxx) => (_x, _sxx) = (x, sxx);

        /// <summary>The axis of <paramref name="x"/> (copied).</summary>
        internal static Axis Of(IReadOnlyList<double> x)
        {
            double meanX = x.Average();
            return new Axis([.. x], x.Sum(v => (v - meanX) * (v - meanX)));
        }

        /// <summary>Fits the line through <paramref name="y"/>, one value per x (not written to).</summary>
        internal LinearTrend Fit(double[] y)
        {
            double[] x = _x;
            int n = x.Length;
            if (n < 2 || _sxx == 0)
            {
                return new LinearTrend(double.NaN, double.NaN, double.NaN, n);
            }

            (double intercept, double slope) = SimpleRegression.Fit(x, y);
            if (n < 3)
            {
                return new LinearTrend(slope, intercept, double.NaN, n);
            }

            double residuals = 0;
            for (int i = 0; i < n; i++)
            {
                double r = y[i] - (intercept + (slope * x[i]));
                residuals += r * r;
            }

            double standardError = Math.Sqrt(residuals / (n - 2) / _sxx);
            double p = standardError == 0 ? (slope == 0 ? 1.0 : 0.0) : 2 * (1 - StudentT.CDF(0, 1, n - 2, Math.Abs(slope / standardError)));
            return new LinearTrend(slope, intercept, p, n);
        }
    }
}
