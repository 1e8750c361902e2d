namespace PolicyLens.Analysis;

/// <summary>
/// Turns <see cref="CorpusCounts"/> into the tables researchers cite: frequencies, trends, keyness and co-occurrence.
/// Everything is recomputed from counts, never from other statistics, so merged shards give exactly the numbers of a
/// single run; rows come out in a fixed order so the same corpus always gives the same tables.
/// </summary>
public static class CorpusStatistics
{
    private const double PerTenThousand = 10_000.0;

    /// <summary>Every item in every group where it is mentioned.</summary>
    public static IEnumerable<FrequencyRow> Frequencies(CorpusCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        GroupKey? current = null;
        GroupTotals totals = default;
        foreach (var ((group, item), c) in counts.SortedItems)
        {
            if (!ReferenceEquals(group, current))
            {
                (current, totals) = (group, counts[group]);
            }

            yield return new FrequencyRow(group, item, c.Mentions, c.Documents, totals.Characters, Rate(c.Mentions, totals.Characters),
                totals.Mentions == 0 ? 0 : (double)c.Mentions / totals.Mentions);
        }
    }

    /// <summary>
    /// Each item's course over the groups that have a time, with the rate in a group where it is absent taken as 0.
    /// Empty when fewer than two groups have a time.
    /// </summary>
    public static IEnumerable<TrendRow> Trends(CorpusCounts counts, TrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= TrendOptions.Default;
        GroupKey[] sorted = counts.SortedGroups;
        var timed = new List<GroupKey>(sorted.Length);
        foreach (GroupKey g in sorted)
        {
            if (g.Time is not null)
            {
                timed.Add(g);
            }
        }

        GroupKey[] axis = [.. timed];
        if (axis.Length < 2)
        {
            yield break;
        }

        double[] time = new double[axis.Length];
        long[] characters = new long[axis.Length];
        for (int i = 0; i < axis.Length; i++)
        {
            (time[i], characters[i]) = (axis[i].Time!.Value, counts[axis[i]].Characters);
        }

        // Each item's mentions along the axis, in one pass over the counts by id (not a look-up per item and group, nor a
        // hash of the item's strings per count).
        var position = new Dictionary<GroupKey, int>(axis.Length);
        for (int i = 0; i < axis.Length; i++)
        {
            position[axis[i]] = i;
        }

        var mentions = new long[]?[counts.ItemIdCount];
        var at = new Dictionary<int, int>();
        foreach ((CorpusCounts.GroupItem ids, ItemCounts c) in counts.UnorderedItemIds)
        {
            ref long[]? series = ref mentions[ids.Item];
            series ??= new long[axis.Length];
            if (!at.TryGetValue(ids.Group, out int i))
            {
                at[ids.Group] = i = position.GetValueOrDefault(counts.GroupOf(ids.Group), -1);
            }

            if (i >= 0)
            {
                series[i] = c.Mentions;
            }
        }

        // The x axis is the same for every item: its mean and spread are computed once.
        LinearTrend.Axis line = LinearTrend.Axis.Of(time);
        int recentFrom = Math.Max(0, axis.Length - options.RecentGroups);
        foreach (int item in counts.ItemIdsInOrder)
        {
            long[]? series = mentions[item];
            if (series is null)
            {
                continue;
            }

            double[] rates = new double[axis.Length];
            int first = -1, last = -1, peak = 0, present = 0;
            for (int i = 0; i < rates.Length; i++)
            {
                rates[i] = Rate(series[i], characters[i]);
                if (series[i] > 0)
                {
                    first = first < 0 ? i : first;
                    last = i;
                }

                if (rates[i] > rates[peak])
                {
                    peak = i;
                }

                present += rates[i] > 0 ? 1 : 0;
            }

            if (first < 0)
            {
                continue;
            }

            LinearTrend fit = line.Fit(rates);
            MannKendallTest mk = MannKendallTest.Run(rates.AsSpan());
            TrendStatus status =
                first >= recentFrom && first > 0 ? TrendStatus.New
                : last < recentFrom ? TrendStatus.Gone
                : mk.PValue < options.Alpha && mk.Tau > 0 ? TrendStatus.Rising
                : mk.PValue < options.Alpha && mk.Tau < 0 ? TrendStatus.Falling
                : TrendStatus.Stable;
            yield return new TrendRow(counts.ItemOf(item), axis[first], axis[last], axis[peak], rates[peak], present,
                fit.Slope, fit.PValue, mk.Tau, mk.PValue, status);
        }
    }

    /// <summary>
    /// Each group against all the others, for every item mentioned in the group: mentions as the counts, the groups'
    /// characters as the totals (so the statistics ask whether the item is mentioned more often per character).
    /// </summary>
    public static IEnumerable<KeynessRow> KeynessByGroup(CorpusCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        GroupKey[] groups = counts.SortedGroups;
        long allCharacters = 0;
        foreach (GroupKey g in groups)
        {
            allCharacters += counts[g].Characters;
        }

        if (groups.Length < 2)
        {
            yield break;
        }

        // Each item's mentions in all groups, by item id.
        var itemTotals = new long[counts.ItemIdCount];
        foreach ((CorpusCounts.GroupItem ids, ItemCounts c) in counts.UnorderedItemIds)
        {
            itemTotals[ids.Item] += c.Mentions;
        }

        int current = -1;
        GroupKey? group = null;
        long groupCharacters = 0;
        foreach (CorpusCounts.GroupItem ids in counts.SortedItemIds)
        {
            if (ids.Group != current)
            {
                (current, group, groupCharacters) = (ids.Group, counts.GroupOf(ids.Group), counts.Totals(ids.Group).Characters);
            }

            ItemCounts c = counts.Get(ids);
            long rest = allCharacters - groupCharacters;
            if (c.Mentions == 0 || rest <= 0 || groupCharacters <= 0)
            {
                continue;
            }

            yield return new KeynessRow(group!, counts.ItemOf(ids.Item), Keyness.Score(c.Mentions, itemTotals[ids.Item] - c.Mentions, groupCharacters, rest));
        }
    }

    /// <summary>Pairs of items mentioned in the same paragraph, per group, with their pointwise mutual information.</summary>
    public static IEnumerable<CooccurrenceRow> Cooccurrence(CorpusCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        // Sorted by group then first item: the group's paragraphs and the first item's are looked up once per run of them,
        // by id (an integer hash, not a hash of the keys' strings per row).
        int group = -1, first = -1;
        GroupKey? key = null;
        ItemKey firstKey = default;
        double n = 0, pFirst = 0;
        foreach ((CorpusCounts.GroupPair ids, int f, int second, long both) in counts.SortedPairIds)
        {
            if (ids.Group != group)
            {
                (group, key, first, n) = (ids.Group, counts.GroupOf(ids.Group), -1, counts.Totals(ids.Group).Paragraphs);
            }

            if (first != f)
            {
                (first, firstKey, pFirst) = (f, counts.ItemOf(f), counts.Get(new CorpusCounts.GroupItem(group, f)).Paragraphs / n);
            }

            double pSecond = counts.Get(new CorpusCounts.GroupItem(group, second)).Paragraphs / n;
            yield return new CooccurrenceRow(key!, firstKey, counts.ItemOf(second), both, Math.Log2(both / n / (pFirst * pSecond)));
        }
    }

    private static double Rate(long mentions, long characters) => characters == 0 ? 0 : mentions * PerTenThousand / characters;
}
