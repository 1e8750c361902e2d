// Whether a stretch of text begins with, ends with or holds one of a list of words: the small tests the finders make of a
// stem or the text after a formula (PolicyFinder's category words, HeadedFormula's heads). Loops, not Any with a lambda:
// a lambda over the stem makes a finder allocate its closure for every token of the text (the compiler creates it where
// the stem's scope, the loop body, begins).
namespace PolicyLens.Extraction.Slogans;

internal static class Affixes
{
    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsAny(string text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
