// Settings for one run of the extractor, immutable and changed with `with`.
namespace PolicyLens.Extraction.Slogans;

/// <summary>Options of <see cref="SloganExtractor"/>.</summary>
public sealed record SloganExtractorOptions
{
    /// <summary>The defaults: every kind, outermost formulas only, 20 characters of context either side.</summary>
    public static SloganExtractorOptions Default { get; } = new();

    /// <summary>The kinds to report; all of them by default.</summary>
    public IReadOnlySet<MentionKind> Kinds { get; init; } = new HashSet<MentionKind>(Enum.GetValues<MentionKind>());

    /// <summary>What counts as one mention where formulas overlap (<see cref="CountingUnit.Outermost"/> by default).</summary>
    public CountingUnit CountingUnit { get; init; } = CountingUnit.Outermost;

    /// <summary>How many characters of text either side of a mention go into <see cref="SloganMention.Context"/>.</summary>
    public int ContextCharacters { get; init; } = 20;
}
