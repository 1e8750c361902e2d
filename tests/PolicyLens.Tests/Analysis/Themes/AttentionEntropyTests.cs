using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>Shannon entropy of attention, as agenda-setting studies compute it (natural log; normalised by ln K).</summary>
public sealed class AttentionEntropyTests
{
    [Fact]
    public void AllAttentionOnOneThemeHasZeroEntropy()
    {
        Assert.Equal(0, AttentionEntropy.Shannon([0, 120, 0, 0]));
    }

    [Fact]
    public void EvenAttentionOverKThemesHasEntropyLnK()
    {
        AttentionEntropy row = AttentionEntropy.Of("2019", [5, 5, 5, 5], themeCount: 4);
        Assert.Equal(Math.Log(4), row.Entropy, 12);
        Assert.Equal(1, row.NormalizedEntropy, 12);
    }

    [Fact]
    public void AmountsAreNormalisedToSharesFirst()
    {
        // shares ½, ¼, ¼: H = ½ ln 2 + 2 · ¼ ln 4 = 1.5 ln 2
        Assert.Equal(1.5 * Math.Log(2), AttentionEntropy.Shannon([200, 100, 100]), 12);
    }

    [Fact]
    public void NoAttentionAtAllIsZeroNotNaN()
    {
        Assert.Equal(0, AttentionEntropy.Shannon([0, 0]));
    }

    [Fact]
    public void NegativeAmountsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AttentionEntropy.Shannon([1, -1]));
    }
}
