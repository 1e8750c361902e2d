// A character trie over the lexicon's spellings, so that finding every spelling that starts at a position costs the
// length of the longest one that matches there, not the number of spellings sharing its first character. This keeps
// matching linear in the text for lexicons of any size (a 100,000-entry user lexicon included).
namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// The trie is read at every position of every document, so its layout is the segmenter's (PrefixDictionary): a flat
/// 64K table gives the node of a first character, and the other edges live in one open-addressing table keyed by
/// (parent node, character), at one multiplication and usually one cache line a step. Callers walk it with
/// <see cref="Root"/> and <see cref="Child"/> and read <see cref="ValuesAt"/>, so a match allocates nothing.
/// </summary>
internal sealed class SpellingTrie<T>
{
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;

    // roots[c]: node + 1 of the one-character spelling prefix c, 0 when no spelling starts with c.
    private readonly int[] _roots = new int[char.MaxValue + 1];

    // Edge keys ((parent + 1) << 16 | character, never 0: 0 marks an empty slot) and the child node of each.
    private readonly ulong[] _keys;
    private readonly int[] _children;
    private readonly int _shift;
    private readonly int _mask;
    private readonly T[][] _values;

    public SpellingTrie(IEnumerable<(string Text, T Value)> items)
    {
        // Built through a dictionary first (node counts are not known in advance), then laid out flat.
        var edges = new Dictionary<ulong, int>();
        var values = new List<List<T>?> { null };
        foreach ((string text, T value) in items)
        {
            int node = 0;
            foreach (char c in text)
            {
                ulong key = ((ulong)(uint)node << 16) | c;
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

        int bits = 4;
        while ((1L << bits) < edges.Count * 2L)
        {
            bits++;
        }

        _keys = new ulong[1 << bits];
        _children = new int[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
        foreach ((ulong key, int child) in edges)
        {
            int parent = (int)(key >> 16);
            char c = (char)(key & 0xFFFF);
            if (parent == 0)
            {
                _roots[c] = child + 1;
            }
            else
            {
                ulong slotKey = EdgeKey(parent, c);
                int i = (int)((slotKey * HashMultiplier) >> _shift);
                while (_keys[i] != 0)
                {
                    i = (i + 1) & _mask;
                }

                _keys[i] = slotKey;
                _children[i] = child;
            }
        }

        _values = [.. values.Select(v => v is null ? [] : v.ToArray())];
    }

    /// <summary>The node reached by <paramref name="c"/> from the root, or -1 when no spelling starts with it.</summary>
    public int Root(char c) => _roots[c] - 1;

    /// <summary>The node reached by <paramref name="c"/> from <paramref name="node"/>, or -1.</summary>
    public int Child(int node, char c)
    {
        ulong key = EdgeKey(node, c);
        int i = (int)((key * HashMultiplier) >> _shift);
        while (true)
        {
            ulong k = _keys[i];
            if (k == key)
            {
                return _children[i];
            }

            if (k == 0)
            {
                return -1;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>The values of the spelling that ends at <paramref name="node"/> (empty for a mere prefix).</summary>
    public T[] ValuesAt(int node) => _values[node];

    /// <summary>The lengths and values of the spellings starting at <paramref name="start"/>, shortest first.</summary>
    public List<(int Length, T[] Values)> MatchesAt(string text, int start)
    {
        var found = new List<(int, T[])>();
        int node = start < text.Length ? Root(text[start]) : -1;
        for (int i = start; node >= 0;)
        {
            if (_values[node].Length > 0)
            {
                found.Add((i + 1 - start, _values[node]));
            }

            if (++i >= text.Length)
            {
                break;
            }

            node = Child(node, text[i]);
        }

        return found;
    }

    /// <summary>True when some spelling starts with <paramref name="c"/>.</summary>
    public bool HasPrefix(char c) => _roots[c] != 0;

    private static ulong EdgeKey(int parent, char c) => ((ulong)(uint)(parent + 1) << 16) | c;
}
