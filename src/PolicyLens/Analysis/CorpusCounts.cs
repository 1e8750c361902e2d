// The additive counts of a corpus (groups, items, pairs) from which every statistic is computed and which shards merge.
using System.Runtime.InteropServices;

namespace PolicyLens.Analysis;

/// <summary>
/// The additive summary of a corpus from which every statistic is computed: per group the documents, characters,
/// paragraphs and mentions; per group and item the mentions, documents and paragraphs; per group and pair of items
/// the paragraphs mentioning both. Counts from disjoint parts of a corpus (threads, shards) add up with
/// <see cref="Add(CorpusCounts)"/> to exactly the counts of the whole, which is what makes sharding and merging exact.
/// </summary>
/// <remarks>
/// Memory is proportional to the vocabulary (groups × items seen in them, and the pairs seen together), never to the
/// number of documents: each group and item is stored once and counted under a small integer id, so a document's
/// mentions cost integer look-ups, not a hash of two or three strings per mention and per pair (issue 14).
/// </remarks>
public sealed class CorpusCounts
{
    // Each group and item once, numbered in the order first seen; the counts are keyed by those numbers.
    private readonly List<GroupKey> _groupKeys = [];
    private readonly List<GroupTotals> _groupTotals = [];

    // Whether a group has totals (a document, or a partial's group row): a group known only from item or pair counts
    // read back from partials is not one of Groups, as before ids.
    private readonly List<bool> _groupCounted = [];
    private readonly Dictionary<GroupKey, int> _groupIds = [];
    private readonly List<ItemKey> _itemKeys = [];
    private readonly Dictionary<ItemKey, int> _itemIds = [];

    // For each item, the last document (a number given by Add) that counted it: "documents with a mention" without a set per document.
    private readonly List<long> _itemLastDocument = [];
    private readonly Dictionary<GroupItem, ItemCounts> _items = [];

    // A pair is stored once, its two item ids in increasing order; the sorted view puts them in ItemKey order.
    private readonly Dictionary<GroupPair, long> _pairs = [];
    private readonly Lock _sorting = new();
    private long _documentsAdded;

    // The sorted views, made on first enumeration and kept until the counts change: the statistics tables, written on
    // several threads at once, each enumerate them (sorting 20,000 pairs for every table cost more than the table).
    private GroupKey[]? _sortedGroups;
    private KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>[]? _sortedItems;
    private KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>[]? _sortedPairs;
    private Ranks? _ranks;
    private GroupItem[]? _sortedItemIds;
    private (GroupPair Ids, int First, int Second, long Count)[]? _sortedPairIdsWithCounts;

    // Scratch for Add(DocumentObservation): one paragraph's item ids.
    private int[] _paragraph = new int[16];

    /// <summary>The groups seen, in order.</summary>
    public IReadOnlyList<GroupKey> Groups => Array.AsReadOnly(SortedGroups);

    /// <summary>The groups in order, as an array shared until the counts change (not to be written to).</summary>
    internal GroupKey[] SortedGroups => Sorted(ref _sortedGroups, () =>
    {
        int[] byRank = GetRanks().GroupsByRank;
        var groups = new List<GroupKey>(byRank.Length);
        foreach (int id in byRank)
        {
            if (_groupCounted[id])
            {
                groups.Add(_groupKeys[id]);
            }
        }

        return [.. groups];
    });

    /// <summary>Totals of one group.</summary>
    /// <exception cref="KeyNotFoundException">The group was never counted.</exception>
    public GroupTotals this[GroupKey group] => _groupIds.TryGetValue(group, out int id) && _groupCounted[id]
        ? _groupTotals[id]
        : throw new KeyNotFoundException($"The group '{group.Label}' was never counted.");

    /// <summary>Every (group, item) with its counts, sorted by group then item.</summary>
    public IEnumerable<KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>> Items => Array.AsReadOnly(SortedItems);

    /// <summary>The (group, item) counts sorted by group then item, as an array shared until the counts change (not to be written to).</summary>
    internal KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>[] SortedItems => Sorted(ref _sortedItems, () =>
    {
        GroupItem[] ids = SortedItemIds;
        var items = new KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            items[i] = KeyValuePair.Create((_groupKeys[ids[i].Group], _itemKeys[ids[i].Item]), _items[ids[i]]);
        }

        return items;
    });

    /// <summary>
    /// The (group, item) ids in the order of <see cref="SortedItems"/>: for statistics that look counts up by id (an
    /// integer hash) rather than by key (a hash of the strings).
    /// </summary>
    internal GroupItem[] SortedItemIds => Sorted(ref _sortedItemIds, () =>
    {
        Ranks ranks = GetRanks();
        var entries = new GroupItem[_items.Count];
        var groups = new int[entries.Length];
        var items = new int[entries.Length];
        int n = 0;
        foreach (GroupItem key in _items.Keys)
        {
            (entries[n], groups[n], items[n]) = (key, ranks.OfGroup[key.Group], ranks.OfItem[key.Item]);
            n++;
        }

        int[] order = Order(n, (groups, ranks.GroupsByRank.Length), (items, ranks.ItemsByRank.Length));
        var sorted = new GroupItem[n];
        for (int i = 0; i < n; i++)
        {
            sorted[i] = entries[order[i]];
        }

        return sorted;
    });

    /// <summary>Every item id, in the order of the items' keys.</summary>
    internal int[] ItemIdsInOrder => GetRanks().ItemsByRank;

    /// <summary>The number of items seen (item ids run from 0 to this, less one).</summary>
    internal int ItemIdCount => _itemKeys.Count;

    /// <summary>The group numbered <paramref name="id"/>.</summary>
    internal GroupKey GroupOf(int id) => _groupKeys[id];

    /// <summary>The item numbered <paramref name="id"/>.</summary>
    internal ItemKey ItemOf(int id) => _itemKeys[id];

    /// <summary>The counts of an item in a group, by their ids (zeros when it is never mentioned there).</summary>
    internal ItemCounts Get(GroupItem ids) => _items.GetValueOrDefault(ids);

    /// <summary>The totals of a group, by its id.</summary>
    /// <exception cref="KeyNotFoundException">The group was never counted.</exception>
    internal GroupTotals Totals(int group) => _groupCounted[group]
        ? _groupTotals[group]
        : throw new KeyNotFoundException($"The group '{_groupKeys[group].Label}' was never counted.");

    /// <summary>Every (group, item) by ids with its counts, in no order: for statistics that sort what they need themselves.</summary>
    internal Dictionary<GroupItem, ItemCounts> UnorderedItemIds => _items;

    /// <summary>Every (group, pair) with the number of paragraphs mentioning both, sorted.</summary>
    public IEnumerable<KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>> Pairs => Array.AsReadOnly(SortedPairs);

    /// <summary>The pair counts sorted by group, first item, second item, as an array shared until the counts change (not to be written to).</summary>
    internal KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>[] SortedPairs => Sorted(ref _sortedPairs, () =>
    {
        (GroupPair Ids, int First, int Second, long Count)[] ids = SortedPairIds;
        var pairs = new KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            pairs[i] = KeyValuePair.Create((_groupKeys[ids[i].Ids.Group], _itemKeys[ids[i].First], _itemKeys[ids[i].Second]), ids[i].Count);
        }

        return pairs;
    });

    /// <summary>
    /// The pairs in the order of <see cref="SortedPairs"/>, by ids: the stored key, the pair's two item ids in
    /// <see cref="ItemKey"/> order, and the number of paragraphs mentioning both.
    /// </summary>
    internal (GroupPair Ids, int First, int Second, long Count)[] SortedPairIds => Sorted(ref _sortedPairIdsWithCounts, () =>
    {
        Ranks ranks = GetRanks();
        var entries = new (GroupPair Ids, long Count)[_pairs.Count];
        var groups = new int[entries.Length];
        var lower = new int[entries.Length];
        var upper = new int[entries.Length];
        int n = 0;
        foreach ((GroupPair key, long count) in _pairs)
        {
            // The pair's items by rank, the lower first: a pair is stored once, whatever the order its items sort in.
            int a = ranks.OfItem[key.First], b = ranks.OfItem[key.Second];
            (entries[n], groups[n], lower[n], upper[n]) = ((key, count), ranks.OfGroup[key.Group], Math.Min(a, b), Math.Max(a, b));
            n++;
        }

        int items = ranks.ItemsByRank.Length;
        int[] order = Order(n, (groups, ranks.GroupsByRank.Length), (lower, items), (upper, items));
        var pairs = new (GroupPair Ids, int First, int Second, long Count)[n];
        for (int i = 0; i < n; i++)
        {
            int e = order[i];
            pairs[i] = (entries[e].Ids, ranks.ItemsByRank[lower[e]], ranks.ItemsByRank[upper[e]], entries[e].Count);
        }

        return pairs;
    });

    /// <summary>The counts of <paramref name="item"/> in <paramref name="group"/> (zeros when it is never mentioned there).</summary>
    public ItemCounts Get(GroupKey group, ItemKey item) =>
        _groupIds.TryGetValue(group, out int g) && _itemIds.TryGetValue(item, out int i) ? _items.GetValueOrDefault(new GroupItem(g, i)) : default;

    /// <summary>Counts one document.</summary>
    public void Add(DocumentObservation document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Changed();
        int group = GroupId(document.Group);
        long documentNumber = ++_documentsAdded;
        long mentions = 0;
        foreach (IReadOnlyList<ItemKey> paragraph in document.Paragraphs)
        {
            // The paragraph's items as ids, sorted so that each distinct item is a run (its length: the item's mentions).
            if (_paragraph.Length < paragraph.Count)
            {
                _paragraph = new int[Math.Max(paragraph.Count, _paragraph.Length * 2)];
            }

            int count = 0;
            foreach (ItemKey item in paragraph)
            {
                _paragraph[count++] = ItemId(item);
            }

            mentions += count;
            Span<int> ids = _paragraph.AsSpan(0, count);
            ids.Sort();
            int unique = 0;
            for (int i = 0; i < count;)
            {
                int item = ids[i];
                int run = 1;
                while (i + run < count && ids[i + run] == item)
                {
                    run++;
                }

                bool firstInDocument = _itemLastDocument[item] != documentNumber;
                _itemLastDocument[item] = documentNumber;
                CollectionsMarshal.GetValueRefOrAddDefault(_items, new GroupItem(group, item), out _) += new ItemCounts(run, firstInDocument ? 1 : 0, 1);
                ids[unique++] = item;
                i += run;
            }

            for (int i = 0; i < unique; i++)
            {
                for (int j = i + 1; j < unique; j++)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(_pairs, new GroupPair(group, ids[i], ids[j]), out _)++;
                }
            }
        }

        _groupTotals[group] += new GroupTotals(1, document.Characters, document.Paragraphs.Count, mentions);
        _groupCounted[group] = true;
    }

    /// <summary>Adds the counts of a disjoint part of the corpus.</summary>
    public void Add(CorpusCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Changed();
        int[] groups = new int[other._groupKeys.Count];
        for (int g = 0; g < groups.Length; g++)
        {
            groups[g] = GroupId(other._groupKeys[g]);
            if (other._groupCounted[g])
            {
                _groupTotals[groups[g]] += other._groupTotals[g];
                _groupCounted[groups[g]] = true;
            }
        }

        int[] items = [.. other._itemKeys.Select(ItemId)];
        foreach ((GroupItem key, ItemCounts counts) in other._items)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_items, new GroupItem(groups[key.Group], items[key.Item]), out _) += counts;
        }

        foreach ((GroupPair key, long count) in other._pairs)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_pairs, new GroupPair(groups[key.Group], items[key.First], items[key.Second]), out _) += count;
        }
    }

    /// <summary>Sets the totals of a group, as read back from a partial export.</summary>
    public void AddGroup(GroupKey group, GroupTotals totals)
    {
        Changed();
        int id = GroupId(group);
        _groupTotals[id] += totals;
        _groupCounted[id] = true;
    }

    /// <summary>Adds counts of an item in a group, as read back from a partial export.</summary>
    public void AddItem(GroupKey group, ItemKey item, ItemCounts counts)
    {
        Changed();
        CollectionsMarshal.GetValueRefOrAddDefault(_items, new GroupItem(GroupId(group), ItemId(item)), out _) += counts;
    }

    /// <summary>Adds a pair's paragraph count, as read back from a partial export.</summary>
    public void AddPair(GroupKey group, ItemKey first, ItemKey second, long paragraphs)
    {
        Changed();
        CollectionsMarshal.GetValueRefOrAddDefault(_pairs, new GroupPair(GroupId(group), ItemId(first), ItemId(second)), out _) += paragraphs;
    }

    private T Sorted<T>(ref T? cache, Func<T> sort)
        where T : class
    {
        lock (_sorting)
        {
            return cache ??= sort();
        }
    }

    private void Changed()
    {
        lock (_sorting)
        {
            _sortedGroups = null;
            _sortedItems = null;
            _sortedPairs = null;
            _ranks = null;
            _sortedItemIds = null;
            _sortedPairIdsWithCounts = null;
        }
    }

    // A group seen for the first time has no totals until a document or a partial's group row gives them.
    private int GroupId(GroupKey group)
    {
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_groupIds, group, out bool exists);
        if (!exists)
        {
            id = _groupKeys.Count;
            _groupKeys.Add(group);
            _groupTotals.Add(default);
            _groupCounted.Add(false);
        }

        return id;
    }

    private int ItemId(ItemKey item)
    {
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_itemIds, item, out bool exists);
        if (!exists)
        {
            id = _itemKeys.Count;
            _itemKeys.Add(item);
            _itemLastDocument.Add(0);
        }

        return id;
    }

    private Ranks GetRanks() => Sorted(ref _ranks, () =>
    {
        // Each group's and item's place in the order of their keys. Ids are sorted, not the keys (structs and tuples of
        // keys): the framework's sort over an int array with a comparison is precompiled, its instantiations over our
        // tuples were compiled by the JIT at every run and sorted at tier 0 (issue 14). Distinct keys never compare equal,
        // so the ranks, and every order made from them, are those of sorting the keys themselves.
        int[] groupsByRank = Identity(_groupKeys.Count);
        Array.Sort(groupsByRank, (a, b) => _groupKeys[a].CompareTo(_groupKeys[b]));
        int[] itemsByRank = Identity(_itemKeys.Count);
        Array.Sort(itemsByRank, (a, b) => _itemKeys[a].CompareTo(_itemKeys[b]));
        return new Ranks(groupsByRank, Inverse(groupsByRank), itemsByRank, Inverse(itemsByRank));
    });

    private static int[] Identity(int count)
    {
        var ids = new int[count];
        for (int i = 0; i < count; i++)
        {
            ids[i] = i;
        }

        return ids;
    }

    private static int[] Inverse(int[] order)
    {
        var rank = new int[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        return rank;
    }

    /// <summary>
    /// The entries' numbers (0 to <paramref name="count"/> − 1) ordered by their first key, then their second…: each key
    /// an entry's rank below its range. A counting sort per key, last key first, each pass stable: linear in the entries
    /// and the ranges, and no comparison sort over our structs, whose framework instantiations ReadyToRun does not hold.
    /// </summary>
    private static int[] Order(int count, params (int[] Rank, int Range)[] keys)
    {
        int[] order = Identity(count), next = new int[count];
        for (int k = keys.Length - 1; k >= 0; k--)
        {
            (int[] rank, int range) = keys[k];
            var start = new int[range + 1];
            foreach (int e in order)
            {
                start[rank[e] + 1]++;
            }

            for (int r = 0; r < range; r++)
            {
                start[r + 1] += start[r];
            }

            foreach (int e in order)
            {
                next[start[rank[e]]++] = e;
            }

            (order, next) = (next, order);
        }

        return order;
    }

    /// <summary>Each group's and item's rank in key order, and the ids by rank.</summary>
    private sealed record Ranks(int[] GroupsByRank, int[] OfGroup, int[] ItemsByRank, int[] OfItem);

    /// <summary>An item in a group, by their ids.</summary>
    internal readonly record struct GroupItem(int Group, int Item);

    /// <summary>Two items of a group, by their ids, the smaller id first.</summary>
    internal readonly record struct GroupPair
    {
        public GroupPair(int group, int a, int b) => (Group, First, Second) = (group, Math.Min(a, b), Math.Max(a, b));

        public int Group { get; }

        public int First { get; }

        public int Second { get; }
    }
}
