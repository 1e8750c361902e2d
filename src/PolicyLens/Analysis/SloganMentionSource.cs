using PolicyLens.Extraction.Slogans;
using PolicyLens.Text;

namespace PolicyLens.Analysis;

/// <summary>
/// Formulas, numbered formulas, parallel chains, titled documents, named policies and quoted formulas as countable
/// mentions, from a <see cref="SloganExtractor"/>: the item is (kind, canonical form), so 六稳 written out as its six
/// members counts as a mention of 六稳.
/// </summary>
public sealed class SloganMentionSource(SloganExtractor extractor) : IMentionSource
{
    private static readonly Lazy<SloganMentionSource> DefaultSource = new(() => new SloganMentionSource(new SloganExtractor(Lexicon.Default)));

    /// <summary>The source with the built-in lexicon and every kind of mention.</summary>
    public static SloganMentionSource Default => DefaultSource.Value;

    /// <summary>The extractor whose mentions are counted.</summary>
    public SloganExtractor Extractor { get; } = extractor ?? throw new ArgumentNullException(nameof(extractor));

    /// <inheritdoc />
    public IEnumerable<ItemMention> FindMentions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (SloganMention m in Extractor.Extract(document.Text, Extraction.ExtractionContext.Of(document)))
        {
            yield return new ItemMention(
                new ItemKey(KindName(m.Kind), m.Canonical), m.Surface, m.Theme.Length > 0 ? m.Theme : null, m.Start, m.End, m.Confidence);
        }
    }

    // Each kind's name in lower case, made once (was two strings per mention); any other value as before.
    private static readonly string[] KindNames = MakeKindNames();

    // A loop, not Max/Range/Select over the enum and int (generic code the JIT compiled at start-up for this alone).
    private static string[] MakeKindNames()
    {
        int max = int.MinValue;
        foreach (MentionKind k in Enum.GetValues<MentionKind>())
        {
            max = Math.Max(max, (int)k);
        }

        var names = new string[max + 1];
        for (int k = 0; k < names.Length; k++)
        {
            names[k] = ((MentionKind)k).ToString().ToLowerInvariant();
        }

        return names;
    }

    private static string KindName(MentionKind kind) =>
        (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : kind.ToString().ToLowerInvariant();
}
