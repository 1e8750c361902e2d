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
