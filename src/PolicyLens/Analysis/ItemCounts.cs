namespace PolicyLens.Analysis;

/// <summary>How often one item occurs in one group.</summary>
/// <param name="Mentions">Mentions (the counting unit: a formula mentioned twice counts two; substrings are not mentions).</param>
/// <param name="Documents">Documents with at least one mention.</param>
/// <param name="Paragraphs">Paragraphs with at least one mention.</param>
public readonly record struct ItemCounts(long Mentions, long Documents, long Paragraphs)
{
    /// <summary>Adds the counts of two disjoint sets of documents.</summary>
    public static ItemCounts operator +(ItemCounts a, ItemCounts b) =>
        new(a.Mentions + b.Mentions, a.Documents + b.Documents, a.Paragraphs + b.Paragraphs);

    /// <summary>Adds the counts of two disjoint sets of documents.</summary>
    public static ItemCounts Add(ItemCounts a, ItemCounts b) => a + b;
}
