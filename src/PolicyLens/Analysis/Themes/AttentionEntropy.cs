namespace PolicyLens.Analysis.Themes;

/// <summary>
/// One row of the entropy table: how widely a group's attention is spread over the themes, as Shannon's entropy of its
/// theme shares, H = −Σ pᵢ ln pᵢ — the measure of agenda diversity in agenda-setting studies (Boydstun, Bevan and Thomas
/// 2014; Jones and Baumgartner). 0 when all text is about one theme; ln K when it is spread evenly over K themes.
/// </summary>
/// <param name="Group">The group key.</param>
/// <param name="Entropy">H in nats (natural logarithm).</param>
/// <param name="NormalizedEntropy">H / ln K, with K the number of themes the measure was taken over: 0–1, comparable across taxonomies of different sizes.</param>
public sealed record AttentionEntropy(string Group, double Entropy, double NormalizedEntropy)
{
    /// <summary>The group's time in years, or null when the grouping has none.</summary>
    public double? GroupTime { get; init; }

    /// <summary>Shannon's entropy (nats) of the distribution proportional to <paramref name="amounts"/>; zeros add nothing, an all-zero input gives 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    public static double Shannon(IEnumerable<double> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        double[] values = [.. amounts];
        // Loops, not Any/Sum over double (generic code the JIT compiled at start-up for this alone); the same sum, added in order.
        double total = 0;
        foreach (double v in values)
        {
            if (v < 0 || double.IsNaN(v))
            {
                throw new ArgumentOutOfRangeException(nameof(amounts), "Amounts must be non-negative numbers.");
            }
        }

        foreach (double v in values)
        {
            total += v;
        }
        if (total <= 0)
        {
            return 0;
        }

        double h = 0;
        foreach (double v in values)
        {
            if (v > 0)
            {
                double p = v / total;
                h -= p * Math.Log(p);
            }
        }

        return h;
    }

    /// <summary>The entropy row of a group from the amounts of attention to each of <paramref name="themeCount"/> themes.</summary>
    public static AttentionEntropy Of(string group, IEnumerable<double> amounts, int themeCount)
    {
        double h = Shannon(amounts);
        return new AttentionEntropy(group, h, themeCount > 1 ? h / Math.Log(themeCount) : 0);
    }
}
