// Finds paragraphs a page printed twice (the seed reprints its last resolution paragraph) and keeps the first.
namespace PolicyLens.Text;

/// <summary>
/// Removes a paragraph that repeats an earlier one of the same document exactly, or that is a truncated reprint of
/// an earlier one (a page cut off in the middle of the repeat). Short paragraphs (同志们！) repeat legitimately and
/// are left alone.
/// </summary>
internal static class DuplicateParagraphs
{
    private const int MinimumExactLength = 10;
    private const int MinimumPrefixLength = 20;

    internal static TextRewriter Remove(string text)
    {
        var writer = new TextRewriter(text);

        // Paragraphs as ranges of the text, compared by their characters: no copy of each paragraph (of the whole text).
        var seen = new HashSet<(int Start, int Length)>(new ParagraphComparer(text));
        var earlier = new List<(int Start, int Length)>();
        int previousEnd = -1;
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl;
            if (end > start)
            {
                (int Start, int Length) paragraph = (start, end - start);
                if (IsRepeat(text, paragraph, seen, earlier))
                {
                    // Remove the paragraph with the break before it, so no blank lines pile up.
                    int from = previousEnd >= 0 ? previousEnd : start;
                    int to = previousEnd >= 0 ? end : (nl < 0 ? end : nl + 1);
                    writer.Remove(from, to - from, RepairKind.DuplicateParagraph);
                    previousEnd = end;
                }
                else
                {
                    seen.Add(paragraph);
                    earlier.Add(paragraph);
                    previousEnd = end;
                }
            }

            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        return writer;
    }

    private static bool IsRepeat(string text, (int Start, int Length) paragraph, HashSet<(int Start, int Length)> seen, List<(int Start, int Length)> earlier)
    {
        if (paragraph.Length >= MinimumExactLength && seen.Contains(paragraph))
        {
            return true;
        }

        if (paragraph.Length < MinimumPrefixLength)
        {
            return false;
        }

        ReadOnlySpan<char> characters = text.AsSpan(paragraph.Start, paragraph.Length);
        foreach ((int start, int length) in earlier)
        {
            if (length > paragraph.Length && text.AsSpan(start, length).StartsWith(characters, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Two ranges of one text are equal when their characters are (ordinal), as the paragraphs' strings were.
    private sealed class ParagraphComparer(string text) : IEqualityComparer<(int Start, int Length)>
    {
        public bool Equals((int Start, int Length) x, (int Start, int Length) y) =>
            x.Length == y.Length && text.AsSpan(x.Start, x.Length).SequenceEqual(text.AsSpan(y.Start, y.Length));

        public int GetHashCode((int Start, int Length) range) => string.GetHashCode(text.AsSpan(range.Start, range.Length));
    }
}
