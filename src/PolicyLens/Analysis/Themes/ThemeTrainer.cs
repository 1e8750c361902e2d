// Which ML.NET trainer fits the theme classifier's maximum-entropy model (ThemeTrainingOptions.Trainer).
namespace PolicyLens.Analysis.Themes;

/// <summary>The ML.NET trainer of the theme classifier's multiclass maximum-entropy model (<see cref="ThemeTrainingOptions.Trainer"/>).</summary>
public enum ThemeTrainer
{
    /// <summary>L-BFGS (<c>LbfgsMaximumEntropy</c>), one thread: the shipped model's.</summary>
    Lbfgs,

    /// <summary>Stochastic dual coordinate ascent (<c>SdcaMaximumEntropy</c>), one thread, no shuffling, so that it is deterministic.</summary>
    Sdca,
}
