// The additive counts of a corpus (groups, items, pairs) from which every statistic is computed and which shards merge.
using System.Runtime.InteropServices;

namespace PolicyLens.Analysis;

/// <summary>
/// The additive summary of a corpus from which every statistic is computed: per group the documents, characters,
/// paragraphs and mentions; per group and item the mentions, documents and paragraphs; per group and pair of items
/// the paragraphs mentioning both. Counts from disjoint parts of a corpus (threads, shards) add up with
/// <see cref="Add(CorpusCounts)"/> to exactly the counts of the whole, which is what makes sharding and merging exact.
/// </summary>
public sealed class CorpusCounts
{
    private readonly Dictionary<GroupKey, GroupTotals> _groups = [];
    private readonly Dictionary<(GroupKey Group, ItemKey Item), ItemCounts> _items = [];
    private readonly Dictionary<(GroupKey Group, ItemKey First, ItemKey Second), long> _pairs = [];
    private readonly Lock _sorting = new();

    // The sorted views, made on first enumeration and kept until the counts change: the statistics tables, written on
    // several threads at once, each enumerate them (sorting 20,000 pairs for every table cost more than the table).
    private GroupKey[]? _sortedGroups;
    private KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>[]? _sortedItems;
    private KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>[]? _sortedPairs;

    /// <summary>The groups seen, in order.</summary>
    public IReadOnlyList<GroupKey> Groups => Array.AsReadOnly(SortedGroups);

    /// <summary>The groups in order, as an array shared until the counts change (not to be written to).</summary>
    internal GroupKey[] SortedGroups => Sorted(ref _sortedGroups, () =>
    {
        GroupKey[] groups = [.. _groups.Keys];
        Array.Sort(groups);
        return groups;
    });

    /// <summary>Totals of one group.</summary>
    public GroupTotals this[GroupKey group] => _groups[group];

    /// <summary>Every (group, item) with its counts, sorted by group then item.</summary>
    public IEnumerable<KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>> Items => Array.AsReadOnly(SortedItems);

    /// <summary>The (group, item) counts sorted by group then item, as an array shared until the counts change (not to be written to).</summary>
    internal KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>[] SortedItems => Sorted(ref _sortedItems, () =>
    {
        KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>[] items = [.. _items];
        Array.Sort(items, static (a, b) =>
        {
            int group = a.Key.Group.CompareTo(b.Key.Group);
            return group != 0 ? group : a.Key.Item.CompareTo(b.Key.Item);
        });
        return items;
    });

    /// <summary>Every (group, item) with its counts, in no order: for statistics that sort what they need themselves.</summary>
    internal IEnumerable<KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>> UnorderedItems => _items;

    /// <summary>Every (group, pair) with the number of paragraphs mentioning both, sorted.</summary>
    public IEnumerable<KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>> Pairs => Array.AsReadOnly(SortedPairs);

    /// <summary>The pair counts sorted by group, first item, second item, as an array shared until the counts change (not to be written to).</summary>
    internal KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>[] SortedPairs => Sorted(ref _sortedPairs, () =>
    {
        KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>[] pairs = [.. _pairs];
        Array.Sort(pairs, static (a, b) =>
        {
            int group = a.Key.Group.CompareTo(b.Key.Group);
            if (group != 0)
            {
                return group;
            }

            int first = a.Key.First.CompareTo(b.Key.First);
            return first != 0 ? first : a.Key.Second.CompareTo(b.Key.Second);
        });
        return pairs;
    });

    /// <summary>The counts of <paramref name="item"/> in <paramref name="group"/> (zeros when it is never mentioned there).</summary>
    public ItemCounts Get(GroupKey group, ItemKey item) => _items.GetValueOrDefault((group, item));

    /// <summary>Counts one document.</summary>
    public void Add(DocumentObservation document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Changed();
        GroupTotals totals = _groups.GetValueOrDefault(document.Group);
        long mentions = 0;
        var inDocument = new HashSet<ItemKey>();
        ItemKey[] distinct = [];
        foreach (IReadOnlyList<ItemKey> paragraph in document.Paragraphs)
        {
            foreach (ItemKey item in paragraph)
            {
                mentions++;
                Bump(document.Group, item, mentions: 1, documents: 0, paragraphs: 0);
            }

            // The paragraph's distinct items in order (sorted in a reused array rather than a SortedSet per paragraph).
            if (distinct.Length < paragraph.Count)
            {
                distinct = new ItemKey[Math.Max(paragraph.Count, distinct.Length * 2)];
            }

            int count = 0;
            foreach (ItemKey item in paragraph)
            {
                distinct[count++] = item;
            }

            Array.Sort(distinct, 0, count);
            int unique = 0;
            for (int i = 0; i < count; i++)
            {
                if (unique == 0 || distinct[i] != distinct[unique - 1])
                {
                    distinct[unique++] = distinct[i];
                }
            }

            for (int i = 0; i < unique; i++)
            {
                ItemKey item = distinct[i];
                Bump(document.Group, item, mentions: 0, documents: inDocument.Add(item) ? 1 : 0, paragraphs: 1);
            }

            for (int i = 0; i < unique; i++)
            {
                for (int j = i + 1; j < unique; j++)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(_pairs, (document.Group, distinct[i], distinct[j]), out _)++;
                }
            }
        }

        _groups[document.Group] = totals + new GroupTotals(1, document.Characters, document.Paragraphs.Count, mentions);
    }

    /// <summary>Adds the counts of a disjoint part of the corpus.</summary>
    public void Add(CorpusCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Changed();
        foreach (var (group, totals) in other._groups)
        {
            _groups[group] = _groups.GetValueOrDefault(group) + totals;
        }

        foreach (var (key, counts) in other._items)
        {
            _items[key] = _items.GetValueOrDefault(key) + counts;
        }

        foreach (var (key, count) in other._pairs)
        {
            _pairs[key] = _pairs.GetValueOrDefault(key) + count;
        }
    }

    /// <summary>Sets the totals of a group, as read back from a partial export.</summary>
    public void AddGroup(GroupKey group, GroupTotals totals)
    {
        Changed();
        _groups[group] = _groups.GetValueOrDefault(group) + totals;
    }

    /// <summary>Adds counts of an item in a group, as read back from a partial export.</summary>
    public void AddItem(GroupKey group, ItemKey item, ItemCounts counts)
    {
        Changed();
        _items[(group, item)] = _items.GetValueOrDefault((group, item)) + counts;
    }

    /// <summary>Adds a pair's paragraph count, as read back from a partial export.</summary>
    public void AddPair(GroupKey group, ItemKey first, ItemKey second, long paragraphs)
    {
        Changed();
        var key = first.CompareTo(second) <= 0 ? (group, first, second) : (group, second, first);
        _pairs[key] = _pairs.GetValueOrDefault(key) + paragraphs;
    }

    private T[] Sorted<T>(ref T[]? cache, Func<T[]> sort)
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
        }
    }

    private void Bump(GroupKey group, ItemKey item, long mentions, long documents, long paragraphs)
    {
        ref ItemCounts counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_items, (group, item), out _);
        counts += new ItemCounts(mentions, documents, paragraphs);
    }
}
