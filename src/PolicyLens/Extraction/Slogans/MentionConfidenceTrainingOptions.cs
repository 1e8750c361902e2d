// Settings for training a mention confidence model, immutable and changed with `with`.
namespace PolicyLens.Extraction.Slogans;

/// <summary>Options of <see cref="MentionConfidenceTrainer"/>; the defaults are the built-in model's.</summary>
public sealed record MentionConfidenceTrainingOptions
{
    /// <summary>The built-in model's settings.</summary>
    public static MentionConfidenceTrainingOptions Default { get; } = new();

    /// <summary>The fewest judged mentions a feature must occur in to get a weight (3: rarer ones are one text's accidents).</summary>
    public int MinimumFeatureCount { get; init; } = 3;

    /// <summary>L2 regularisation of the logistic regression.</summary>
    public float L2Regularization { get; init; } = 1f;

    /// <summary>L1 regularisation of the logistic regression (0: every kept feature may get a weight).</summary>
    public float L1Regularization { get; init; }

    /// <summary>How many folds, by text, <see cref="MentionConfidenceTrainer.CrossValidate"/> splits the examples into.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>ML.NET's seed.</summary>
    public int Seed { get; init; } = 1;
}
