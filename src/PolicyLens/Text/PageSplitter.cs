// Splits a newspaper page into its articles: a title block (title lines, then a byline, dateline, name or 通过 line)
// starts an article, and so does a second resolution opening (a resolution whose title the layout lost).
namespace PolicyLens.Text;

/// <summary>
/// Finds the articles of a normalised page and reads each one's header: title, date line, speaker's name line.
/// A plain report, whose only title block is at its head, stays one article.
/// </summary>
internal static class PageSplitter
{
    private const int MaxHeaderParentheticalLength = 60;

    internal static List<ArticleLayout> Split(string text, bool split)
    {
        PageLayout layout = PageLayout.Analyze(text);
        PageLine[] lines = layout.Lines;
        var articles = new List<ArticleLayout>();
        if (lines.Length == 0)
        {
            articles.Add(new ArticleLayout(0, text.Length, null, null, null, [], 0, false));
            return articles;
        }

        var starts = new List<(int Line, bool Untitled)> { (0, false) };
        bool sawOpening = false;
        for (int i = 0; i < lines.Length; i++)
        {
            bool opening = IsResolutionOpening(layout.Span(lines[i]));
            if (split && i > 0)
            {
                if (lines[i].Is(LineKinds.Title) && !lines[i - 1].Is(LineKinds.Title) && !lines[i].Is(LineKinds.Head))
                {
                    starts.Add((i, false));
                    sawOpening = false;
                }
                else if (opening && sawOpening)
                {
                    starts.Add((i, true));
                    sawOpening = false;
                }
            }

            sawOpening |= opening;
        }

        for (int a = 0; a < starts.Count; a++)
        {
            int first = starts[a].Line;
            int last = a + 1 < starts.Count ? starts[a + 1].Line - 1 : lines.Length - 1;
            articles.Add(ReadHeader(layout, first, last, a == 0 ? 0 : lines[first].Start, a + 1 < starts.Count ? lines[last].End : text.Length,
                starts[a].Untitled));
        }

        return articles;
    }

    /// <summary>A resolution's first sentence: a congress session, then 听取/经过审查/审议 (取听 is the seed's typo).</summary>
    private static bool IsResolutionOpening(ReadOnlySpan<char> line)
    {
        // Every people's congress name has 届 (SessionParser's pc patterns): a line without one in its head is no opening,
        // and most lines are not, so the session pattern is not run on them.
        // The verb follows a name inside those 40 characters, so it starts within them too.
        ReadOnlySpan<char> headSpan = line[..Math.Min(line.Length, 40)];
        ReadOnlySpan<char> verbSpan = line[..Math.Min(line.Length, 44)];
        if (!headSpan.Contains('届') || !(verbSpan.Contains("听取", StringComparison.Ordinal) || verbSpan.Contains("审查", StringComparison.Ordinal)
                                         || verbSpan.Contains("审议", StringComparison.Ordinal) || verbSpan.Contains("取听", StringComparison.Ordinal)))
        {
            return false;
        }

        string head = headSpan.ToString();
        IReadOnlyList<SessionMention> mentions = SessionParser.FindAll(head);
        if (mentions.Count == 0 || mentions[0].Start != 0 || mentions[0].Key.Body != SessionBody.PeoplesCongress)
        {
            return false;
        }

        ReadOnlySpan<char> rest = line[mentions[0].Length..];
        return rest.StartsWith("听取") || rest.StartsWith("经过审查") || rest.StartsWith("审查") || rest.StartsWith("审议") || rest.StartsWith("取听");
    }

    private static ArticleLayout ReadHeader(PageLayout layout, int first, int last, int start, int end, bool untitled)
    {
        PageLine[] lines = layout.Lines;
        var titleParts = new List<string>();
        var headerLines = new List<string>();
        DateOnly? date = null;
        string? speaker = null;
        int i = first;
        for (; i <= last; i++)
        {
            PageLine line = lines[i];
            bool header = line.Is(LineKinds.Title) || line.Is(LineKinds.Head) || line.Is(LineKinds.Date) || line.Is(LineKinds.Name) ||
                          (line.Is(LineKinds.Parenthetical) && line.Length <= MaxHeaderParentheticalLength);
            if (!header || untitled)
            {
                break;
            }

            string s = layout.Span(line).ToString();
            headerLines.Add(s);
            if (line.Is(LineKinds.Date) && date is null && LineShape.TryParseDateLine(s, out DateOnly d))
            {
                date = d;
            }
            else if (line.Is(LineKinds.Name) && speaker is null)
            {
                speaker = LineShape.NameOf(s, bareNameAllowed: true);
            }
            else if (!line.Is(LineKinds.Parenthetical) && !line.Is(LineKinds.Date) && !line.Is(LineKinds.Name) && !s.StartsWith("——", StringComparison.Ordinal))
            {
                titleParts.Add(s);
            }
        }

        int bodyStart = i <= last ? lines[i].Start : end;
        string? title = titleParts.Count > 0 ? string.Join(' ', titleParts) : null;
        return new ArticleLayout(start, end, title, date, speaker, headerLines, bodyStart, untitled);
    }
}
