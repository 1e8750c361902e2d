namespace PolicyLens.Analysis.Themes;

/// <summary>One row of the <c>themes</c> table: how much of a group's text is about one theme.</summary>
/// <param name="Group">The group key (a year, a session, a file…).</param>
/// <param name="Theme">The theme code.</param>
/// <param name="Characters">Letters and digits of the group's sentences classified under the theme.</param>
/// <param name="Share">Characters over all classified characters of the group (0–1); the shares of a group sum to 1.</param>
public sealed record ThemeShare(string Group, string Theme, long Characters, double Share)
{
    /// <summary>The group's time in years (a year, a session's year), or null when the grouping has none.</summary>
    public double? GroupTime { get; init; }
}
