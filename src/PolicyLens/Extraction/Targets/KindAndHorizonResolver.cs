// Decides whether a figure is a target, a result or an estimate, and which year or period it is for, from the section it
// stands in and the time words of its own clause.
using PolicyLens.Extraction.Numbers;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// Kind and horizon from a report's structure (issue 12). In a review section a figure is a result of the section's years
/// unless its sentence says 预计 (an estimate) or its clause sets a goal for a later year; in a goals or tasks section it is a
/// target of the section's year or period unless its clause names another horizon (<c>到2027年</c>, <c>“十五五”时期</c>,
/// <c>五年累计</c>, <c>今后三年</c>) or reports the past (<c>去年</c>). A plan period named in another sentence never sets the
/// horizon: 2025 provincial reports name 十五五 just before the year's target list.
/// </summary>
internal static class KindAndHorizonResolver
{
    /// <summary>How many clauses back an opening time adverbial (<c>到2027年，…</c>) still governs a figure in the same sentence.</summary>
    private const int AdverbialClauses = 6;

    /// <summary>A clause that opens with one of these words is a time adverbial for the rest of its sentence.</summary>
    private static readonly string[] AdverbialOpeners = ["到", "至", "在", "今后", "未来", "“十", "今年", "明年", "全年", "力争到", "争取到", "确保到"];

    /// <summary>Before a year (<c>到2027年</c>, <c>截至2025年底</c>) these make it a deadline rather than a modifier (<c>结转2024年高标准农田</c>).</summary>
    private static readonly string[] DeadlineBefore = ["到", "至", "在", "于", "截至", "截止"];

    /// <summary>After a year (<c>2030年前</c>, <c>2027年底</c>), the same.</summary>
    private static readonly string[] DeadlineAfter = ["前", "底", "末", "以前", "年底"];

    /// <summary>After a plan name, words about the plan itself rather than a horizon: <c>今年是“十五五”开局之年</c>.</summary>
    private static readonly string[] PlanItself = ["开局", "起步", "收官", "规划", "良好开局", "发展的", "考核"];

    /// <summary>Time spans counted from the report's year: <c>今后三年</c> (y…y+2), <c>未来五年</c>, <c>五年累计</c>.</summary>
    private static readonly (string Word, int Years)[] SpansAhead =
    [
        ("今后两年", 2), ("今后三年", 3), ("今后五年", 5), ("未来三年", 3), ("未来五年", 5), ("三年内", 3), ("五年内", 5), ("五年累计", 5), ("三年累计", 3),
    ];

    /// <summary>Past cues that, in a goals or tasks clause, mark a result (<c>去年全省完成…</c>); comparisons (<c>比去年</c>) excluded.</summary>
    private static readonly string[] PastInClause = ["去年", "上年", "过去一年", "过去五年", "已经", "已累计", "实现了", "完成了", "达到了", "取得了"];

    /// <summary>Characters before 去年/上年 that make it the base of a comparison, not the time of the figure.</summary>
    private const string ComparisonMarks = "比较同与础以之面";

    /// <summary>
    /// Whether the section's role decides: a review, or goals and tasks for the report's year or later. A goals part that also
    /// looks back (1999: <c>1998年工作回顾和1999年工作的总体要求</c>; beijing 2026: <c>“十四五”时期发展成就和“十五五”时期主要目标任务</c>)
    /// mixes results and goals, so there the cue words decide.
    /// </summary>
    public static bool Decides(TargetSection section, int? year) =>
        section.Role == SectionRole.Review ||
        (section.Role is SectionRole.Goals or SectionRole.Tasks && !(section.Years is Horizon y && year is int r && y.StartYear < r));

    /// <summary>Kind and horizon of <paramref name="quantity"/> in a review, goals or tasks <paramref name="section"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="section">The section the figure stands in.</param>
    /// <param name="sentence">The figure's sentence.</param>
    /// <param name="clauseStart">Where the figure's clause starts.</param>
    /// <param name="quantity">The figure.</param>
    /// <param name="annual">Whether it is a yearly average (<c>年均</c>).</param>
    /// <param name="pastBefore">Whether the sentences before it in its paragraph report the past (2011: <c>过去一年，我们的各项工作取得了很大成绩。
    /// 国内生产总值增长10.3%…</c>, in the section of 2011's work).</param>
    public static (TargetKind Kind, Horizon? Horizon) Resolve(
        DocumentView document, TargetSection section, SentenceSpan sentence, int clauseStart, Quantity quantity, bool annual, bool pastBefore)
    {
        string text = document.Text;
        bool estimate = Cues.LastEnd(text, Math.Max(sentence.Start, quantity.Start - Clauses.Reach), quantity.Start, Cues.Estimate) >= 0;
        Horizon? own = OwnHorizon(document, sentence, clauseStart, quantity.Start, section.Years, annual);
        Horizon? sectionYears = section.Years is Horizon years ? years with { IsAnnualAverage = annual && years.StartYear != years.EndYear } : null;
        if (section.Role == SectionRole.Review)
        {
            if (estimate)
            {
                return (TargetKind.Estimate, own ?? sectionYears);
            }

            bool goal = Cues.LastEnd(text, clauseStart, quantity.Start, Cues.Target) >= 0;
            if (goal && own is Horizon ahead && document.Year is int y && ahead.StartYear >= y)
            {
                return (TargetKind.Target, ahead);
            }

            return (TargetKind.Actual, own ?? sectionYears);
        }

        if (estimate)
        {
            return (TargetKind.Estimate, own ?? sectionYears);
        }

        bool turnsAhead = Cues.LastEnd(text, sentence.Start, quantity.Start, Cues.Target) >= 0 ||
                          Cues.LastEnd(text, sentence.Start, quantity.Start, Cues.ThisYear) >= 0 || Cues.LastEnd(text, sentence.Start, quantity.Start, Cues.Ahead) >= 0;
        // A clause that names a year or period already over reports a result, whatever its section (a 1987 tasks chapter:
        // 1986年同1978年相比…增长102%).
        bool ownIsPast = own is Horizon h && document.Year is int docYear && h.EndYear < docYear;
        if (ownIsPast || HasPastCue(text, clauseStart, quantity.Start) || (pastBefore && !turnsAhead))
        {
            return (TargetKind.Actual, own ?? (document.Year is int y ? Horizon.Year(y - 1) : null));
        }

        if (annual && own is null && sectionYears is Horizon single && single.StartYear == single.EndYear && document.Year is int year)
        {
            return (TargetKind.Target, new Horizon(year, year + 4, true)); // 年均 in a one-year section: the plan years ahead
        }

        return (TargetKind.Target, own ?? sectionYears);
    }

    /// <summary>
    /// The horizon the figure's own clause names, or an opening time adverbial of its sentence (<c>到2027年，…</c>); null when
    /// neither names one.
    /// </summary>
    private static Horizon? OwnHorizon(DocumentView document, SentenceSpan sentence, int clauseStart, int position, Horizon? sectionYears, bool annual)
    {
        if (Latest(document, clauseStart, position, sectionYears, annual, opening: false) is Horizon inClause)
        {
            return inClause;
        }

        string text = document.Text;
        int end = clauseStart - 1;
        for (int n = 0; n < AdverbialClauses && end > sentence.Start; n++)
        {
            int start = Clauses.Start(text, end, sentence.Start);
            if (StartsWithAny(text, start, AdverbialOpeners) && Latest(document, start, end, sectionYears, annual, opening: true) is Horizon opening)
            {
                return opening;
            }

            end = start - 1;
        }

        return null;
    }

    /// <summary>The last horizon named in text[start..end), or null.</summary>
    private static Horizon? Latest(DocumentView document, int start, int end, Horizon? sectionYears, bool annual, bool opening)
    {
        string text = document.Text;
        int bestEnd = -1;
        Horizon? best = null;
        void Consider(int at, Horizon h)
        {
            if (at > bestEnd)
            {
                (bestEnd, best) = (at, h);
            }
        }

        foreach (Quantity q in document.QuantitiesIn(start, end))
        {
            if (q.Kind != QuantityKind.Year || q.End > end)
            {
                continue;
            }

            bool deadline = opening || EndsWithAny(text, q.Start, DeadlineBefore) || StartsWithAny(text, q.End, DeadlineAfter) || q.Start == start;
            if (deadline && !(q.Start > 0 && ComparisonMarks.Contains(text[q.Start - 1], StringComparison.Ordinal)))
            {
                int from = (int)q.Value;
                int to = (int)(q.Max ?? q.Value);
                if (annual && from == to && document.Year is int y && from > y)
                {
                    from = y; // 到2030年…年均增长: from now to then
                }

                Consider(q.End, new Horizon(from, to, annual && from != to));
            }
        }

        foreach ((PlanPeriod plan, int at, int length) in document.PlansIn(start, end))
        {
            if (at + length <= end && !StartsWithAny(text, at + length, PlanItself) && !StartsWithAny(text, at + length + 1, PlanItself))
            {
                Consider(at + length, new Horizon(plan.StartYear, plan.EndYear, annual));
            }
        }

        // Every span word, 今年/本年 and 明年 has a 年 in it: a clause without one (most clauses) names none of them, and is
        // not searched for each (eleven searches per figure).
        if (document.Year is int year && Cues.HasYearCharacter(text, start, end))
        {
            foreach ((string word, int years) in SpansAhead)
            {
                int at = Cues.LastEnd(text, start, end, word);
                if (at >= 0)
                {
                    Consider(at, word.Contains("累计", StringComparison.Ordinal) && sectionYears is Horizon s && s.StartYear != s.EndYear
                        ? s : new Horizon(year, year + years - 1, annual));
                }
            }

            Consider(Cues.LastEnd(text, start, end, Cues.ThisYear), Horizon.Year(year));
            Consider(Cues.LastEnd(text, start, end, Cues.NextYear), Horizon.Year(year + 1));
        }

        return best;
    }

    /// <summary>
    /// Words that turn a paragraph to the past year(s): <c>过去一年，我们的各项工作取得了很大成绩。</c> (2011); <c>年来</c> covers
    /// 一年来, 五年来 and the other spans looked back on (1987: <c>近八年来，…有了很大的增加。１９８６年同１９７８年相比…</c>).
    /// </summary>
    private static readonly string[] PastPeriods = ["过去一年", "过去的一年", "年来", "去年", "过去五年"];

    /// <summary>
    /// Whether the sentence of <paramref name="cues"/> turns its paragraph to the past (true), ahead (false: <c>今年</c>, <c>明年</c>, a goal
    /// word after the last past word), or neither (null), for the sentences after it in a goals or tasks section.
    /// </summary>
    public static bool? TurnsToPast(SentenceCues cues)
    {
        DocumentView document = cues.Document;
        SentenceSpan sentence = cues.Sentence;
        string text = document.Text;
        int from = Math.Max(sentence.Start, sentence.End - Clauses.Reach);
        int past = -1;
        // Each of the words has a 年 in it: a sentence without one is not searched for each.
        foreach (string word in Cues.HasYearCharacter(text, from, sentence.End) ? PastPeriods : [])
        {
            int at = text.AsSpan(from, sentence.End - from).LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && !(from + at > 0 && ComparisonMarks.Contains(text[from + at - 1], StringComparison.Ordinal)))
            {
                past = Math.Max(past, from + at + word.Length);
            }
        }

        int ahead = Math.Max(Cues.LastEnd(text, from, sentence.End, Cues.Target),
            Math.Max(cues.LastEndToSentenceEnd(from, Cues.ThisYear), cues.LastEndToSentenceEnd(from, Cues.Ahead)));
        return past < 0 && ahead < 0 ? null : past > ahead;
    }

    private static bool HasPastCue(string text, int start, int end)
    {
        ReadOnlySpan<char> span = text.AsSpan(start, Math.Max(0, end - start));
        foreach (string word in PastInClause)
        {
            int at = span.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && !(at > 0 && ComparisonMarks.Contains(span[at - 1], StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string text, int at, string[] words)
    {
        foreach (string word in words)
        {
            if (at >= 0 && at + word.Length <= text.Length && text.AsSpan(at).StartsWith(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(string text, int at, string[] words)
    {
        foreach (string word in words)
        {
            if (at - word.Length >= 0 && text.AsSpan(at - word.Length).StartsWith(word))
            {
                return true;
            }
        }

        return false;
    }
}
