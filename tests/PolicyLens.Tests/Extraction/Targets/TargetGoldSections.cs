// Where a report's review part lies, for the gold tests' review-share figure.
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Targets;

/// <summary>Whether an offset in a report's source file falls in a review section.</summary>
internal static class TargetGoldSections
{
    /// <summary>True when <paramref name="sourceOffset"/> lies inside a section of kind review.</summary>
    public static bool IsReview(Document document, int sourceOffset)
    {
        string text = document.OriginalText;
        int offset = sourceOffset - document.SourceOffset;
        // Interim reading of top-level headings (一、…回顾), replaced by Document.Sections once the structure stage has them.
        bool review = false;
        int lineStart = 0;
        while (lineStart < text.Length && lineStart <= offset)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            ReadOnlySpan<char> line = text.AsSpan(lineStart, Math.Min(lineEnd - lineStart, 30));
            int mark = line.IndexOf('、');
            if (mark is > 0 and <= 3 && line[..mark].IndexOfAnyExcept("一二三四五六七八九十") < 0)
            {
                review = line.Contains("回顾", StringComparison.Ordinal);
            }

            lineStart = lineEnd + 1;
        }

        return review;
    }
}
