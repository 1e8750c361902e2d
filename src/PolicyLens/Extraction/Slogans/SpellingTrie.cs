// A character trie over the lexicon's spellings, so that finding every spelling that starts at a position costs the
// length of the longest one that matches there, not the number of spellings sharing its first character. This keeps
// matching linear in the text for lexicons of any size (a 100,000-entry user lexicon included).
using System.Collections.Frozen;

namespace PolicyLens.Extraction.Slogans;

internal sealed class SpellingTrie<T>
{
    // Edges keyed by (node << 16) | character; node 0 is the root.
    private readonly FrozenDictionary<long, int> _edges;
    private readonly T[][] _values;

    public SpellingTrie(IEnumerable<(string Text, T Value)> items)
    {
        var edges = new Dictionary<long, int>();
        var values = new List<List<T>?> { null };
        foreach ((string text, T value) in items)
        {
            int node = 0;
            foreach (char c in text)
            {
                long key = ((long)node << 16) | c;
                if (!edges.TryGetValue(key, out int child))
                {
                    child = values.Count;
                    values.Add(null);
                    edges.Add(key, child);
                }

                node = child;
            }

            (values[node] ??= []).Add(value);
        }

        _edges = edges.ToFrozenDictionary();
        _values = [.. values.Select(v => v is null ? [] : v.ToArray())];
    }

    /// <summary>Calls <paramref name="onMatch"/> with the length and values of every spelling that starts at <paramref name="start"/>, shortest first.</summary>
    public void MatchesAt(string text, int start, Action<int, T[]> onMatch)
    {
        int node = 0;
        for (int i = start; i < text.Length; i++)
        {
            if (!_edges.TryGetValue(((long)node << 16) | text[i], out node))
            {
                return;
            }

            if (_values[node].Length > 0)
            {
                onMatch(i + 1 - start, _values[node]);
            }
        }
    }

    /// <summary>The lengths and values of the spellings starting at <paramref name="start"/>, shortest first.</summary>
    public List<(int Length, T[] Values)> MatchesAt(string text, int start)
    {
        var found = new List<(int, T[])>();
        int node = 0;
        for (int i = start; i < text.Length; i++)
        {
            if (!_edges.TryGetValue(((long)node << 16) | text[i], out node))
            {
                break;
            }

            if (_values[node].Length > 0)
            {
                found.Add((i + 1 - start, _values[node]));
            }
        }

        return found;
    }

    /// <summary>True when some spelling starts with text[start].</summary>
    public bool HasPrefix(char c) => _edges.ContainsKey(c);
}
