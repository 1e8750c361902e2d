// Round 68 (issue 13, chain68): a set of ways of thinking the party asks cadres to hold (战略思维、创新思维、辩证思维、法治思维、
// 底线思维, the 2017 congress report; 战略思维、历史思维、辩证思维、系统思维、创新思维、法治思维、底线思维能力, 2022) is a national
// formula, as the set of outlooks is (IsSetOfOutlooks). The enumeration path cannot take it: its units share the head 思维 (the
// shape of a list of things), and the set is written before 能力, which the segmenter joins to the last unit (思维能力). Over every
// readable text a chain of three or more such units stands at four places (19_2017, 20_2022, hebei-gwr-2023, guangming-gwr-2025),
// each a subset of Xi's seven; the two gold-coded ones are coded whole. A pair (底线思维、极限思维) is left as it is: the golds
// split on it (three accept the pair or its member, jilin_2026 codes the member only, xinjiang_2026 neither).
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    private const string ThinkingHead = "思维";

    // Units of the set: a modifier of two characters and 思维 (底线思维), three or more joined by 、.
    private const int ThinkingUnitLength = 4;
    private const int MinThinkingUnits = 3;

    private static void FindSetsOfThinking(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int at = text.IndexOf(ThinkingHead + "、", StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(ThinkingHead + "、", at + 1, StringComparison.Ordinal))
        {
            int start = at + ThinkingHead.Length - ThinkingUnitLength;
            // The first unit of a set only: not a unit after another 、, nor a modifier cut from a longer word.
            if (start < 0 || !IsThinkingUnit(text, start) || (start > 0 && text[start - 1] == '、') || !view.IsBoundary(start))
            {
                continue;
            }

            int units = 1, end = start + ThinkingUnitLength;
            while (end + 1 + ThinkingUnitLength <= text.Length && text[end] == '、' && IsThinkingUnit(text, end + 1))
            {
                units++;
                end += 1 + ThinkingUnitLength;
            }

            // 、 after the last unit: the set runs on into units of another shape, a list of other things.
            if (units < MinThinkingUnits || (end < text.Length && text[end] is '、' or '等'))
            {
                continue;
            }

            trace?.Add((start, end, text[start..end], "ways-of-thinking established"));
            into.Add(new MentionCandidate(MentionKind.Parallel, start, end, text[start..end]));
            at = end;
        }
    }

    private static bool IsThinkingUnit(string text, int start) =>
        start + ThinkingUnitLength <= text.Length
        && string.CompareOrdinal(text, start + 2, ThinkingHead, 0, ThinkingHead.Length) == 0
        && TextView.IsHan(text[start]) && TextView.IsHan(text[start + 1]);
}
