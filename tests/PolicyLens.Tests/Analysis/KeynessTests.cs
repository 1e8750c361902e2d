using PolicyLens.Analysis;

namespace PolicyLens.Tests.Analysis;

/// <summary>
/// Keyness agrees with quanteda.textstats' <c>textstat_keyness</c> (src/keyness.cpp): expected values were computed
/// with a line-by-line Python transcription of quanteda's C++ and scipy's χ² distribution for the p-values.
/// Worked by hand for the first row: N = 6000, E = 12·1000/6000 = 2 &lt; 5 and |ad − bc| = 48000 ≥ N/2, so Yates
/// applies: χ² = 6000·(48000 − 3000)² / (12·5988·1000·5000) = 33.8176…
/// </summary>
public sealed class KeynessTests
{
    [Theory]
    [InlineData(10, 2, 1000, 5000, 33.81763527054108, 6.052769174758055e-09, 23.780374980076974, 1.079778029100531e-06)]
    [InlineData(0, 15, 2000, 8000, -2.6080787848439324, 0.10632049841422897, -6.699957869604116, 0.009641518945926908)]
    [InlineData(3, 3, 100, 100, -0.0, 1.0, -3.692044487634639e-07, 0.9995151878475094)]
    [InlineData(120, 40, 50000, 150000, 213.50413664264744, 0.0, 175.15858344175825, 0.0)]
    [InlineData(1, 0, 300, 900, 0.3336113427856547, 0.5635402966185357, 2.775094599050781, 0.09574099971340178)]
    public void Statistics_match_quantedas_definitions(double a, double b, double targetTotal, double referenceTotal, double chi2, double chi2P, double g2, double g2P)
    {
        KeynessScore score = Keyness.Score(a, b, targetTotal, referenceTotal);
        Assert.Equal(chi2, score.Chi2, Tolerance(chi2));
        Assert.Equal(chi2P, score.Chi2P, 1e-12);
        Assert.Equal(g2, score.G2, Tolerance(g2));
        Assert.Equal(g2P, score.G2P, 1e-12);
    }

    [Fact]
    public void Over_use_is_positive_and_under_use_negative()
    {
        Assert.True(Keyness.Score(50, 10, 1000, 1000).G2 > 0);
        Assert.True(Keyness.Score(10, 50, 1000, 1000).G2 < 0);
        Assert.True(Keyness.Score(10, 50, 1000, 1000).Chi2 < 0);
    }

    [Fact]
    public void Log_ratio_is_the_binary_log_of_the_relative_frequencies_with_zero_taken_as_a_half()
    {
        Assert.Equal(1.0, Keyness.LogRatio(20, 10, 1000, 1000), 12);
        Assert.Equal(Math.Log2(8 / 1000.0 / (0.5 / 4000)), Keyness.LogRatio(8, 0, 1000, 4000), 12);
    }

    private static double Tolerance(double expected) => Math.Max(1e-12, Math.Abs(expected) * 1e-12);
}
