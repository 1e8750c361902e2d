// A mention as a finder proposes it, in view positions, before overlaps between finders are resolved.
namespace PolicyLens.Extraction.Slogans;

internal sealed record MentionCandidate(MentionKind Kind, int Start, int End, string Canonical)
{
    public int Length => End - Start;

    public string Theme { get; init; } = "";

    public LexiconEntry? Entry { get; init; }

    public string Subtype { get; init; } = "";

    // The quoted label a programme's name is built on (双百 in 文旅投资“双百”计划), or the lexicon programme a qualified name narrows
    // (兴边富民行动 in 新时代兴边富民行动), or empty: SloganMention.Label.
    public string Label { get; init; } = "";

    // Where two finders claim the same span, the more specific wins: a known formula over a pattern.
    public int Priority => Kind switch
    {
        MentionKind.Lexicon => 0,
        MentionKind.Titled => 1,
        MentionKind.Numbered => 2,
        MentionKind.Parallel => 3,
        MentionKind.Policy => 4,
        _ => 5,
    };

    public bool Overlaps(MentionCandidate other) => Start < other.End && other.Start < End;

    public bool Contains(MentionCandidate other) => Start <= other.Start && other.End <= End;
}
