// The line structure of a page: which lines are titles, datelines, names, bylines — shared by line repair and splitting.
namespace PolicyLens.Text;

/// <summary>
/// The non-blank lines of a text with what each one looks like. A title is recognised by what follows it: a news
/// byline (本报讯), a parenthetical line ((市十五届人大七次会议通过)), a date line, a speaker's name, or another title.
/// The head of a document (short lines before its first sentence) is its own kind.
/// </summary>
internal sealed class PageLayout
{
    private const int MaxHeadLines = 8;
    private const int MaxHeadLineLength = 60;
    private const int MaxTitleLength = 80;
    private const int MaxSalutationLength = 20;

    private PageLayout(string text, PageLine[] lines)
    {
        Text = text;
        Lines = lines;
    }

    internal string Text { get; }

    internal PageLine[] Lines { get; }

    internal static PageLayout Analyze(string text)
    {
        var lines = new List<PageLine>();
        int start = 0;
        while (start <= text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl;
            int s = start, e = end;
            while (s < e && Glyphs.IsLineSpace(text[s]))
            {
                s++;
            }

            while (e > s && (Glyphs.IsLineSpace(text[e - 1]) || text[e - 1] == '\r'))
            {
                e--;
            }

            if (e > s)
            {
                lines.Add(Classify(text, s, e));
            }

            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        PageLine[] array = [.. lines];
        MarkNames(text, array);
        MarkHead(text, array);
        MarkTitles(text, array);
        return new PageLayout(text, array);
    }

    internal ReadOnlySpan<char> Span(PageLine line) => Text.AsSpan(line.Start, line.End - line.Start);

    private static PageLine Classify(string text, int s, int e)
    {
        ReadOnlySpan<char> span = text.AsSpan(s, e - s);
        LineKinds kinds = LineKinds.None;
        if (Glyphs.EndsSentence(span))
        {
            kinds |= LineKinds.Terminal;
        }

        if (LineShape.IsEnumerated(span))
        {
            kinds |= LineKinds.Enumerated;
        }

        if (LineShape.IsParenthetical(span))
        {
            kinds |= LineKinds.Parenthetical;
        }

        if (LineShape.IsByline(span))
        {
            kinds |= LineKinds.Byline;
        }

        if (LineShape.TryParseDateLine(span, out _))
        {
            kinds |= LineKinds.Date;
        }

        if (LineShape.NameOf(span, bareNameAllowed: false) is not null)
        {
            kinds |= LineKinds.Name;
        }

        return new PageLine(s, e, kinds);
    }

    private static void MarkNames(string text, PageLine[] lines)
    {
        // A bare name (郑建新) is only a name beside a date line; elsewhere two to four characters alone are more
        // likely a fragment of a broken line.
        for (int i = 0; i < lines.Length; i++)
        {
            bool besideDate = (i > 0 && lines[i - 1].Is(LineKinds.Date)) || (i + 1 < lines.Length && lines[i + 1].Is(LineKinds.Date));
            if (besideDate && LineShape.NameOf(text.AsSpan(lines[i].Start, lines[i].Length), bareNameAllowed: true) is not null)
            {
                lines[i] = lines[i].With(LineKinds.Name);
            }
        }
    }

    private static void MarkHead(string text, PageLine[] lines)
    {
        int n = 0;
        while (n < lines.Length && n < MaxHeadLines && lines[n].Length <= MaxHeadLineLength &&
               (!lines[n].Is(LineKinds.Terminal) || lines[n].Is(LineKinds.Date) || lines[n].Is(LineKinds.Parenthetical)))
        {
            n++;
        }

        // Head lines are only a head when a sentence follows them (otherwise the text is all fragments), and when
        // they carry a head's signs: a date, name or parenthetical line, or a salutation after them (各位代表：).
        // Otherwise they are the broken first lines of a paragraph.
        if (n == 0 || n == lines.Length)
        {
            return;
        }

        bool marked = false;
        for (int i = 0; i < n; i++)
        {
            marked |= lines[i].IsMarker;
        }

        PageLine after = lines[n];
        bool salutation = after.Length <= MaxSalutationLength && text[after.End - 1] is '：' or ':';
        if (!marked && !salutation)
        {
            return;
        }

        for (int i = 0; i < n; i++)
        {
            lines[i] = lines[i].With(LineKinds.Head);
        }
    }

    private static void MarkTitles(string text, PageLine[] lines)
    {
        for (int i = lines.Length - 2; i >= 0; i--)
        {
            PageLine line = lines[i];
            ReadOnlySpan<char> span = text.AsSpan(line.Start, line.Length);
            bool candidate = !line.Is(LineKinds.Terminal) && line.Length <= MaxTitleLength && !line.Is(LineKinds.Enumerated) &&
                             !line.IsMarker && !Glyphs.EndsWithContinuation(span);
            PageLine next = lines[i + 1];

            // A line with a comma is a title only right above a byline or dateline, or as a kicker (…，强调——);
            // otherwise it is the cut-off end of a paragraph (主席团全体成员出席会议，有关工作人).
            bool sentenceLike = span.Contains('，') && !span.Contains("——", StringComparison.Ordinal);
            if (candidate && (next.IsMarker || (next.Is(LineKinds.Title) && !sentenceLike)))
            {
                lines[i] = line.With(LineKinds.Title);
            }
        }
    }
}
