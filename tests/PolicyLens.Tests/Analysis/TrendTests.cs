using PolicyLens.Analysis;

namespace PolicyLens.Tests.Analysis;

/// <summary>Trend statistics agree with scipy.stats (linregress; the Mann–Kendall S, ties and normal approximation).</summary>
public sealed class TrendTests
{
    private static readonly double[] Years = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];
    private static readonly double[] Rates = [0.5, 0.7, 0.6, 1.2, 1.5, 1.5, 2.1, 1.9, 2.8];

    [Fact]
    public void Least_squares_slope_and_p_value_match_scipy_linregress()
    {
        LinearTrend trend = LinearTrend.Fit(Years, Rates);
        Assert.Equal(0.26833333333333337, trend.Slope, 1e-10);
        Assert.Equal(-539.0011111111112, trend.Intercept, 1e-7);
        Assert.Equal(4.341997378804195e-05, trend.PValue, 1e-10);
    }

    [Fact]
    public void Mann_Kendall_with_a_tie_matches_the_textbook_formula()
    {
        MannKendallTest test = MannKendallTest.Run(Rates);
        Assert.Equal(31, test.S);
        Assert.Equal(0.8611111111111112, test.Tau, 12);
        Assert.Equal(3.144854510165755, test.Z, 10);
        Assert.Equal(0.0016616944579834758, test.PValue, 10);
    }

    [Fact]
    public void Too_few_points_give_no_p_value_rather_than_a_guess()
    {
        Assert.True(double.IsNaN(LinearTrend.Fit([2019, 2020], [1.0, 2.0]).PValue));
        Assert.True(double.IsNaN(MannKendallTest.Run([1.0, 2.0]).PValue));
        Assert.True(double.IsNaN(LinearTrend.Fit([2019, 2019, 2019], [1.0, 2.0, 3.0]).Slope));
    }

    [Fact]
    public void A_flat_series_has_no_trend()
    {
        Assert.Equal(1.0, MannKendallTest.Run([2.0, 2.0, 2.0, 2.0]).PValue);
        Assert.Equal(0, LinearTrend.Fit(Years[..4], [1.0, 1.0, 1.0, 1.0]).Slope, 12);
    }

    [Fact]
    public void Mann_Kendall_with_several_runs_of_ties_matches_the_textbook_variance_to_the_last_bit()
    {
        // A rate series as trends sees it: absent years at 0, repeated rates, ties first met in a scattered order.
        double[] series = [0, 0, 1.5, 0.7, 0, 1.5, 2.1, 0.7, 0.7, 0, 2.8, 1.5, 3.0, 0, 2.1];
        int n = series.Length;
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

        MannKendallTest test = MannKendallTest.Run(series);
        Assert.Equal(s, test.S);
        Assert.Equal((s - 1) / Math.Sqrt(variance), test.Z);
        Assert.Equal(test, MannKendallTest.Run(series.ToList()));
    }
}
