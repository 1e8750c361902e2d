using System.Globalization;
using PolicyLens.Extraction.Targets;

namespace PolicyLens.Analysis;

/// <summary>
/// Target statements as countable mentions: each record of kind <c>target</c> with a known indicator counts as a
/// mention of that indicator (<c>target:gdp_growth</c>), so the tables show which indicators governments set targets
/// for and how often. Results, estimates and other figures stay in the <c>targets</c> table and are not counted here.
/// </summary>
public static class TargetMentions
{
    /// <summary>The item kind of indicator mentions.</summary>
    public const string Kind = "target";

    /// <summary>The countable mentions among records found in a document's normalised text.</summary>
    public static IEnumerable<ItemMention> From(IEnumerable<TargetRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (TargetRecord record in records)
        {
            if (record.Kind == TargetKind.Target && record.Indicator != Indicator.OtherCode)
            {
                string surface = record.IndicatorText + record.Value.ToString("G29", CultureInfo.InvariantCulture) + record.Unit;
                yield return new ItemMention(new ItemKey(Kind, record.Indicator), surface, null, record.QuantityStart, record.QuantityEnd);
            }
        }
    }
}
