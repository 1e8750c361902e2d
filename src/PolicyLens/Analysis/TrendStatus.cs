namespace PolicyLens.Analysis;

/// <summary>How an item's rate moves over the groups of a time axis (see <see cref="TrendOptions"/> for the rules).</summary>
public enum TrendStatus
{
    /// <summary>First seen in one of the most recent groups, and not in the first group.</summary>
    New,

    /// <summary>A significant monotonic rise (Mann–Kendall).</summary>
    Rising,

    /// <summary>Neither a significant rise nor fall.</summary>
    Stable,

    /// <summary>A significant monotonic fall (Mann–Kendall).</summary>
    Falling,

    /// <summary>Not seen in any of the most recent groups.</summary>
    Gone,
}
