// The mentions the extractor reports in one text, looked up by span: how a reader's verdict on a span (a judged mention) is
// found again in a later build's output. The one comparison `evaluate precision`, the confidence model's figures and the
// judged-file tests share, so that a change of finder never reads as a lost or a new mention in one place and not another.
using PolicyLens.Text;

namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// The mentions reported in one text, by span and kind. A judged mention is reported again when a mention stands at its span
/// with its kind, or — a quoted label, parallel chain, policy name or other context finder's mention judged there — when a
/// curated entry now reports the same span as a <see cref="MentionKind.Lexicon"/> mention under the same canonical form: the
/// same item with the same boundaries, found from a curated list, which the codebook's lexicon kind ("any item of rule 1
/// found from a curated list") allows too, so the verdict stands.
/// </summary>
public sealed class ReportedMentions
{
    private readonly Dictionary<(int Start, int End, MentionKind Kind), SloganMention> _bySpan = [];

    /// <summary>Indexes the mentions of one text (the first of several at the same span and kind is kept).</summary>
    public ReportedMentions(IEnumerable<SloganMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (SloganMention m in mentions)
        {
            _bySpan.TryAdd((m.Start, m.End, m.Kind), m);
        }
    }

    /// <summary>The mention reported at exactly this span with this kind, or null.</summary>
    public SloganMention? At(int start, int end, MentionKind kind) => _bySpan.GetValueOrDefault((start, end, kind));

    /// <summary>
    /// The lexicon mention a curated entry reports where another finder's mention was judged: at the same span, under the
    /// judged canonical form (any canonical when none was recorded). Null for a judged lexicon mention, or when there is none.
    /// </summary>
    public SloganMention? TakenAsLexicon(int start, int end, MentionKind judgedKind, string? judgedCanonical)
    {
        if (judgedKind == MentionKind.Lexicon || At(start, end, MentionKind.Lexicon) is not { } entry)
        {
            return null;
        }

        return string.IsNullOrEmpty(judgedCanonical) || SameCanonical(judgedCanonical, entry.Canonical) ? entry : null;
    }

    /// <summary>
    /// The mention that reports a judged item now: at its span with its kind (whatever its canonical), or taken as lexicon
    /// (<see cref="TakenAsLexicon"/>). Null when the item is no longer reported at that span.
    /// </summary>
    public SloganMention? Reporting(int start, int end, MentionKind judgedKind, string? judgedCanonical = null) =>
        At(start, end, judgedKind) ?? TakenAsLexicon(start, end, judgedKind, judgedCanonical);

    /// <summary>
    /// What a build's output says of one judged verdict where the judged files may read the same span twice: the mention that
    /// carries the verdict now (<see cref="Reporting"/>), or null. An item judged under another finder's kind and now reported only
    /// as lexicon does not carry its verdict where the same span is also judged as a lexicon mention: that direct reading of what
    /// is reported stands for the span, so the span is counted once. <paramref name="superseded"/> is true then.
    /// </summary>
    /// <param name="start">The judged mention's start offset.</param>
    /// <param name="end">The judged mention's end offset.</param>
    /// <param name="judgedKind">The kind the mention was judged under.</param>
    /// <param name="judgedCanonical">The canonical form the judged file records, if any.</param>
    /// <param name="spanJudgedAsLexicon">Whether a judged file (of those read together) judges a lexicon mention at this span.</param>
    /// <param name="superseded">Whether the verdict gives way to the lexicon verdict at the same span.</param>
    public SloganMention? CarryingVerdict(int start, int end, MentionKind judgedKind, string? judgedCanonical, bool spanJudgedAsLexicon, out bool superseded)
    {
        SloganMention? now = Reporting(start, end, judgedKind, judgedCanonical);
        superseded = now is not null && now.Kind != judgedKind && spanJudgedAsLexicon;
        return superseded ? null : now;
    }

    /// <summary>
    /// Whether two canonical forms name the same item: equal, or equal once normalised (a judged file's canonical came from the
    /// CLI, which reads the normalised text: ＋ as +, the dash of a year range).
    /// </summary>
    public static bool SameCanonical(string judged, string now)
    {
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentNullException.ThrowIfNull(now);
        return judged == now || TextNormalizer.Normalize(judged).Text == TextNormalizer.Normalize(now).Text;
    }
}
