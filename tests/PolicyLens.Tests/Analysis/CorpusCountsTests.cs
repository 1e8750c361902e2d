// The corpus counts on real text: what they hold is exactly a direct count of the mentions, and it grows with the
// vocabulary, not with the number of documents (issue 14: a 1 GB corpus in flat memory).
using PolicyLens.Analysis;
using PolicyLens.Text;

namespace PolicyLens.Tests.Analysis;

/// <summary>
/// <see cref="CorpusCounts"/> counts under interned group and item ids; these specifications check its tables against a
/// count written the plain way (LINQ over every mention of the national Government Work Reports), so that the ids change
/// nothing a table shows.
/// </summary>
public sealed class CorpusCountsTests
{
    private static readonly Lazy<DocumentObservation[]> Gwr = new(() =>
        [.. new CorpusReader().Read(SharedData.Require("corpus/gwr"))
            .Select(d => DocumentAnalysis.Create(d, GroupBy.Year, [SloganMentionSource.Default]).Observation)]);

    private static CorpusCounts Count(IEnumerable<DocumentObservation> documents)
    {
        var counts = new CorpusCounts();
        foreach (DocumentObservation document in documents)
        {
            counts.Add(document);
        }

        return counts;
    }

    // Every mention as (group, document, paragraph, item): the plain form the counts summarise.
    private static IEnumerable<(GroupKey Group, string Document, int Paragraph, ItemKey Item)> Mentions(IEnumerable<DocumentObservation> documents) =>
        documents.SelectMany(d => d.Paragraphs.SelectMany((items, p) => items.Select(item => (d.Group, d.DocumentId, p, item))));

    [Fact]
    public void Item_counts_of_the_national_reports_are_the_mentions_documents_and_paragraphs_counted_directly()
    {
        DocumentObservation[] documents = Gwr.Value;
        var expected = Mentions(documents)
            .GroupBy(m => (m.Group.Label, m.Item))
            .ToDictionary(g => g.Key, g => new ItemCounts(g.Count(), g.Select(m => m.Document).Distinct().Count(), g.Select(m => (m.Document, m.Paragraph)).Distinct().Count()));

        var actual = Count(documents).Items.ToDictionary(e => (e.Key.Group.Label, e.Key.Item), e => e.Value);

        Assert.True(expected.Count > 1000, $"the national reports mention {expected.Count} (year, item) pairs");
        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected, e => Assert.Equal(e.Value, actual[e.Key]));
    }

    [Fact]
    public void Pair_counts_of_the_national_reports_are_the_paragraphs_mentioning_both_items_counted_directly()
    {
        DocumentObservation[] documents = Gwr.Value;
        var expected = documents
            .SelectMany(d => d.Paragraphs.SelectMany(items =>
            {
                ItemKey[] distinct = [.. items.Distinct().Order()];
                return distinct.SelectMany((a, i) => distinct.Skip(i + 1).Select(b => (d.Group.Label, a, b)));
            }))
            .GroupBy(p => p)
            .ToDictionary(g => g.Key, g => (long)g.Count());

        KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>[] actual = [.. Count(documents).Pairs];

        Assert.True(expected.Count > 1000, $"the national reports have {expected.Count} co-mentioned pairs");
        Assert.Equal(expected.Count, actual.Length);
        Assert.All(actual, p =>
        {
            Assert.True(p.Key.First.CompareTo(p.Key.Second) < 0, $"{p.Key.First} comes before {p.Key.Second}");
            Assert.Equal(expected[(p.Key.Group.Label, p.Key.First, p.Key.Second)], p.Value);
        });
    }

    [Fact]
    public void Items_and_pairs_of_the_national_reports_come_in_the_order_of_their_keys()
    {
        // The sorted views are made from ranks and counting sorts over ids (issue 14); they must be the order of the keys.
        CorpusCounts counts = Count(Gwr.Value);
        var items = counts.Items.ToList();
        var pairs = counts.Pairs.ToList();

        Assert.True(items.Count > 1000 && pairs.Count > 1000, $"{items.Count} items and {pairs.Count} pairs");
        Assert.Equal(items.OrderBy(e => e.Key.Group).ThenBy(e => e.Key.Item), items);
        Assert.All(pairs, p => Assert.True(p.Key.First.CompareTo(p.Key.Second) < 0, $"{p.Key.First} before {p.Key.Second}"));
        Assert.Equal(pairs.OrderBy(e => e.Key.Group).ThenBy(e => e.Key.First).ThenBy(e => e.Key.Second), pairs);
    }

    [Fact]
    public void Each_trend_of_the_national_reports_is_the_line_and_test_fitted_to_that_items_rates_alone()
    {
        // Trends fit every item along one shared axis; each row must be what the public fit and test give for its series.
        CorpusCounts counts = Count(Gwr.Value);
        GroupKey[] axis = [.. counts.Groups.Where(g => g.Time is not null)];
        double[] time = [.. axis.Select(g => g.Time!.Value)];
        var rows = CorpusStatistics.Trends(counts).ToList();

        Assert.Equal(counts.Items.Select(e => e.Key.Item).Distinct().Count(), rows.Count);
        Assert.All(rows, row =>
        {
            double[] rates = [.. axis.Select(g => counts.Get(g, row.Item).Mentions * 10_000.0 / counts[g].Characters)];
            LinearTrend line = LinearTrend.Fit(time, rates);
            MannKendallTest test = MannKendallTest.Run(rates);
            Assert.Equal((line.Slope, line.PValue, test.Tau, test.PValue), (row.Slope, row.SlopeP, row.Tau, row.TauP));
            Assert.Equal(rates.Count(r => r > 0), row.GroupsSeen);
        });
    }

    [Fact]
    public void Keyness_and_cooccurrence_of_the_national_reports_are_computed_from_the_counts_as_published()
    {
        // The tables look counts up by id; each row must be the statistic of the counts read back by key.
        CorpusCounts counts = Count(Gwr.Value);
        long characters = counts.Groups.Sum(g => counts[g].Characters);
        var totals = counts.Items.GroupBy(e => e.Key.Item).ToDictionary(g => g.Key, g => g.Sum(e => e.Value.Mentions));
        var keyness = CorpusStatistics.KeynessByGroup(counts).ToList();
        var cooccurrence = CorpusStatistics.Cooccurrence(counts).ToList();

        Assert.Equal(counts.Items.Count(), keyness.Count);
        Assert.All(keyness, row =>
        {
            long mentions = counts.Get(row.Group, row.Item).Mentions, own = counts[row.Group].Characters;
            Assert.Equal(Keyness.Score(mentions, totals[row.Item] - mentions, own, characters - own), row.Score);
        });
        Assert.Equal(counts.Pairs.Count(), cooccurrence.Count);
        Assert.All(cooccurrence, row =>
        {
            double n = counts[row.Group].Paragraphs;
            double first = counts.Get(row.Group, row.First).Paragraphs / n, second = counts.Get(row.Group, row.Second).Paragraphs / n;
            Assert.Equal(Math.Log2(row.Paragraphs / n / (first * second)), row.Pmi);
        });
    }

    [Fact]
    public void Group_totals_of_the_national_reports_are_their_documents_characters_paragraphs_and_mentions()
    {
        DocumentObservation[] documents = Gwr.Value;
        CorpusCounts counts = Count(documents);

        Assert.Equal(documents.Select(d => d.Group).Distinct().Order(), counts.Groups);
        Assert.All(documents.GroupBy(d => d.Group), g => Assert.Equal(
            new GroupTotals(g.Count(), g.Sum(d => d.Characters), g.Sum(d => d.Paragraphs.Count), g.Sum(d => d.Paragraphs.Sum(p => p.Count))),
            counts[g.Key]));
    }

    [Fact]
    public void The_same_reports_counted_three_times_keep_the_same_keys_with_three_times_the_counts()
    {
        // What a large corpus of repeated documents (the generated corpus of benchmarks/analyze-scale.sh) costs in memory:
        // the vocabulary, not the documents.
        DocumentObservation[] documents = Gwr.Value;
        CorpusCounts once = Count(documents);
        CorpusCounts thrice = Count(documents.Concat(documents).Concat(documents));

        Assert.Equal(once.Items.Select(e => e.Key), thrice.Items.Select(e => e.Key));
        Assert.Equal(once.Pairs.Select(e => e.Key), thrice.Pairs.Select(e => e.Key));
        Assert.Equal(once.Items.Select(e => e.Value + e.Value + e.Value), thrice.Items.Select(e => e.Value));
        Assert.Equal(once.Pairs.Select(e => 3 * e.Value), thrice.Pairs.Select(e => e.Value));
    }

    [Fact]
    public void Counts_read_back_item_by_item_and_pair_by_pair_equal_the_counts_they_came_from()
    {
        // The merge of shards reads the partials back this way, pairs in either order.
        CorpusCounts counts = Count(Gwr.Value);
        var read = new CorpusCounts();
        foreach (GroupKey group in counts.Groups)
        {
            read.AddGroup(group, counts[group]);
        }

        foreach (var ((group, item), c) in counts.Items)
        {
            read.AddItem(group, item, c);
        }

        foreach (var ((group, first, second), c) in counts.Pairs)
        {
            read.AddPair(group, second, first, c);
        }

        Assert.Equal(counts.Groups, read.Groups);
        Assert.Equal(counts.Items, read.Items);
        Assert.Equal(counts.Pairs, read.Pairs);
    }

    [Fact]
    public void A_group_known_only_from_item_counts_has_no_totals()
    {
        var counts = new CorpusCounts();
        var year = new GroupKey("2019", 2019);
        counts.AddItem(year, new ItemKey("lexicon", "六稳"), new ItemCounts(2, 1, 2));

        Assert.Empty(counts.Groups);
        Assert.Throws<KeyNotFoundException>(() => counts[year]);
        Assert.Equal(new ItemCounts(2, 1, 2), counts.Get(year, new ItemKey("lexicon", "六稳")));
    }
}
