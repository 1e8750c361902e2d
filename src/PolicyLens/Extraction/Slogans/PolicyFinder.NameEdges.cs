// Where a named policy's edges fall when the words around it belong to the name or to the clause (policy round 43, from
// the readable judged samples' wrong verdicts): a chain of quoted labels before one count head is one name; a count of times
// before a campaign and a quoted rank before a head are the clause's.
namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // Quoted ranks: the policy was the first of its kind (全国“首创”、“首批”金融政策), no name.
    private static readonly string[] QuotedRanks = ["首批", "首创", "首个", "首家", "首款"];

    // The words between a quoted label and the head are only a count (“粤强种芯”“粤强农装”“粤强智农”三大工程): the head is
    // shared by the labels written before it.
    private static bool IsCountHead(string text, int from, int suffixStart) =>
        suffixStart - from == 2 && "两三四五六七八九十".Contains(text[from], StringComparison.Ordinal) && text[from + 1] is '大' or '项';

    // The opening quote of a run of quoted labels written back to back (“粤强种芯”“粤强农装”) that ends with the label opening at
    // `quote`, or `quote` when no label stands right before it. A member holds Han characters only, at most eight.
    private static int QuotedLabelsBefore(string text, int quote)
    {
        int at = quote;
        while (at >= 4 && text[at - 1] == '”')
        {
            int open = text.LastIndexOf('“', at - 2, Math.Min(at - 1, 9));
            if (open < 0 || at - open - 2 < 2 || !text.AsSpan(open + 1, at - open - 2).ToString().All(TextView.IsHan))
            {
                break;
            }

            at = open;
        }

        return at;
    }

    // 每月开展一次送政策上门行动: the start after a count of times (一次, 两次) that opens the stem as a word of its own.
    private static int AfterCountOfTimes(TextView view, int start, int suffixStart)
    {
        string text = view.Text;
        if (suffixStart - start > 6 && text[start + 1] == '次' && text[start + 2] != '性' && "一两二三".Contains(text[start], StringComparison.Ordinal)
            && view.IsBoundary(start) && view.IsBoundary(start + 2))
        {
            return start + 2;
        }

        return start;
    }

    private static bool IsQuotedRank(string text, int quote) =>
        text.IndexOf('”', quote + 1) is int close and > 0 && QuotedRanks.Contains(text[(quote + 1)..close]);
}
