namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Finds a taxonomy's seed words in text, leftmost-longest and without overlaps, so that a longer seed of one theme
/// (社会保险, social security) hides a shorter one of another inside it (保险 would be finance). Seeds are few (about
/// a thousand) and short, so a hash lookup per candidate length is plenty; no automaton is needed.
/// </summary>
internal sealed class SeedMatcher
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<char> _firstChars;
    private readonly int[] _lengths; // distinct seed lengths, longest first

    internal SeedMatcher(IReadOnlyList<PolicyTheme> themes)
    {
        var seeds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int t = 0; t < themes.Count; t++)
        {
            foreach (string seed in themes[t].Seeds)
            {
                seeds[seed] = t;
            }
        }

        _lookup = seeds.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstChars = [.. seeds.Keys.Select(s => s[0])];
        _lengths = [.. seeds.Keys.Select(s => s.Length).Distinct().OrderDescending()];
    }

    /// <summary>Every seed occurrence as (start, length, theme index), in text order.</summary>
    internal List<(int Start, int Length, int Theme)> Matches(ReadOnlySpan<char> text)
    {
        var matches = new List<(int, int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            int found = 0;
            if (_firstChars.Contains(text[i]))
            {
                foreach (int length in _lengths)
                {
                    if (length <= text.Length - i && _lookup.TryGetValue(text.Slice(i, length), out int theme))
                    {
                        matches.Add((i, length, theme));
                        found = length;
                        break;
                    }
                }
            }

            i += found > 0 ? found : 1;
        }

        return matches;
    }

    /// <summary>
    /// The index of the theme with strictly more seed occurrences in <paramref name="text"/> than any other, or -1 when
    /// no seed occurs or two themes tie (a sentence that is equally about two things teaches the classifier nothing clean).
    /// </summary>
    internal int DominantTheme(ReadOnlySpan<char> text, int themeCount)
    {
        List<(int Start, int Length, int Theme)> matches = Matches(text);
        if (matches.Count == 0)
        {
            return -1;
        }

        Span<int> counts = themeCount <= 64 ? stackalloc int[themeCount] : new int[themeCount];
        foreach ((_, _, int theme) in matches)
        {
            counts[theme]++;
        }

        int best = -1, bestCount = 0;
        bool tie = false;
        for (int t = 0; t < counts.Length; t++)
        {
            if (counts[t] > bestCount)
            {
                (best, bestCount, tie) = (t, counts[t], false);
            }
            else if (counts[t] == bestCount && bestCount > 0)
            {
                tie = true;
            }
        }

        return tie ? -1 : best;
    }
}
