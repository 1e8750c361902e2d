// Specifies the edge filter of the segmenter's prefix dictionary: a frozen dictionary answers most failing steps of a
// walk from a bit table before its slot table, and must never turn away a step that leads to a word or a prefix.
using PolicyLens.Extraction.Slogans;
using PolicyLens.Tokenization;

namespace PolicyLens.Tests.Tokenization;

public sealed class PrefixDictionaryFilterTests
{
    [Fact]
    public void Every_fragment_of_a_report_is_found_in_jieba_s_frozen_dictionary_as_in_its_unfiltered_copy()
    {
        // The copy for adding words is unfrozen and so has no filter: it answers from the slots alone, with the same nodes.
        PrefixDictionary frozen = JiebaSegmenter.Default.Dictionary;
        PrefixDictionary plain = frozen.CloneForAdding();
        string text = SharedData.ReadText("corpus/gwr/2019.txt");

        (int Fragments, int Found) counts = CompareEveryFragment(frozen, plain, text);

        Assert.True(frozen.IsFrozen && !plain.IsFrozen);
        Assert.True(counts.Found > 20_000, $"{counts.Found} of {counts.Fragments} fragments found: a report is mostly dictionary words");
        Assert.True(counts.Found < counts.Fragments, "most long fragments are no prefix of any word");
    }

    [Fact]
    public void The_lexicon_aware_dictionary_keeps_every_added_formula_and_its_prefixes()
    {
        // The lexicon's segmenter is jieba's dictionary with the formulas added, then frozen again (and filtered anew).
        PrefixDictionary frozen = Lexicon.Default.Segmenter.Dictionary;
        PrefixDictionary plain = frozen.CloneForAdding();
        string text = SharedData.ReadText("corpus/cpc-congress/19_2017.txt");

        (int _, int found) = CompareEveryFragment(frozen, plain, text);

        Assert.True(found > 20_000, $"{found} fragments found");
        foreach (UserWord word in Lexicon.Default.UserWords)
        {
            Assert.True(frozen.IsWord(word.Word), word.Word);
            for (int length = 1; length < word.Word.Length; length++)
            {
                Assert.True(frozen.Find(word.Word.AsSpan(0, length)) >= 0, word.Word[..length]);
            }
        }
    }

    [Fact]
    public void The_lexicon_aware_dictionary_s_filter_is_jieba_s_plus_the_formulas_edges_the_same_bits_as_a_pass_over_its_slots()
    {
        // The copy starts from jieba's filter and adds only the edges the formulas brought; a pass over every slot of the
        // frozen copy sets exactly the same bits.
        PrefixDictionary jieba = JiebaSegmenter.Default.Dictionary;
        PrefixDictionary lexicon = Lexicon.Default.Segmenter.Dictionary;

        Assert.True(lexicon.NodeCount > jieba.NodeCount, "the formulas add trie nodes");
        Assert.Equal(jieba.EdgeFilter!.Length, lexicon.EdgeFilter!.Length);
        Assert.Equal(lexicon.EdgeFilterFromSlots(), lexicon.EdgeFilter);
        Assert.Equal(jieba.EdgeFilterFromSlots(), jieba.EdgeFilter);
        Assert.NotEqual(jieba.EdgeFilter, lexicon.EdgeFilter);
    }

    [Fact]
    public void A_copy_that_outgrows_the_filter_s_size_builds_its_filter_from_its_slots()
    {
        // 15,000 new five-character words, four new edges each: past the size at which the filter doubles, so the
        // original's bits cannot be reused and the copy's filter comes from a pass over its slots.
        PrefixDictionary jieba = JiebaSegmenter.Default.Dictionary;
        PrefixDictionary copy = jieba.CloneForAdding();
        string[] words = [.. Enumerable.Range(0, 15_000).Select(i => new string([(char)(0x4E00 + i), '\uE000', (char)(0xE100 + (i % 7)), '\uE200', '\uE300']))];
        foreach (string word in words)
        {
            copy.Add(word, 3);
        }

        copy.Freeze();

        Assert.True(copy.EdgeFilter!.Length > jieba.EdgeFilter!.Length, $"{copy.EdgeFilter.Length} words of filter against {jieba.EdgeFilter.Length}");
        Assert.Equal(copy.EdgeFilterFromSlots(), copy.EdgeFilter);
        Assert.All(words, word => Assert.True(copy.IsWord(word), word));
        Assert.True(copy.IsWord("中国") && jieba.IsWord("中国"));
    }

    // Every fragment of up to eight characters at every position, looked up in both; returns how many were and were found.
    private static (int Fragments, int Found) CompareEveryFragment(PrefixDictionary frozen, PrefixDictionary plain, string text)
    {
        int fragments = 0, found = 0;
        for (int start = 0; start < text.Length; start++)
        {
            for (int length = 1; length <= 8 && start + length <= text.Length; length++)
            {
                ReadOnlySpan<char> fragment = text.AsSpan(start, length);
                int node = frozen.Find(fragment);
                Assert.Equal(plain.Find(fragment), node);
                Assert.Equal(plain.Frequency(fragment), frozen.Frequency(fragment));
                fragments++;
                found += node >= 0 ? 1 : 0;
            }
        }

        return (fragments, found);
    }
}
