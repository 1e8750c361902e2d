using MathNet.Numerics.Distributions;

namespace PolicyLens.Analysis;

/// <summary>
/// Keyness statistics for a 2×2 table (item vs. everything else, target vs. reference), defined exactly as
/// quanteda.textstats' <c>textstat_keyness</c> defines them (<c>src/keyness.cpp</c>): the same corrections,
/// the same <c>1e-9</c> offset inside the logarithms, the same sign convention, p-values from χ²(1).
/// </summary>
/// <remarks>
/// With <c>a</c> the item's count in the target, <c>b</c> in the reference, <c>c</c> and <c>d</c> the other units:
/// χ² uses Yates' correction (quanteda's default: ½ when |ad − bc| ≥ N/2 and an expected cell is below 5);
/// G² uses Williams' correction <c>q = 1 + (N/(a+b) + N/(c+d) − 1)(N/(a+c) + N/(b+d) − 1) / 6N</c> (1 when a cell is 0),
/// i.e. <c>textstat_keyness(x, measure = "lr", correction = "williams")</c>.
/// </remarks>
public static class Keyness
{
    private const double Epsilon = 0.000000001;

    /// <summary>All statistics for an item counted <paramref name="a"/> times in a target of <paramref name="targetTotal"/> units and <paramref name="b"/> times in a reference of <paramref name="referenceTotal"/>.</summary>
    public static KeynessScore Score(double a, double b, double targetTotal, double referenceTotal)
    {
        double g2 = LikelihoodRatio(a, b, targetTotal, referenceTotal);
        double chi2 = ChiSquare(a, b, targetTotal, referenceTotal);
        return new KeynessScore(a, b, targetTotal, referenceTotal, g2, PValue(g2), chi2, PValue(chi2), LogRatio(a, b, targetTotal, referenceTotal));
    }

    /// <summary>Signed Pearson χ² with Yates' correction as quanteda applies it (<c>measure = "chi2"</c>, <c>correction = "default"</c>).</summary>
    public static double ChiSquare(double a, double b, double targetTotal, double referenceTotal)
    {
        double c = targetTotal - a, d = referenceTotal - b, n = a + b + c + d, e = (a + b) * (a + c) / n;
        double delta = YatesCorrection(a, b, c, d);
        double numerator = n * Math.Pow(Math.Abs((a * d) - (b * c)) - (n * delta), 2.0);
        double denominator = (a + b) * (c + d) * (a + c) * (b + d) * (a > e ? 1.0 : -1.0);
        return numerator / denominator;
    }

    /// <summary>Signed log-likelihood G² with Williams' correction (<c>measure = "lr"</c>, <c>correction = "williams"</c>).</summary>
    public static double LikelihoodRatio(double a, double b, double targetTotal, double referenceTotal)
    {
        double c = targetTotal - a, d = referenceTotal - b, n = a + b + c + d, e = (a + b) * (a + c) / n;
        double g2 = 2 * (
            (a * Math.Log((a / ((a + b) * (a + c) / n)) + Epsilon)) +
            (b * Math.Log((b / ((a + b) * (b + d) / n)) + Epsilon)) +
            (c * Math.Log((c / ((a + c) * (c + d) / n)) + Epsilon)) +
            (d * Math.Log((d / ((b + d) * (c + d) / n)) + Epsilon)));
        return g2 * (a > e ? 1.0 : -1.0) / WilliamsCorrection(a, b, c, d);
    }

    /// <summary>Hardie's Log Ratio, log₂((a/targetTotal)/(b/referenceTotal)), with a zero count replaced by 0.5.</summary>
    public static double LogRatio(double a, double b, double targetTotal, double referenceTotal)
    {
        double aa = a == 0 ? 0.5 : a, bb = b == 0 ? 0.5 : b;
        return Math.Log2(aa / targetTotal / (bb / referenceTotal));
    }

    /// <summary>quanteda's p-value: <c>1 - pchisq(abs(stat), 1)</c>.</summary>
    public static double PValue(double statistic) => double.IsNaN(statistic) ? double.NaN : 1 - ChiSquared.CDF(1, Math.Abs(statistic));

    private static double YatesCorrection(double a, double b, double c, double d)
    {
        double n = a + b + c + d;
        bool smallExpected = (a + b) * (a + c) / n < 5 || (a + b) * (b + d) / n < 5 || (a + c) * (c + d) / n < 5 || (c + d) * (b + d) / n < 5;
        return Math.Abs((a * d) - (b * c)) >= n / 2 && smallExpected ? 0.5 : 0.0;
    }

    private static double WilliamsCorrection(double a, double b, double c, double d)
    {
        if (a * b * c * d == 0)
        {
            return 1.0;
        }

        double n = a + b + c + d;
        return 1.0 + (((n / (a + b)) + (n / (c + d)) - 1.0) * ((n / (a + c)) + (n / (b + d)) - 1.0) / (6.0 * n));
    }
}
