using System.Globalization;
using PolicyLens.Text;

namespace PolicyLens.Analysis;

/// <summary>Puts a document in its group: the label exported for it and, where the grouping has one, its time.</summary>
public static class DocumentGrouping
{
    /// <summary>The label of documents whose group cannot be told (no year, no session…).</summary>
    public const string Unknown = "unknown";

    /// <summary>The group of <paramref name="document"/> under <paramref name="groupBy"/>.</summary>
    public static GroupKey GroupOf(Document document, GroupBy groupBy)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentMetadata m = document.Metadata;
        int? year = m.Year ?? m.Session.Year;
        return groupBy switch
        {
            GroupBy.Year => year is int y ? new GroupKey(y.ToString(CultureInfo.InvariantCulture), y) : new GroupKey(Unknown, null),
            GroupBy.Session => m.Session.IsUnknown ? new GroupKey(Unknown, null) : new GroupKey(m.Session.Canonical, m.Session.Year ?? m.Year),
            GroupBy.Doc => new GroupKey(document.Id, year),
            GroupBy.Level => new GroupKey(m.Level.ToString().ToLowerInvariant(), null),
            GroupBy.Region => new GroupKey(m.Region ?? Unknown, null),
            GroupBy.All => new GroupKey("all", null),
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, null),
        };
    }
}
