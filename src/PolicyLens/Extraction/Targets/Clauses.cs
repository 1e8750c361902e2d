// Where a clause begins and ends: the unit a figure's subject, bounds and own time words are read in.
namespace PolicyLens.Extraction.Targets;

/// <summary>Clause boundaries inside a sentence (<c>，；：、（</c>), read within a bounded reach so that run-on text stays linear.</summary>
internal static class Clauses
{
    /// <summary>
    /// How far back or ahead a clause boundary is looked for. A clause of a report is rarely longer than 100 characters; the
    /// bound keeps a sentence without punctuation (500 KB of numbers, issue 12) from making each figure scan the whole of it.
    /// </summary>
    public const int Reach = 600;

    /// <summary>The longest clause text a record carries (FORMATS.md: "the clause as written (up to 80 characters)").</summary>
    public const int MaxClauseLength = 80;

    /// <summary>The start of the clause holding <paramref name="position"/>, not before <paramref name="floor"/>.</summary>
    public static int Start(string text, int position, int floor, bool listComma = true)
    {
        int stop = Math.Max(floor, position - Reach);
        for (int i = position - 1; i >= stop; i--)
        {
            if (IsBoundary(text[i], listComma))
            {
                return i + 1;
            }
        }

        return stop;
    }

    /// <summary>The end of the clause holding <paramref name="position"/>, not after <paramref name="ceiling"/>.</summary>
    public static int End(string text, int position, int ceiling, bool listComma = true)
    {
        int stop = Math.Min(ceiling, position + Reach);
        for (int i = position; i < stop; i++)
        {
            if (IsBoundary(text[i], listComma))
            {
                return i;
            }
        }

        return stop;
    }

    /// <summary>The clause around [start, end), bounded to <see cref="MaxClauseLength"/> characters centred on it.</summary>
    public static string Text(string text, int start, int end, int sentenceStart, int sentenceEnd)
    {
        int from = Start(text, start, sentenceStart, listComma: false);
        int to = End(text, end, sentenceEnd, listComma: false);
        if (to - from > MaxClauseLength)
        {
            int spare = Math.Max(0, MaxClauseLength - (end - start));
            from = Math.Max(from, start - (spare * 3 / 4));
            to = Math.Min(to, from + MaxClauseLength);
        }

        return text[from..to].TrimEnd(SentenceEnds);
    }

    // A field, not a params array: Text runs once per figure.
    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?'];

    private static bool IsBoundary(char c, bool listComma) =>
        c is '，' or ',' or '；' or ';' or '：' or ':' or '（' or '(' || (listComma && c == '、');
}
