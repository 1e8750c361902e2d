// Specifies the spelling trie the lexicon matcher walks at every character: the shortcuts that turn a failing step
// away early (a node without children, the edge bit filter) must never turn away a step that leads to a spelling.
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class SpellingTrieTests
{
    [Fact]
    public void Walking_a_report_finds_every_lexicon_spelling_a_plain_search_finds()
    {
        string text = SharedData.ReadText("corpus/gwr/2019.txt") + SharedData.ReadText("corpus/cpc-congress/19_2017.txt");
        string[] spellings =
        [
            .. Lexicon.Default.Entries.SelectMany(e => e.Spellings.Concat(e.Members.SelectMany(m => m.Spellings))).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal),
        ];

        HashSet<(int, int, string)> walked = Walk(new SpellingTrie<string>(spellings.Select(s => (s, s))), text);

        Assert.Equal(Search(spellings, text), walked);
        Assert.True(walked.Count > 1000, $"{walked.Count} matches: the report should name many formulas");
    }

    [Fact]
    public void Contains_answers_a_whole_spelling_and_not_a_prefix_or_a_longer_text()
    {
        // The lexicon matcher asks whether what follows a variant's leading verb is itself a spelling (坚持党的全面领导 → 党的全面领导).
        var trie = new SpellingTrie<string>([("党的全面领导", "a"), ("不敢腐、不能腐、不想腐", "b"), ("全面领导", "c")]);

        Assert.True(trie.Contains("党的全面领导"));
        Assert.True(trie.Contains("不敢腐、不能腐、不想腐".AsSpan()));
        Assert.True(trie.Contains("坚持党的全面领导".AsSpan(2)));
        Assert.False(trie.Contains("党的全面"));
        Assert.False(trie.Contains("坚持党的全面领导"));
        Assert.False(trie.Contains("党的全面领导力"));
        Assert.False(trie.Contains(""));
    }

    [Fact]
    public void A_trie_of_thousands_of_spellings_cut_from_real_text_finds_them_all_in_another_report()
    {
        // Many spellings sharing prefixes, as a large user lexicon has: the edge table grows several times and the bit
        // filter is sized from the final count of edges.
        string source = SharedData.ReadText("corpus/gwr/2010.txt");
        string text = SharedData.ReadText("corpus/gwr/2011.txt");
        string[] spellings =
        [
            .. Enumerable.Range(0, source.Length - 6).Where(i => i % 3 == 0).Select(i => source.Substring(i, 2 + (i % 5)))
                .Where(s => s.All(char.IsLetterOrDigit)).Distinct(StringComparer.Ordinal),
        ];
        Assert.True(spellings.Length > 3000, $"{spellings.Length} spellings");

        HashSet<(int, int, string)> walked = Walk(new SpellingTrie<string>(spellings.Select(s => (s, s))), text);

        Assert.Equal(Search(spellings, text), walked);
        Assert.NotEmpty(walked);
    }

    [Fact]
    public void Every_value_of_a_shared_spelling_is_kept_in_insertion_order()
    {
        var trie = new SpellingTrie<int>([("乡村振兴", 1), ("乡村", 2), ("乡村振兴", 3)]);

        List<(int Length, int[] Values)> matches = trie.MatchesAt("全面推进乡村振兴", 4);

        List<(int Length, int[] Values)> expected = [(2, [2]), (4, [1, 3])];
        Assert.Equal(expected, matches, new MatchComparer());
    }

    private static HashSet<(int Start, int Length, string Value)> Walk(SpellingTrie<string> trie, string text)
    {
        var found = new HashSet<(int, int, string)>();
        for (int i = 0; i < text.Length; i++)
        {
            for (int node = trie.Root(text[i]), end = i + 1; node >= 0; node = end < text.Length ? trie.Child(node, text[end++]) : -1)
            {
                foreach (string value in trie.ValuesAt(node))
                {
                    found.Add((i, end - i, value));
                }
            }
        }

        return found;
    }

    private static HashSet<(int Start, int Length, string Value)> Search(IEnumerable<string> spellings, string text)
    {
        var found = new HashSet<(int, int, string)>();
        foreach (string spelling in spellings)
        {
            for (int at = text.IndexOf(spelling, StringComparison.Ordinal); at >= 0; at = text.IndexOf(spelling, at + 1, StringComparison.Ordinal))
            {
                found.Add((at, spelling.Length, spelling));
            }
        }

        return found;
    }

    private sealed class MatchComparer : IEqualityComparer<(int Length, int[] Values)>
    {
        public bool Equals((int Length, int[] Values) x, (int Length, int[] Values) y) => x.Length == y.Length && x.Values.SequenceEqual(y.Values);

        public int GetHashCode((int Length, int[] Values) obj) => obj.Length;
    }
}
