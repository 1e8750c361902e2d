using PolicyLens.Analysis;

namespace PolicyLens.Tests.Analysis;

/// <summary>The tables computed from corpus counts: rates, shares, trends, keyness, co-occurrence, and exact merging.</summary>
public sealed class CorpusStatisticsTests
{
    private static readonly ItemKey SixStabilities = new("lexicon", "六稳");
    private static readonly ItemKey SupplySide = new("lexicon", "供给侧结构性改革");
    private static readonly ItemKey NewProductive = new("lexicon", "新质生产力");
    private static readonly ItemKey ClassStruggle = new("lexicon", "阶级斗争");

    private static DocumentObservation[] Corpus()
    {
        var documents = new List<DocumentObservation>();
        for (int year = 2010; year <= 2021; year++)
        {
            var paragraphs = new List<IReadOnlyList<ItemKey>>();
            for (int k = 0; k < year - 2009; k++)
            {
                paragraphs.Add([SupplySide, SixStabilities]);
            }

            if (year <= 2012)
            {
                paragraphs.Add([ClassStruggle]);
            }

            if (year >= 2020)
            {
                paragraphs.Add([NewProductive, NewProductive]);
            }

            paragraphs.Add([]);
            documents.Add(new DocumentObservation($"{year}.txt", new GroupKey(year.ToString(System.Globalization.CultureInfo.InvariantCulture), year), 20_000, paragraphs));
        }

        return [.. documents];
    }

    private static CorpusCounts Count(IEnumerable<DocumentObservation> documents)
    {
        var counts = new CorpusCounts();
        foreach (DocumentObservation document in documents)
        {
            counts.Add(document);
        }

        return counts;
    }

    [Fact]
    public void Frequencies_give_counts_rates_per_ten_thousand_characters_and_shares()
    {
        FrequencyRow row = CorpusStatistics.Frequencies(Count(Corpus())).Single(r => r.Group.Label == "2021" && r.Item == NewProductive);
        Assert.Equal(2, row.Count);
        Assert.Equal(1, row.Documents);
        Assert.Equal(1.0, row.RatePer10K, 12);
        Assert.Equal(2.0 / (12 + 12 + 2), row.Share, 12);
    }

    [Fact]
    public void Trends_tell_new_rising_and_gone_items_apart()
    {
        Dictionary<ItemKey, TrendRow> trends = CorpusStatistics.Trends(Count(Corpus())).ToDictionary(t => t.Item);
        Assert.Equal(TrendStatus.New, trends[NewProductive].Status);
        Assert.Equal("2020", trends[NewProductive].FirstGroup.Label);
        Assert.Equal(TrendStatus.Rising, trends[SupplySide].Status);
        Assert.True(trends[SupplySide].Slope > 0);
        Assert.Equal(1.0, trends[SupplySide].Tau, 12);
        Assert.Equal("2021", trends[SupplySide].PeakGroup.Label);
        Assert.Equal(TrendStatus.Gone, trends[ClassStruggle].Status);
        Assert.Equal("2012", trends[ClassStruggle].LastGroup.Label);
    }

    [Fact]
    public void Keyness_compares_a_group_with_all_the_others_in_mentions_per_character()
    {
        KeynessRow row = CorpusStatistics.KeynessByGroup(Count(Corpus())).Single(r => r.Group.Label == "2021" && r.Item == NewProductive);
        Assert.Equal(Keyness.Score(2, 2, 20_000, 11 * 20_000), row.Score);
        Assert.True(row.Score.G2 > 0);
    }

    [Fact]
    public void Cooccurrence_counts_paragraphs_with_both_items_and_their_pmi()
    {
        CooccurrenceRow row = CorpusStatistics.Cooccurrence(Count(Corpus())).Single(r => r.Group.Label == "2010");
        Assert.Equal(new[] { SixStabilities, SupplySide }.Order(), new[] { row.First, row.Second }.Order());
        Assert.True(row.First.CompareTo(row.Second) < 0);
        Assert.Equal(1, row.Paragraphs);

        // 2010 has 3 paragraphs; both items are in 1 of them: log2((1/3) / ((1/3)(1/3))) = log2 3.
        Assert.Equal(Math.Log2(3), row.Pmi, 12);
    }

    [Fact]
    public void Counts_of_disjoint_shards_add_up_to_exactly_the_counts_of_the_whole()
    {
        DocumentObservation[] corpus = Corpus();
        CorpusCounts whole = Count(corpus);
        CorpusCounts merged = Count(corpus.Where((_, i) => i % 3 == 0));
        merged.Add(Count(corpus.Where((_, i) => i % 3 == 1)));
        merged.Add(Count(corpus.Where((_, i) => i % 3 == 2)));

        Assert.Equal(CorpusStatistics.Frequencies(whole), CorpusStatistics.Frequencies(merged));
        Assert.Equal(CorpusStatistics.Trends(whole), CorpusStatistics.Trends(merged));
        Assert.Equal(CorpusStatistics.KeynessByGroup(whole), CorpusStatistics.KeynessByGroup(merged));
        Assert.Equal(CorpusStatistics.Cooccurrence(whole), CorpusStatistics.Cooccurrence(merged));
    }

    [Fact]
    public void Groups_without_a_time_get_no_trends()
    {
        var counts = new CorpusCounts();
        counts.Add(new DocumentObservation("a", new GroupKey("national", null), 100, [[SixStabilities]]));
        counts.Add(new DocumentObservation("b", new GroupKey("municipal", null), 100, [[SixStabilities]]));
        Assert.Empty(CorpusStatistics.Trends(counts));
    }

    [Fact]
    public void Items_groups_and_pairs_come_sorted_and_stay_sorted_when_counts_are_added_after_reading_them()
    {
        DocumentObservation[] corpus = Corpus();
        CorpusCounts counts = Count(corpus.Skip(6));
        _ = counts.Items.Count();
        _ = counts.Pairs.Count();
        _ = counts.Groups.Count;

        // Added after the sorted views were read: earlier years, and a pair not seen before.
        foreach (DocumentObservation document in corpus.Take(6))
        {
            counts.Add(document);
        }

        counts.AddPair(new GroupKey("2010", 2010), SupplySide, ClassStruggle, 1);
        CorpusCounts whole = Count(corpus);
        whole.AddPair(new GroupKey("2010", 2010), ClassStruggle, SupplySide, 1);

        Assert.Equal(whole.Items.OrderBy(e => e.Key.Group).ThenBy(e => e.Key.Item), counts.Items);
        Assert.Equal(whole.Pairs.OrderBy(e => e.Key.Group).ThenBy(e => e.Key.First).ThenBy(e => e.Key.Second), counts.Pairs);
        Assert.Equal(whole.Groups.Order(), counts.Groups);
        Assert.Equal(12, counts.Groups.Count);
        Assert.Equal(CorpusStatistics.Cooccurrence(whole), CorpusStatistics.Cooccurrence(counts));
    }

    [Fact]
    public void Statistics_read_on_several_threads_at_once_give_the_rows_of_one_thread()
    {
        CorpusCounts counts = Count(Corpus());
        FrequencyRow[] frequencies = [.. CorpusStatistics.Frequencies(Count(Corpus()))];
        CooccurrenceRow[] pairs = [.. CorpusStatistics.Cooccurrence(Count(Corpus()))];
        Parallel.For(0, 8, i =>
        {
            if (i % 2 == 0)
            {
                Assert.Equal(frequencies, CorpusStatistics.Frequencies(counts));
            }
            else
            {
                Assert.Equal(pairs, CorpusStatistics.Cooccurrence(counts));
            }
        });
    }
}
