namespace PolicyLens.Analysis;

/// <summary>
/// The rules that turn a rate series into a <see cref="TrendStatus"/>, in order: <c>new</c> when the item is first seen
/// in the last <see cref="RecentGroups"/> groups (but not in the very first group of the axis); <c>gone</c> when it is
/// not seen in any of them; else <c>rising</c> or <c>falling</c> when the Mann–Kendall p-value is below
/// <see cref="Alpha"/>; else <c>stable</c>.
/// </summary>
public sealed record TrendOptions
{
    /// <summary>The defaults: the last 3 groups are recent, significance at 0.05.</summary>
    public static TrendOptions Default { get; } = new();

    /// <summary>How many of the latest groups count as recent.</summary>
    public int RecentGroups { get; init; } = 3;

    /// <summary>The significance level of the Mann–Kendall test.</summary>
    public double Alpha { get; init; } = 0.05;
}
