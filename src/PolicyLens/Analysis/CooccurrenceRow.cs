namespace PolicyLens.Analysis;

/// <summary>One row of the <c>cooccurrence</c> table: two items mentioned in the same paragraph within a group.</summary>
/// <param name="Group">The group.</param>
/// <param name="First">One item (the smaller key).</param>
/// <param name="Second">The other item.</param>
/// <param name="Paragraphs">Paragraphs mentioning both.</param>
/// <param name="Pmi">Pointwise mutual information in bits: log₂(P(both) / (P(first)·P(second))), probabilities over the group's paragraphs.</param>
public sealed record CooccurrenceRow(GroupKey Group, ItemKey First, ItemKey Second, long Paragraphs, double Pmi);
