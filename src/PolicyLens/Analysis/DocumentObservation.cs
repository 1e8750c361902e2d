namespace PolicyLens.Analysis;

/// <summary>
/// What the analysis needs to know of one document: its group, its size, and the items mentioned in each of its
/// paragraphs (a paragraph is the window for co-occurrence). The extraction stages produce the mentions; this is
/// all of them the statistics keep, so a corpus of any size is summarised in memory proportional to its vocabulary.
/// </summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Group">The group it is counted in.</param>
/// <param name="Characters">Characters of (normalised) text: the exposure that rates are per.</param>
/// <param name="Paragraphs">For each paragraph, the items mentioned in it, once per mention.</param>
public sealed record DocumentObservation(string DocumentId, GroupKey Group, long Characters, IReadOnlyList<IReadOnlyList<ItemKey>> Paragraphs);
