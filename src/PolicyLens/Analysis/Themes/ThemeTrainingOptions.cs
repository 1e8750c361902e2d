namespace PolicyLens.Analysis.Themes;

/// <summary>
/// How <see cref="ThemeClassifier.Train"/> builds a model. Immutable; the defaults made the shipped model:
/// <code>var options = ThemeTrainingOptions.Default with { HeldOutFraction = 0.3 };</code>
/// </summary>
public sealed record ThemeTrainingOptions
{
    /// <summary>The options the shipped model was trained with.</summary>
    public static ThemeTrainingOptions Default { get; } = new();

    /// <summary>Seed of the shuffle that picks the held-out sentences and of ML.NET's context: the same seed, data and options give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Share of the seed-labelled sentences kept out of training to measure accuracy (0 to skip the measurement).</summary>
    public double HeldOutFraction { get; init; } = 0.2;

    /// <summary>Words seen fewer times than this in the training sentences are left out of the model: they cannot be learnt and only make it bigger.</summary>
    public int MinimumWordCount { get; init; } = 3;

    /// <summary>
    /// L1 penalty of the maximum-entropy model. Off by default: on the reports it made the model no smaller once rare words
    /// are dropped, cost accuracy on seedless sentences and slowed L-BFGS down.
    /// </summary>
    public float L1Regularization { get; init; }

    /// <summary>L2 penalty of the maximum-entropy model.</summary>
    public float L2Regularization { get; init; } = 0.05f;

    /// <summary>
    /// Cap on L-BFGS iterations, so that training stays within seconds (on the reports 50 reach held-out accuracy within
    /// half a point of 100, at half the time).
    /// </summary>
    public int MaximumIterations { get; init; } = 50;

    /// <summary>
    /// Also train on a copy of each labelled sentence with its seed words hidden. Without it the model learns little
    /// beyond the seeds themselves (they separate the labelled sentences perfectly), and most sentences of a report have
    /// no seed; with it, the words that keep company with the seeds (粮食 → 播种面积, 单产) carry weight of their own.
    /// </summary>
    public bool AddSeedlessCopies { get; init; } = true;

    /// <summary>
    /// After measuring held-out accuracy, train once more on all the labelled sentences and return that model (as the
    /// shipped one is); when false the returned model is the one that was measured.
    /// </summary>
    public bool RetrainOnAll { get; init; } = true;
}
