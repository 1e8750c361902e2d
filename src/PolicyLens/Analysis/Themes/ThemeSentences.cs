namespace PolicyLens.Analysis.Themes;

/// <summary>
/// The one place where the Themes stage cuts text into the units it classifies, until the Text stage's sentence
/// structure is merged (then swap <see cref="Split"/> for it and nothing else changes). A unit ends after
/// 。！？；!? (with any closing quote or bracket that follows) and at every line break, so headings and list items stand
/// alone. The semicolon ends a unit on purpose: reports chain whole policies with ；, and each is often a different theme.
/// </summary>
internal static class ThemeSentences
{
    private const string Terminators = "。！？；!?;";
    private const string Closers = "”’」』）)》\"'";

    /// <summary>The units of <paramref name="text"/> as (start, length), trimmed of white space; empty units are left out.</summary>
    internal static List<(int Start, int Length)> Split(ReadOnlySpan<char> text)
    {
        var units = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                Add(units, text, start, i);
                start = i + 1;
            }
            else if (Terminators.Contains(c, StringComparison.Ordinal))
            {
                int end = i + 1;
                while (end < text.Length && Closers.Contains(text[end], StringComparison.Ordinal))
                {
                    end++;
                }

                Add(units, text, start, end);
                start = end;
                i = end - 1;
            }
        }

        Add(units, text, start, text.Length);
        return units;
    }

    /// <summary>
    /// The paragraphs of <paramref name="text"/> as (start, length): its non-blank lines, since the corpus writes one
    /// paragraph a line. The topic model's documents: a sentence is too short for LDA to see a mixture of topics in it.
    /// </summary>
    internal static List<(int Start, int Length)> Paragraphs(ReadOnlySpan<char> text)
    {
        var paragraphs = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r')
            {
                Add(paragraphs, text, start, i);
                start = i + 1;
            }
        }

        return paragraphs;
    }

    /// <summary>
    /// The characters a unit contributes to its theme's share: letters and digits, so that punctuation and white space
    /// (which vary with the source's typography, not with attention) do not count.
    /// </summary>
    internal static int CountCharacters(ReadOnlySpan<char> unit)
    {
        int count = 0;
        foreach (char c in unit)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    private static void Add(List<(int, int)> units, ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            units.Add((start, end - start));
        }
    }
}
