// Settings for formula discovery, immutable and changed with `with`.
namespace PolicyLens.Extraction.Slogans;

/// <summary>Options of <see cref="FormulaDiscovery"/>.</summary>
public sealed record DiscoveryOptions
{
    /// <summary>The defaults.</summary>
    public static DiscoveryOptions Default { get; } = new();

    /// <summary>How many candidates to return, best first (50).</summary>
    public int Top { get; init; } = 50;

    /// <summary>The fewest occurrences a candidate needs (5).</summary>
    public int MinFrequency { get; init; } = 5;

    /// <summary>The fewest documents a candidate must occur in (2): a formula recurs across texts.</summary>
    public int MinDocuments { get; init; } = 2;

    /// <summary>The most tokens in a candidate, 、 included (5).</summary>
    public int MaxTokens { get; init; } = 5;

    /// <summary>The fewest characters in a candidate (3).</summary>
    public int MinCharacters { get; init; } = 3;

    /// <summary>The most characters in a candidate (12).</summary>
    public int MaxCharacters { get; init; } = 12;
}
