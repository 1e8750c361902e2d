// A character trie over the lexicon's spellings, so that finding every spelling that starts at a position costs the
// length of the longest one that matches there, not the number of spellings sharing its first character. This keeps
// matching linear in the text for lexicons of any size (a 100,000-entry user lexicon included).
namespace PolicyLens.Extraction.Slogans;

/// <summary>
/// A <see cref="CharacterTrie"/> whose spellings carry values of type <typeparamref name="T"/> (see there for the layout
/// and the walk). Immutable once built.
/// </summary>
internal sealed class SpellingTrie<T> : CharacterTrie
{
    private readonly T[] _values;

    public SpellingTrie(IEnumerable<(string Text, T Value)> items)
    {
        // Nodes are numbered as they are made, node 0 for the empty spelling; each node's values in the order given.
        var values = new List<List<T>?> { null };
        foreach ((string text, T value) in items)
        {
            int node = AddPath(text);
            while (values.Count < NodeCount)
            {
                values.Add(null);
            }

            (values[node] ??= []).Add(value);
        }

        while (values.Count < NodeCount)
        {
            values.Add(null);
        }

        var starts = new int[values.Count];
        var counts = new int[values.Count];
        var flat = new List<T>();
        for (int v = 0; v < values.Count; v++)
        {
            starts[v] = flat.Count;
            counts[v] = values[v]?.Count ?? 0;
            flat.AddRange(values[v] ?? []);
        }

        _values = [.. flat];
        Seal(starts, counts);
    }

    /// <summary>The values of the spelling that ends at <paramref name="node"/> (empty for a mere prefix).</summary>
    public ReadOnlySpan<T> ValuesAt(int node)
    {
        (int start, int count) = ValueRange(node);
        return _values.AsSpan(start, count);
    }

    /// <summary>The lengths and values of the spellings starting at <paramref name="start"/>, shortest first.</summary>
    public List<(int Length, T[] Values)> MatchesAt(string text, int start)
    {
        var found = new List<(int, T[])>();
        int node = start < text.Length ? Root(text[start]) : -1;
        for (int i = start; node >= 0;)
        {
            if (HasValues(node))
            {
                found.Add((i + 1 - start, ValuesAt(node).ToArray()));
            }

            if (++i >= text.Length)
            {
                break;
            }

            node = Child(node, text[i]);
        }

        return found;
    }
}
