namespace PolicyLens.Analysis;

/// <summary>One row of the <c>keyness</c> table: an item in a group against all other groups, counted in mentions
/// with the groups' characters as the totals.</summary>
/// <param name="Group">The target group.</param>
/// <param name="Item">The item.</param>
/// <param name="Score">The statistics.</param>
public sealed record KeynessRow(GroupKey Group, ItemKey Item, KeynessScore Score);
