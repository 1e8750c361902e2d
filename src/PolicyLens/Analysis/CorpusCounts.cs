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

    /// <summary>The groups seen, in order.</summary>
    public IReadOnlyList<GroupKey> Groups => [.. _groups.Keys.Order()];

    /// <summary>Totals of one group.</summary>
    public GroupTotals this[GroupKey group] => _groups[group];

    /// <summary>Every (group, item) with its counts, sorted by group then item.</summary>
    public IEnumerable<KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>> Items =>
        _items.OrderBy(e => e.Key.Group).ThenBy(e => e.Key.Item);

    /// <summary>Every (group, item) with its counts, in no order: for statistics that sort what they need themselves.</summary>
    internal IEnumerable<KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>> UnorderedItems => _items;

    /// <summary>Every (group, pair) with the number of paragraphs mentioning both, sorted.</summary>
    public IEnumerable<KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>> Pairs =>
        _pairs.OrderBy(e => e.Key.Group).ThenBy(e => e.Key.First).ThenBy(e => e.Key.Second);

    /// <summary>The counts of <paramref name="item"/> in <paramref name="group"/> (zeros when it is never mentioned there).</summary>
    public ItemCounts Get(GroupKey group, ItemKey item) => _items.GetValueOrDefault((group, item));

    /// <summary>Counts one document.</summary>
    public void Add(DocumentObservation document)
    {
        ArgumentNullException.ThrowIfNull(document);
        GroupTotals totals = _groups.GetValueOrDefault(document.Group);
        long mentions = 0;
        var inDocument = new HashSet<ItemKey>();
        foreach (IReadOnlyList<ItemKey> paragraph in document.Paragraphs)
        {
            var distinct = new SortedSet<ItemKey>(paragraph);
            foreach (ItemKey item in paragraph)
            {
                mentions++;
                Bump(document.Group, item, mentions: 1, documents: 0, paragraphs: 0);
            }

            foreach (ItemKey item in distinct)
            {
                Bump(document.Group, item, mentions: 0, documents: inDocument.Add(item) ? 1 : 0, paragraphs: 1);
            }

            ItemKey[] ordered = [.. distinct];
            for (int i = 0; i < ordered.Length; i++)
            {
                for (int j = i + 1; j < ordered.Length; j++)
                {
                    var key = (document.Group, ordered[i], ordered[j]);
                    _pairs[key] = _pairs.GetValueOrDefault(key) + 1;
                }
            }
        }

        _groups[document.Group] = totals + new GroupTotals(1, document.Characters, document.Paragraphs.Count, mentions);
    }

    /// <summary>Adds the counts of a disjoint part of the corpus.</summary>
    public void Add(CorpusCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
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
    public void AddGroup(GroupKey group, GroupTotals totals) => _groups[group] = _groups.GetValueOrDefault(group) + totals;

    /// <summary>Adds counts of an item in a group, as read back from a partial export.</summary>
    public void AddItem(GroupKey group, ItemKey item, ItemCounts counts) => _items[(group, item)] = _items.GetValueOrDefault((group, item)) + counts;

    /// <summary>Adds a pair's paragraph count, as read back from a partial export.</summary>
    public void AddPair(GroupKey group, ItemKey first, ItemKey second, long paragraphs)
    {
        var key = first.CompareTo(second) <= 0 ? (group, first, second) : (group, second, first);
        _pairs[key] = _pairs.GetValueOrDefault(key) + paragraphs;
    }

    private void Bump(GroupKey group, ItemKey item, long mentions, long documents, long paragraphs) =>
        _items[(group, item)] = _items.GetValueOrDefault((group, item)) + new ItemCounts(mentions, documents, paragraphs);
}
