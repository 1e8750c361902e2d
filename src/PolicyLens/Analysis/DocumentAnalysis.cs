using PolicyLens.Text;

namespace PolicyLens.Analysis;

/// <summary>
/// A document as the analysis sees it: its group, its mentions (sorted by position, each with the paragraph it is in)
/// and the observation that goes into the corpus counts.
/// </summary>
/// <param name="Document">The document.</param>
/// <param name="Group">Its group.</param>
/// <param name="Mentions">Its mentions, in text order.</param>
/// <param name="MentionParagraphs">For each mention, the index of its paragraph.</param>
/// <param name="Observation">What the corpus counts keep of it.</param>
public sealed record DocumentAnalysis(Document Document, GroupKey Group, IReadOnlyList<ItemMention> Mentions, IReadOnlyList<int> MentionParagraphs, DocumentObservation Observation)
{
    /// <summary>
    /// Places the mentions of every source (and any found otherwise, such as target statements) in the paragraphs
    /// (non-empty lines) of the document's normalised text.
    /// </summary>
    public static DocumentAnalysis Create(Document document, GroupBy groupBy, IReadOnlyList<IMentionSource> sources, IEnumerable<ItemMention>? found = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sources);
        ItemMention[] mentions = InTextOrder([.. sources.SelectMany(s => s.FindMentions(document)).Concat(found ?? [])]);

        List<int> paragraphStarts = ParagraphStarts(document.Text);
        var paragraphs = new List<ItemKey>[paragraphStarts.Count];
        for (int i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = [];
        }

        var mentionParagraphs = new int[mentions.Length];
        for (int i = 0; i < mentions.Length; i++)
        {
            int p = paragraphStarts.BinarySearch(mentions[i].Start);
            p = p >= 0 ? p : Math.Max(0, ~p - 1);
            mentionParagraphs[i] = p;
            paragraphs[p].Add(mentions[i].Item);
        }

        GroupKey group = DocumentGrouping.GroupOf(document, groupBy);
        var observation = new DocumentObservation(document.Id, group, document.Text.Length, paragraphs);
        return new DocumentAnalysis(document, group, mentions, mentionParagraphs, observation);
    }

    /// <summary>
    /// The mentions by start, then end, then item, ties in the order found: what LINQ's (stable) OrderBy…ThenBy gave, sorted
    /// as positions (<see cref="SortedPositions"/>: LINQ's sorter over these keys was compiled by the JIT at every run).
    /// </summary>
    private static ItemMention[] InTextOrder(ItemMention[] found)
    {
        int[] order = SortedPositions.Of(found.Length, (a, b) =>
        {
            ItemMention x = found[a], y = found[b];
            int c = x.Start.CompareTo(y.Start);
            c = c != 0 ? c : x.End.CompareTo(y.End);
            c = c != 0 ? c : x.Item.CompareTo(y.Item);
            return c != 0 ? c : a.CompareTo(b);
        });
        var sorted = new ItemMention[found.Length];
        for (int i = 0; i < order.Length; i++)
        {
            sorted[i] = found[order[i]];
        }

        return sorted;
    }

    /// <summary>Where each paragraph (non-empty line) of <paramref name="text"/> starts.</summary>
    private static List<int> ParagraphStarts(string text)
    {
        var starts = new List<int>();
        int i = 0;
        while (i < text.Length)
        {
            int end = text.IndexOf('\n', i);
            end = end < 0 ? text.Length : end;
            if (!text.AsSpan(i, end - i).IsWhiteSpace())
            {
                starts.Add(i);
            }

            i = end + 1;
        }

        if (starts.Count == 0)
        {
            starts.Add(0);
        }

        return starts;
    }
}
