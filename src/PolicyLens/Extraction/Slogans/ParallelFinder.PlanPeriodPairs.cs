// Round 68 (issue 13, chain68): a pair a city or county makes its working line for a five-year plan, one unit a verb on the
// quoted plan period (激情奋进“十四五”、再造一个新保定 and 激情奋进“十四五”、加速崛起新高阳, the 工作主线 of baoding 2022–2023 and
// gaoyang 2023; 攻坚新颜值、决胜“十四五”, baoding 2025's 总抓手, written three times). The pair path takes units of equal length
// without numerals only, so these were reported as the bare 十四五 inside them. The pair is reported on the round-18 marks a
// pair needs: the report uses it again as a unit, or names it its working line (…工作主线) or main lever (总抓手). Over every
// readable text the shape (a verb of two to four characters on “十N五” joined by 、 to a clause) stands at twelve places: the ten
// the marks take are all coded whole by their golds; the two left (baoding 2026 looking back, written once each, and hebei 2022's
// 面对开局“十四五”、开启新征程的艰巨任务) carry no mark. Counted plans (十四五 alone) stay the numbered finder's.
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    // The verb on the plan period (决胜, 激情奋进) and the clause beside it (再造一个新保定, 攻坚新颜值).
    private const int MinPeriodVerb = 2;
    private const int MaxPeriodVerb = 4;
    private const int MinPeriodClause = 3;
    private const int MaxPeriodClause = 7;

    // “十四五”: the quoted period, five characters with its quotation marks.
    private const int QuotedPeriodLength = 5;

    private static void FindPlanPeriodPairs(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int i = text.IndexOf('、'); i >= 0; i = text.IndexOf('、', i + 1))
        {
            // The period unit first: …激情奋进“十四五”、再造一个新保定.
            if (i >= QuotedPeriodLength && IsQuotedPeriod(text, i - QuotedPeriodLength))
            {
                int clauseEnd = PeriodClauseEnd(text, i + 1);
                if (clauseEnd > 0 && view.IsBoundary(clauseEnd))
                {
                    for (int verb = MaxPeriodVerb; verb >= MinPeriodVerb; verb--)
                    {
                        int start = i - QuotedPeriodLength - verb;
                        if (TryPlanPeriodPair(view, start, i, clauseEnd, periodFirst: true, into))
                        {
                            break;
                        }
                    }
                }
            }

            // The period unit second: 攻坚新颜值、决胜“十四五”.
            int quote = text.IndexOf('“', i + 1, Math.Min(MaxPeriodVerb + 1, text.Length - i - 1));
            if (quote - i - 1 is >= MinPeriodVerb and <= MaxPeriodVerb && quote + QuotedPeriodLength <= text.Length
                && IsQuotedPeriod(text, quote) && IntroducedProgrammeFinder.AllHan(text.AsSpan(i + 1, quote - i - 1)))
            {
                int end = quote + QuotedPeriodLength;
                for (int clause = MaxPeriodClause; clause >= MinPeriodClause; clause--)
                {
                    if (TryPlanPeriodPair(view, i - clause, i, end, periodFirst: false, into))
                    {
                        break;
                    }
                }
            }
        }
    }

    // The pair [start, end) with its 、 at `separator`; `periodFirst` when the quoted period closes the first unit (its verb alone,
    // before the quote, is checked here; the clause after the 、 was read by PeriodClauseEnd).
    private static bool TryPlanPeriodPair(TextView view, int start, int separator, int end, bool periodFirst, List<MentionCandidate> into)
    {
        string text = view.Text;
        int periodUnit = periodFirst ? QuotedPeriodLength : 0;
        if (start < 0 || (start > 0 && text[start - 1] == '、') || !IntroducedProgrammeFinder.AllHan(text.AsSpan(start, separator - periodUnit - start))
            || text.AsSpan(start, separator - start).Contains('的') || !view.IsBoundary(start))
        {
            return false;
        }

        // A working line is named once (紧紧围绕激情奋进“十四五”、再造一个新保定工作主线): where the pair is not used again, its first unit
        // must open the clause or follow the verb that introduces the line, so that the longest unit tried takes no word of the
        // sentence before it (…品质生活之城攻坚新颜值…作为年度总抓手 is cut at 攻坚 by its repetition elsewhere, not here).
        bool repeated = IsRepeatedInReport(view, start, end);
        if (!repeated && !(IsNamedWorkingLine(text, end) && OpensWorkingLine(text, start)))
        {
            return false;
        }

        trace?.Add((start, end, text[start..end], "plan-period-pair " + (repeated ? "repeated" : "named-rule")));
        into.Add(new MentionCandidate(MentionKind.Parallel, start, end, text[start..end]));
        return true;
    }

    // Verbs that introduce a working line (围绕…工作主线, 紧扣…主线).
    private static readonly string[] WorkingLineOpeners = ["围绕", "紧扣", "聚焦", "坚持", "把握"];

    private static bool OpensWorkingLine(string text, int start) =>
        start == 0 || !TextView.IsHan(text[start - 1])
        || WorkingLineOpeners.Any(o => start >= o.Length && string.CompareOrdinal(text, start - o.Length, o, 0, o.Length) == 0);

    // “十四五”, “十五五”: a quoted five-year plan period at `at`.
    private static bool IsQuotedPeriod(string text, int at) =>
        at + QuotedPeriodLength <= text.Length && text[at] == '“' && text[at + 1] == '十' && NumberedFinder.IsSmallNumeral(text[at + 2])
        && text[at + 3] == '五' && text[at + 4] == '”';

    // Where the clause after the 、 ends: before 的, before 工作主线, or at the end of its run of Han characters; -1 when it is not
    // three to seven characters long or another 、 continues the list.
    private static int PeriodClauseEnd(string text, int from)
    {
        int end = from;
        while (end < text.Length && TextView.IsHan(text[end]) && text[end] != '的' && string.CompareOrdinal(text, end, "工作主线", 0, 4) != 0
               && end - from <= MaxPeriodClause)
        {
            end++;
        }

        return end - from is >= MinPeriodClause and <= MaxPeriodClause && (end == text.Length || text[end] != '、') ? end : -1;
    }

    // 围绕…工作主线, …的工作主线, 作为年度总抓手: the report names the pair its working line or main lever.
    private static bool IsNamedWorkingLine(string text, int end)
    {
        string window = ClauseAfter(text, end);
        return window.StartsWith("工作主线", StringComparison.Ordinal) || window.StartsWith("的工作主线", StringComparison.Ordinal)
            || window.StartsWith("主线", StringComparison.Ordinal) || window.Contains("总抓手", StringComparison.Ordinal);
    }
}
