namespace PolicyLens.Analysis;

/// <summary>One row of the tidy <c>frequencies</c> table: an item in a group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Item">The item.</param>
/// <param name="Count">Mentions of the item in the group.</param>
/// <param name="Documents">Documents of the group mentioning it.</param>
/// <param name="GroupCharacters">Characters in the group.</param>
/// <param name="RatePer10K">Mentions per 10,000 characters.</param>
/// <param name="Share">The item's share of all mentions in the group.</param>
public sealed record FrequencyRow(GroupKey Group, ItemKey Item, long Count, long Documents, long GroupCharacters, double RatePer10K, double Share);
