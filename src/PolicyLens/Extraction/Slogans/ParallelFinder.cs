// Finds parallel chains, the rhetorical form of many slogans: three or more phrases of the same short length joined
// by 、 (稳增长、促改革、调结构; 天蓝、地绿、水碧、人和), and repeated-head chains (真学真懂真信真用). An
// enumeration is not a slogan: a chain closed by 等 ("etc."), with items of different lengths, or with numerals in
// it is left out.
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static class ParallelFinder
{
    private const int MinItemLength = 2;
    private const int MaxItemLength = 4;
    private const long CommonWordFrequency = 100;

    public static void Find(TextView view, List<MentionCandidate> into)
    {
        FindEnumerationChains(view, into);
        FindRepeatedHeads(view, into);
    }

    private static void FindEnumerationChains(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        int i = text.IndexOf('、');
        while (i >= 0)
        {
            // Collect the chain: 、 positions whose in-between items are short runs of Han characters.
            var separators = new List<int> { i };
            int next = text.IndexOf('、', i + 1);
            while (next > 0 && IsItem(text, separators[^1] + 1, next))
            {
                separators.Add(next);
                next = text.IndexOf('、', next + 1);
            }

            TryChain(view, separators, into);
            i = next;
        }
    }

    private static void TryChain(TextView view, List<int> separators, List<MentionCandidate> into)
    {
        string text = view.Text;
        if (separators.Count < 2)
        {
            return;
        }

        // The inner items fix the length; the first and last items are taken to be that long.
        int length = separators[1] - separators[0] - 1;
        for (int k = 1; k < separators.Count - 1; k++)
        {
            if (separators[k + 1] - separators[k] - 1 != length)
            {
                return;
            }
        }

        int start = separators[0] - length;
        int end = separators[^1] + 1 + length;
        if (length is < MinItemLength or > MaxItemLength || start < 0 || end > text.Length
            || !IsItem(text, start, separators[0]) || !IsItem(text, separators[^1] + 1, end)
            || !view.IsBoundary(start) || !view.IsBoundary(end))
        {
            return;
        }

        // "就业、就学、就医、社保、住房等": an enumeration, not a slogan.
        if (end < text.Length && text[end] == '等')
        {
            return;
        }

        // 2-character items that are mostly common words (中央、省委、市委; 立法、监督、决定) are a list of nouns;
        // the slogans of that length are coined pairs (天蓝、地绿、水碧、人和).
        if (length == 2)
        {
            int items = separators.Count + 1;

            // Three two-character items are nearly always a list of places or things (长春、松原、白城); the coined
            // slogans of this length run to four (天蓝、地绿、水碧、人和) or repeat a character (绿水、绿山、绿城).
            if (items < 4 && !Enumerable.Range(0, 2).Any(p => Enumerable.Range(0, items).All(k => text[(k == 0 ? start : separators[k - 1] + 1) + p] == text[start + p])))
            {
                return;
            }

            int common = 0;
            for (int k = 0; k < items; k++)
            {
                int itemStart = k == 0 ? start : separators[k - 1] + 1;
                if (JiebaSegmenter.Default.GetFrequency(text.AsSpan(itemStart, 2)) >= CommonWordFrequency)
                {
                    common++;
                }
            }

            if (common * 2 > items)
            {
                return;
            }
        }

        if (length > 2 && !IsFormulaLikeParallel(view, start, separators, length))
        {
            return;
        }

        string surface = text[start..end];
        into.Add(new MentionCandidate(MentionKind.Parallel, start, end, surface));
    }

    // Characters that end the items of an ordinary list: 前瞻性、战略性、系统性 (qualities), 革命老区、民族地区、边疆地区
    // (kinds of area), 制造业、服务业 (sectors), 快递员、外卖员 (occupations).
    private const string ListHeads = "性区业员者家类型胞化山市县馆";

    // A shared two-character ending this common makes a list of fields (教育发展、科技发展、人才发展), not a slogan
    // (问题导向、目标导向、效果导向 and 科学立法、民主立法、依法立法 share rarer words).
    private const long CommonSharedEnding = 20000;

    // Formula-like parallelism has a visible rhythm: every item shares a character in the same place (科学立法、民主立法、
    // 依法立法; 召之即来、来之能战、战之必胜), or every item is a one-character verb and its two-character object
    // (稳增长、促改革、调结构), or the chain is quoted. A list of nouns (跨境电商、数字贸易、绿色贸易) has none of these.
    private static bool IsFormulaLikeParallel(TextView view, int start, List<int> separators, int length)
    {
        string text = view.Text;
        int end = separators[^1] + 1 + length;
        if (start > 0 && text[start - 1] is '“' or '‘' && end < text.Length && text[end] is '”' or '’')
        {
            return true;
        }

        var items = new List<int> { start };
        items.AddRange(separators.Select(s => s + 1));

        if (length >= 4 && items.All(i => string.CompareOrdinal(text, i + length - 2, text, items[0] + length - 2, 2) == 0)
            && JiebaSegmenter.Default.GetFrequency(text.AsSpan(items[0] + length - 2, 2)) >= CommonSharedEnding)
        {
            return false;
        }

        // 重点流域、重点区域、重点行业: a shared modifier word makes a list of things, not a slogan.
        if (length >= 4 && items.All(i => string.CompareOrdinal(text, i, text, items[0], 2) == 0) && JiebaSegmenter.Default.GetFrequency(text.AsSpan(items[0], 2)) >= 1000)
        {
            return false;
        }
        for (int position = 0; position < length; position++)
        {
            char c = text[items[0] + position];
            if (items.All(i => text[i + position] == c) && !(position == length - 1 && ListHeads.Contains(c, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // 稳增长、促改革: a one-character token then a two-character token in every item.
        return length == 3 && items.All(i => JiebaSegmenter.Default.Contains(text.AsSpan(i + 1, 2)) && !JiebaSegmenter.Default.Contains(text.AsSpan(i, 3)));
    }

    private static bool IsItem(string text, int start, int end) =>
        end - start is >= MinItemLength and <= MaxItemLength
        && text.AsSpan(start, end - start).ToString().All(c => TextView.IsHan(c) && !NumberedFinder.IsSmallNumeral(c) && c != '等');

    // 真学真懂真信真用: one character repeated before three or more different characters.
    private static void FindRepeatedHeads(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int i = 0; i + 5 < text.Length; i++)
        {
            char head = text[i];
            if (text[i + 2] != head || !TextView.IsHan(head) || NumberedFinder.IsSmallNumeral(head) || head is '的' or '了' or '和' or '是' or '不' or '有' or '全')
            {
                continue;
            }

            int end = i;
            var seen = new HashSet<char>();
            while (end + 1 < text.Length && text[end] == head && TextView.IsHan(text[end + 1]) && text[end + 1] != head && seen.Add(text[end + 1]))
            {
                end += 2;
            }

            if (seen.Count >= 3 && view.IsBoundary(i) && view.IsBoundary(end))
            {
                into.Add(new MentionCandidate(MentionKind.Parallel, i, end, text[i..end]));
                i = end - 1;
            }
        }
    }
}
