// Target statements as countable mentions, from a TargetExtractor, as SloganMentionSource gives formulas.
using System.Globalization;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;

namespace PolicyLens.Analysis;

/// <summary>
/// Target statements as countable mentions: each record of kind <c>target</c> with a known indicator counts as a
/// mention of that indicator (<c>target:gdp_growth</c>), so the tables show which indicators governments set targets
/// for and how often. Results, estimates and other figures stay in the <c>targets</c> table and are not counted here.
/// </summary>
public sealed class TargetMentionSource(TargetExtractor extractor) : IMentionSource
{
    /// <summary>The item kind of indicator mentions.</summary>
    public const string Kind = "target";

    /// <summary>The source over <see cref="TargetExtractor.Default"/>.</summary>
    public static TargetMentionSource Default { get; } = new(TargetExtractor.Default);

    /// <summary>The extractor whose targets are counted.</summary>
    public TargetExtractor Extractor { get; } = extractor ?? throw new ArgumentNullException(nameof(extractor));

    /// <inheritdoc />
    public IEnumerable<ItemMention> FindMentions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Mentions(Extractor.ExtractFromText(document));
    }

    /// <summary>
    /// The countable mentions among records already extracted from a document's normalised text (so that a job that also
    /// writes the records reads the document once).
    /// </summary>
    public static IEnumerable<ItemMention> Mentions(IEnumerable<TargetRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (TargetRecord record in records)
        {
            if (record.Kind == TargetKind.Target && record.Indicator != Indicator.OtherCode)
            {
                string surface = record.IndicatorText + record.Value.ToString("G29", CultureInfo.InvariantCulture) + record.Unit;
                yield return new ItemMention(new ItemKey(Kind, record.Indicator), surface, null, record.Span.Start, record.Span.End);
            }
        }
    }
}
