// Line repair: joins the line breaks a scan or a scraper left inside sentences and words, keeps the real ones.
namespace PolicyLens.Text;

/// <summary>
/// Decides, for each break between two non-blank lines, whether it is a real paragraph break or a break inside a
/// sentence or a word (<c>两个维\n\n护</c>), and removes the latter.
/// </summary>
/// <remarks>
/// A break is kept when the first line ends a sentence, when either line is part of a document's head or a title, a
/// date, name, byline or parenthetical line, or when the second line is a numbered heading. It is joined when the first
/// line ends in a comma or a function word, the second starts with a character no sentence starts with, a number is
/// cut in two, a dictionary word spans the break (<c>维|护</c>, <c>履|职</c>), or both lines are the short lines of a
/// narrow newspaper column. Anything else is kept: a heading without punctuation (结束语) must not swallow its paragraph.
/// </remarks>
internal static class LineJoiner
{
    private const int ColumnLineMin = 14;
    private const int ColumnLineMax = 30;
    private const int ColumnNextMax = 40;
    private const int NumberedHeadingMax = 60;

    internal static void Join(string text, TextRewriter writer, Func<string, bool> isWord)
    {
        PageLayout layout = PageLayout.Analyze(text);
        PageLine[] lines = layout.Lines;
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            PageLine a = lines[i], b = lines[i + 1];
            bool previousIsColumn = i > 0 && IsColumnLine(lines[i - 1]);
            if (!ShouldJoin(layout.Span(a), a, layout.Span(b), b, previousIsColumn, isWord))
            {
                continue;
            }

            // Latin words keep a space between them; Chinese takes none.
            char last = text[a.End - 1];
            bool latin = last is > ' ' and < '\u007F' && (Glyphs.IsAsciiLetter(text[b.Start]) || Glyphs.IsAsciiDigit(text[b.Start]));
            writer.Replace(a.End, b.Start - a.End, latin ? " " : string.Empty, RepairKind.LineJoin);
        }
    }

    internal static bool ShouldJoin(ReadOnlySpan<char> aText, PageLine a, ReadOnlySpan<char> bText, PageLine b, bool previousIsColumn, Func<string, bool> isWord)
    {
        if (a.Is(LineKinds.Terminal) || a.Is(LineKinds.Head) || b.Is(LineKinds.Head) || a.Is(LineKinds.Title) || b.Is(LineKinds.Title) ||
            a.IsMarker || b.IsMarker || b.Is(LineKinds.Enumerated) || (a.Is(LineKinds.Enumerated) && a.Length <= NumberedHeadingMax) ||
            LineShape.IsMarkup(aText) || LineShape.IsMarkup(bText))
        {
            return false;
        }

        if (Glyphs.EndsWithContinuation(aText) || Glyphs.StartsWithNonInitial(bText) || Glyphs.EndsWithFunctionCharacter(aText))
        {
            return true;
        }

        if (Glyphs.IsAsciiDigit(aText[^1]) && (Glyphs.IsAsciiDigit(bText[0]) || "万亿千百十多余个%‰年月日号倍元.".Contains(bText[0])))
        {
            return true;
        }

        // An English sentence going on in lower case.
        if (Glyphs.IsAsciiLetter(aText[^1]) && bText[0] is >= 'a' and <= 'z')
        {
            return true;
        }

        if (WordSpansBreak(aText, bText, isWord))
        {
            return true;
        }

        // A narrow column: short lines in a run (the line before, or the line after, is another short unfinished
        // line). A lone short line before a paragraph is a heading.
        return a.Length is >= ColumnLineMin and <= ColumnLineMax && b.Length <= ColumnNextMax && (previousIsColumn || IsColumnLine(b));
    }

    private static bool IsColumnLine(PageLine line) => !line.Is(LineKinds.Terminal) && line.Length is >= ColumnLineMin and <= ColumnLineMax;

    private static bool WordSpansBreak(ReadOnlySpan<char> a, ReadOnlySpan<char> b, Func<string, bool> isWord)
    {
        Span<char> buffer = stackalloc char[4];
        for (int left = 1; left <= 3 && left <= a.Length; left++)
        {
            if (!Glyphs.IsHan(a[^left]))
            {
                break;
            }

            for (int right = 1; left + right <= 4 && right <= b.Length; right++)
            {
                if (!Glyphs.IsHan(b[right - 1]))
                {
                    break;
                }

                a[^left..].CopyTo(buffer);
                b[..right].CopyTo(buffer[left..]);
                if (isWord(new string(buffer[..(left + right)])))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
