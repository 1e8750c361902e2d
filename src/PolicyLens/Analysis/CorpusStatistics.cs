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
        GroupKey[] axis = [.. counts.SortedGroups.Where(g => g.Time is not null)];
        if (axis.Length < 2)
        {
            yield break;
        }

        double[] time = [.. axis.Select(g => g.Time!.Value)];
        long[] characters = [.. axis.Select(g => counts[g].Characters)];

        // Each item's mentions along the axis, in one pass over the counts (not a look-up per item and group).
        var position = new Dictionary<GroupKey, int>(axis.Length);
        for (int i = 0; i < axis.Length; i++)
        {
            position[axis[i]] = i;
        }

        var mentions = new Dictionary<ItemKey, long[]>();
        foreach (((GroupKey group, ItemKey item), ItemCounts c) in counts.UnorderedItems)
        {
            if (!mentions.TryGetValue(item, out long[]? series))
            {
                mentions[item] = series = new long[axis.Length];
            }

            if (position.TryGetValue(group, out int at))
            {
                series[at] = c.Mentions;
            }
        }

        ItemKey[] items = [.. mentions.Keys.Order()];
        int recentFrom = Math.Max(0, axis.Length - options.RecentGroups);
        foreach (ItemKey item in items)
        {
            long[] series = mentions[item];
            double[] rates = new double[axis.Length];
            for (int i = 0; i < rates.Length; i++)
            {
                rates[i] = Rate(series[i], characters[i]);
            }

            int first = Array.FindIndex(series, m => m > 0);
            if (first < 0)
            {
                continue;
            }

            int last = Array.FindLastIndex(series, m => m > 0);
            int peak = 0;
            for (int i = 1; i < rates.Length; i++)
            {
                if (rates[i] > rates[peak])
                {
                    peak = i;
                }
            }

            LinearTrend line = LinearTrend.Fit(time, rates);
            MannKendallTest mk = MannKendallTest.Run(rates.AsSpan());
            TrendStatus status =
                first >= recentFrom && first > 0 ? TrendStatus.New
                : last < recentFrom ? TrendStatus.Gone
                : mk.PValue < options.Alpha && mk.Tau > 0 ? TrendStatus.Rising
                : mk.PValue < options.Alpha && mk.Tau < 0 ? TrendStatus.Falling
                : TrendStatus.Stable;
            yield return new TrendRow(item, axis[first], axis[last], axis[peak], rates[peak], rates.Count(r => r > 0),
                line.Slope, line.PValue, mk.Tau, mk.PValue, status);
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
        long allCharacters = groups.Sum(g => counts[g].Characters);
        var itemTotals = new Dictionary<ItemKey, long>();
        foreach (var ((_, item), c) in counts.UnorderedItems)
        {
            itemTotals[item] = itemTotals.GetValueOrDefault(item) + c.Mentions;
        }

        if (groups.Length < 2)
        {
            yield break;
        }

        GroupKey? current = null;
        long groupCharacters = 0;
        foreach (var ((group, item), c) in counts.SortedItems)
        {
            if (!ReferenceEquals(group, current))
            {
                (current, groupCharacters) = (group, counts[group].Characters);
            }

            long rest = allCharacters - groupCharacters;
            if (c.Mentions == 0 || rest <= 0 || groupCharacters <= 0)
            {
                continue;
            }

            yield return new KeynessRow(group, item, Keyness.Score(c.Mentions, itemTotals[item] - c.Mentions, groupCharacters, rest));
        }
    }

    /// <summary>Pairs of items mentioned in the same paragraph, per group, with their pointwise mutual information.</summary>
    public static IEnumerable<CooccurrenceRow> Cooccurrence(CorpusCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        // Sorted by group then first item: the group's paragraphs and the first item's are looked up once per run of them.
        GroupKey? group = null;
        ItemKey? first = null;
        double n = 0, pFirst = 0;
        foreach (var ((g, f, second), both) in counts.SortedPairs)
        {
            if (!ReferenceEquals(g, group))
            {
                (group, first, n) = (g, null, counts[g].Paragraphs);
            }

            if (first != f)
            {
                (first, pFirst) = (f, counts.Get(g, f).Paragraphs / n);
            }

            double pSecond = counts.Get(g, second).Paragraphs / n;
            yield return new CooccurrenceRow(g, f, second, both, Math.Log2(both / n / (pFirst * pSecond)));
        }
    }

    private static double Rate(long mentions, long characters) => characters == 0 ? 0 : mentions * PerTenThousand / characters;
}
