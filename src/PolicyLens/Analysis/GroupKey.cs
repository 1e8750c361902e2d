namespace PolicyLens.Analysis;

/// <summary>
/// A group of documents the statistics are computed for: a year, a session, a document, a level or a region.
/// Groups sort by <see cref="Time"/> (when they have one) and then by label, ordinally, so every table comes out
/// in the same order on every run.
/// </summary>
/// <param name="Label">The group's name as exported (<c>2019</c>, <c>national-npc-13-2</c>, <c>gwr/2019.txt</c>).</param>
/// <param name="Time">The group's position in time, in years (a session's year, a document's year), or null when the
/// grouping has no time axis; trends are only computed over groups that have one.</param>
public sealed record GroupKey(string Label, double? Time) : IComparable<GroupKey>
{
    /// <inheritdoc />
    public int CompareTo(GroupKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        int time = Nullable.Compare(Time, other.Time);
        return time != 0 ? time : string.CompareOrdinal(Label, other.Label);
    }
}
