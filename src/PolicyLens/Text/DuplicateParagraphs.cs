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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var earlier = new List<string>();
        int previousEnd = -1;
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl;
            if (end > start)
            {
                string paragraph = text[start..end];
                if (IsRepeat(paragraph, seen, earlier))
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

    private static bool IsRepeat(string paragraph, HashSet<string> seen, List<string> earlier)
    {
        if (paragraph.Length >= MinimumExactLength && seen.Contains(paragraph))
        {
            return true;
        }

        if (paragraph.Length < MinimumPrefixLength)
        {
            return false;
        }

        foreach (string e in earlier)
        {
            if (e.Length > paragraph.Length && e.StartsWith(paragraph, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
