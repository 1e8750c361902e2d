// A share counted on a sample (right mentions of those judged, coded occurrences found) with its exact binomial interval, so
// that a precision of 10/13 is read as the wide estimate it is and not as 77 %.
using MathNet.Numerics.Distributions;

namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// <see cref="Successes"/> of <see cref="Trials"/>, with the Clopper–Pearson interval: the exact binomial interval, which
/// never falls below the coverage asked (conservative for small samples, where a normal approximation is wrong). The interval
/// treats the trials as independent; occurrences of one text are not (a formula a finder misses, it misses everywhere in the
/// text), so for recall pooled over texts read it as a lower bound of the uncertainty.
/// </summary>
/// <param name="Successes">How many trials succeeded.</param>
/// <param name="Trials">How many trials there were.</param>
public readonly record struct Proportion(int Successes, int Trials)
{
    /// <summary>The share, or NaN when there were no trials.</summary>
    public double Value => Trials == 0 ? double.NaN : Successes / (double)Trials;

    /// <summary>The two-sided Clopper–Pearson interval at <paramref name="confidence"/> (0.95 by default); (0, 1) without trials.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The counts are negative or successes exceed trials, or the confidence is not in (0, 1).</exception>
    public (double Lower, double Upper) Interval(double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Successes, Trials);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence must lie strictly between 0 and 1.");
        }

        if (Trials == 0)
        {
            return (0, 1);
        }

        double tail = (1 - confidence) / 2;
        double lower = Successes == 0 ? 0 : Beta.InvCDF(Successes, Trials - Successes + 1, tail);
        double upper = Successes == Trials ? 1 : Beta.InvCDF(Successes + 1, Trials - Successes, 1 - tail);
        return (lower, upper);
    }

    /// <summary>
    /// The percentile interval of a bootstrap over clusters for the pooled share of <paramref name="clusters"/> (the counts of
    /// one text each): resample the clusters with replacement, pool successes over trials. Where trials of one cluster are alike
    /// (a formula a finder misses it misses throughout a text; a judge's reading of one report's style), the binomial interval
    /// of the pooled counts is too narrow and this one is wider. Clusters without trials are left out. With few clusters (under
    /// ten or so) no interval is trustworthy; this one then understates the uncertainty too.
    /// </summary>
    /// <param name="clusters">The counts of each cluster (at least one with trials).</param>
    /// <param name="confidence">The coverage asked, strictly between 0 and 1.</param>
    /// <param name="resamples">Bootstrap resamples (at least 100).</param>
    /// <param name="seed">The random seed (the same seed and clusters give the same interval).</param>
    public static (double Lower, double Upper) ClusterBootstrapInterval(IReadOnlyList<Proportion> clusters, double confidence = 0.95, int resamples = 2000, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 100);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence must lie strictly between 0 and 1.");
        }

        Proportion[] counted = [.. clusters.Where(c => c.Trials > 0)];
        ArgumentOutOfRangeException.ThrowIfZero(counted.Length, nameof(clusters));
        var random = new Random(seed);
        var shares = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            long successes = 0, trials = 0;
            for (int i = 0; i < counted.Length; i++)
            {
                Proportion c = counted[random.Next(counted.Length)];
                successes += c.Successes;
                trials += c.Trials;
            }

            shares[r] = successes / (double)trials;
        }

        Array.Sort(shares);
        double tail = (1 - confidence) / 2;
        return (shares[(int)Math.Floor(tail * (resamples - 1))], shares[(int)Math.Ceiling((1 - tail) * (resamples - 1))]);
    }

    /// <summary>The two proportions' counts summed (pooling samples of one population).</summary>
    public static Proportion operator +(Proportion a, Proportion b) => new(a.Successes + b.Successes, a.Trials + b.Trials);

    /// <summary>The counts summed.</summary>
    public static Proportion Add(Proportion a, Proportion b) => a + b;

    /// <summary><c>10/13 = 76.9 % [46.2, 95.0]</c>: the counts, the share and its 95 % interval, in percent.</summary>
    public override string ToString()
    {
        if (Trials == 0)
        {
            return "0/0";
        }

        (double lower, double upper) = Interval();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Successes}/{Trials} = {100 * Value:F1} % [{100 * lower:F1}, {100 * upper:F1}]");
    }
}
