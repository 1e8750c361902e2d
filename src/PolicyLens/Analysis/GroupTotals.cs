namespace PolicyLens.Analysis;

/// <summary>What one group holds in all: documents, characters, paragraphs and item mentions.</summary>
/// <param name="Documents">Documents in the group.</param>
/// <param name="Characters">Characters of their text.</param>
/// <param name="Paragraphs">Paragraphs of their text.</param>
/// <param name="Mentions">Item mentions found in them.</param>
public readonly record struct GroupTotals(long Documents, long Characters, long Paragraphs, long Mentions)
{
    /// <summary>Adds the totals of two disjoint sets of documents.</summary>
    public static GroupTotals operator +(GroupTotals a, GroupTotals b) =>
        new(a.Documents + b.Documents, a.Characters + b.Characters, a.Paragraphs + b.Paragraphs, a.Mentions + b.Mentions);

    /// <summary>Adds the totals of two disjoint sets of documents.</summary>
    public static GroupTotals Add(GroupTotals a, GroupTotals b) => a + b;
}
