// The words that bound a number, before and after it (不低于, 以上, 控制在…以内), and decrease verbs.

namespace PolicyLens.Extraction.Numbers;

/// <summary>Reads the bound words (<see cref="Bounds"/>) around a number and the verb of decrease before it.</summary>
internal static class BoundReader
{
    internal static (Comparator? Comparator, int Start) ReadPrefix(string text, int start)
    {
        int j = start;
        while (j > 0 && text[j - 1] is ' ' or '\u3000')
        {
            j--;
        }

        foreach ((string word, Comparator comparator) in Bounds.Prefixes)
        {
            if (j >= word.Length && text.AsSpan(j - word.Length).StartsWith(word))
            {
                return (comparator, j - word.Length);
            }
        }

        return (null, start);
    }

    internal static int? ReadDecreaseVerb(string text, int start)
    {
        foreach (string verb in Bounds.DecreaseVerbs)
        {
            if (start >= verb.Length && text.AsSpan(start - verb.Length).StartsWith(verb))
            {
                return start - verb.Length;
            }
        }

        return null;
    }

    internal static (Comparator? Comparator, int End) ReadSuffix(string text, int end)
    {
        foreach ((string word, Comparator comparator) in Bounds.Suffixes)
        {
            if (QuantityScanner.Starts(text, end, word))
            {
                return (comparator, end + word.Length);
            }
        }

        return (null, end);
    }
}
