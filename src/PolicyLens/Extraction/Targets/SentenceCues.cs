// The cue-word rules of kind and horizon, for text outside any review, goals or tasks section (the national reports before
// they had such headings, news prose, a preamble): what the sentence and the sentences before it say about time.
using PolicyLens.Extraction.Numbers;

namespace PolicyLens.Extraction.Targets;

/// <summary>One sentence, with the colon-ended sentence before it (whose cues it inherits) and the paragraph's tense.</summary>
internal sealed class SentenceCues(DocumentView document, SentenceSpan sentence, SentenceSpan? carried, bool paragraphPast, Horizon? carriedPeriod)
{
    /// <summary>The plan period that earlier sentences were about, when no single year has been named since.</summary>
    public Horizon? CarriedPeriod { get; } = carriedPeriod;

    /// <summary>The plan period in force after this sentence: its own if it names one, none if it names a year.</summary>
    public Horizon? PeriodAfter(Horizon? before)
    {
        (Horizon? last, _, bool isPeriod) = HorizonBefore(Sentence.End, annual: false);
        if (last is not Horizon h || Document.Year is not int year)
        {
            return before;
        }

        return isPeriod && h.EndYear >= year && h.StartYear <= year + 5 ? h : null;
    }

    public DocumentView Document { get; } = document;

    public SentenceSpan Sentence { get; } = sentence;

    private string Text => Document.Text;

    /// <summary>
    /// Where cue words may stand: the carried sentence's start, else this sentence's; never more than
    /// <see cref="CueWindow"/> characters back, which keeps run-on text (a report with no full stops) linear.
    /// </summary>
    private int CueStart => Math.Max(carried?.Start ?? Sentence.Start, Sentence.End - CueWindow);

    /// <summary>
    /// How far back cue words are read: a sentence of the national reports with its colon-ended lead-in fits (1992's
    /// 经济增长速度的宏观调控目标… runs to some 300 characters); the bound keeps run-on text linear.
    /// </summary>
    private const int CueWindow = Clauses.Reach;

    /// <summary>The start of the clause holding <paramref name="position"/>.</summary>
    public int ClauseStart(int position) => Clauses.Start(Text, position, Sentence.Start);

    /// <summary>Kind and horizon from the cue words alone (text outside review, goals and tasks sections).</summary>
    public (TargetKind Kind, Horizon? Horizon) Resolve(Quantity quantity, int clauseStart, bool annual)
    {
        (Horizon? horizon, bool horizonIsPast, bool horizonIsPeriod) = HorizonBefore(quantity.Start, annual);
        TargetKind kind = Kind(quantity.Start, IndicatorBinder.NumberStart(Text, quantity), clauseStart, annual, horizonIsPast, horizonIsPeriod);
        horizon ??= kind == TargetKind.Target && CarriedPeriod is Horizon carriedPeriod
            ? carriedPeriod with { IsAnnualAverage = annual }
            : DefaultHorizon(kind, Document.Year, annual);
        return (kind, horizon);
    }

    /// <summary>Whether a goal word (<c>目标是</c>, <c>力争</c>, <c>计划</c>…) stands before <paramref name="position"/> in the cue window.</summary>
    public bool HasExplicitGoal(int position) => Cues.LastEnd(Text, CueStart, position, Cues.Target) >= 0;

    private static Horizon? DefaultHorizon(TargetKind kind, int? year, bool annual)
    {
        if (year is not int y)
        {
            return null;
        }

        return (kind, annual) switch
        {
            (TargetKind.Target, false) => Horizon.Year(y),
            (TargetKind.Target, true) => new Horizon(y, y + 4, true),
            (TargetKind.Actual, false) => Horizon.Year(y - 1),
            (TargetKind.Actual, true) => new Horizon(y - 5, y - 1, true),
            _ => null,
        };
    }

    /// <summary>
    /// <c>从14.8%降到10%</c>, <c>由原定百分之六调高到百分之八至九</c>: the first figure is where a change starts (or a superseded
    /// goal), not the figure the statement sets or reports.
    /// </summary>
    public bool IsStartingPoint(Quantity quantity)
    {
        int before = Math.Max(Sentence.Start, quantity.Start - 8);
        if (Cues.LastEnd(Text, before, quantity.Start, Cues.ChangeFrom) < 0)
        {
            return false;
        }

        int after = Math.Min(Sentence.End, quantity.End + 6);
        return Cues.LastEnd(Text, quantity.End, after, Cues.ChangeTo) >= 0;
    }

    /// <summary><c>7%以上、力争达到8%</c>: the second figure is a stretch goal on the first.</summary>
    public bool StretchAfter(Quantity quantity, Quantity next)
    {
        if (next.Unit != quantity.Unit || next.Start > Sentence.End)
        {
            return false;
        }

        ReadOnlySpan<char> between = Text.AsSpan(quantity.End, next.Start - quantity.End).TrimStart("、，,并");
        return between.StartsWith("力争") || between.StartsWith("争取");
    }

    public TargetKind Kind(int position, int numberStart, int clauseStart, bool annual, bool horizonIsPast, bool horizonIsPeriod)
    {
        int target = Cues.LastEnd(Text, CueStart, position, Cues.Target);
        int past = Math.Max(Cues.LastEnd(Text, CueStart, position, Cues.Past), PastYearEnd(position));
        int estimate = Cues.LastEnd(Text, clauseStart, position, Cues.Estimate);
        if (estimate >= 0 && estimate > target)
        {
            return TargetKind.Estimate;
        }

        if (target >= 0 && target > past)
        {
            return TargetKind.Target;
        }

        if (past >= 0 || horizonIsPast)
        {
            return TargetKind.Actual;
        }

        if (annual && horizonIsPeriod)
        {
            return TargetKind.Target; // a yearly average over a plan period that is not over yet
        }

        if (paragraphPast)
        {
            return TargetKind.Actual;
        }

        if (Cues.LastEnd(Text, clauseStart, numberStart, Cues.WeakTarget) >= 0)
        {
            return TargetKind.Target;
        }

        return Cues.LastEnd(Text, clauseStart, position, Cues.WeakPast) >= 0 ? TargetKind.Actual : TargetKind.Other;
    }

    /// <summary>Whether the sentence's last time cue is about the past (true), the present or future (false), or neither (null).</summary>
    public bool? EndsInPast()
    {
        int past = Math.Max(Cues.LastEnd(Text, Sentence.Start, Sentence.End, Cues.Past), PastYearEnd(Sentence.End));
        // Goal words (预期目标) are no sign of the present here: "圆满实现…主要预期目标" reports a result.
        int present = Math.Max(LastEndToSentenceEnd(Sentence.Start, Cues.ThisYear), LastEndToSentenceEnd(Sentence.Start, Cues.Ahead));
        if (past < 0 && present < 0)
        {
            return null;
        }

        return past > present;
    }

    // The cue lists already searched from a start to the sentence's end, with what was found: the rules read at the end of
    // every sentence (EndsInPast, KindAndHorizonResolver.TurnsToPast, PeriodAfter) search 今年/本年 and the words ahead over the
    // same stretch (the sentence, or its last Clauses.Reach characters, or the cue window: one and the same for nearly every
    // sentence), and each search is now made once. Two entries held in the object (every sentence has one: eight entries
    // were 2.5 MB more allocated over the national reports).
    private SentenceEndSearches _searched;
    private int _searchedCount;

    [System.Runtime.CompilerServices.InlineArray(SentenceEndSearchesKept)]
    private struct SentenceEndSearches
    {
        private (Cues.Words Words, int Start, int End) _first;
    }

    private const int SentenceEndSearchesKept = 2;

    /// <summary><see cref="Cues.LastEnd(string, int, int, Cues.Words)"/> over text[start..Sentence.End), each list and start searched once.</summary>
    internal int LastEndToSentenceEnd(int start, Cues.Words words)
    {
        for (int i = 0; i < _searchedCount; i++)
        {
            if (ReferenceEquals(_searched[i].Words, words) && _searched[i].Start == start)
            {
                return _searched[i].End;
            }
        }

        int end = Cues.LastEnd(Text, start, Sentence.End, words);
        if (_searchedCount < SentenceEndSearchesKept)
        {
            _searched[_searchedCount++] = (words, start, end);
        }

        return end;
    }

    /// <summary>The end of the last year before the document's year mentioned before <paramref name="position"/>, or −1.</summary>
    private int PastYearEnd(int position)
    {
        int best = -1;
        if (Document.Year is not int year)
        {
            return best;
        }

        foreach (Quantity q in Document.QuantitiesIn(CueStart, position))
        {
            if (q.End <= position && q.Kind == QuantityKind.Year && (q.Max ?? q.Value) < year && !IsBaseYear(q))
            {
                best = Math.Max(best, q.End);
            }
        }

        return best;
    }

    /// <summary>"比2010年", "较2020年": a year named as the base of a comparison, not the time a figure is for.</summary>
    private bool IsBaseYear(Quantity q) => q.Start > 0 && Text[q.Start - 1] is '比' or '较' or '同' or '与' or '于';

    /// <summary>The last time word before <paramref name="position"/>, resolved against the document's year.</summary>
    public (Horizon? Horizon, bool IsPast, bool IsPeriod) HorizonBefore(int position, bool annual)
    {
        if (Document.Year is not int year)
        {
            return (null, false, false);
        }

        int bestEnd = -1;
        Horizon? best = null;
        bool isPeriod = false;
        void Consider(int end, Horizon horizon, bool period)
        {
            if (end > bestEnd)
            {
                (bestEnd, best, isPeriod) = (end, horizon, period);
            }
        }

        // The year words (今年, 明年, 去年, 今后五年, 过去五年… every one has a 年 in it) are looked for only where there is a 年; at
        // the sentence's end the searches the end-of-sentence rules share are made once.
        if (Cues.HasYearCharacter(Text, CueStart, position))
        {
            bool atEnd = position == Sentence.End;
            Consider(atEnd ? LastEndToSentenceEnd(CueStart, Cues.ThisYear) : Cues.LastEnd(Text, CueStart, position, Cues.ThisYear), Horizon.Year(year), false);
            Consider(Cues.LastEnd(Text, CueStart, position, Cues.NextYear), Horizon.Year(year + 1), false);
            Consider(LastYearEnd(position), Horizon.Year(year - 1), false);
            Consider(Cues.LastEnd(Text, CueStart, position, Cues.NextFiveYears), new Horizon(year, year + 4, annual), true);
            Consider(Cues.LastEnd(Text, CueStart, position, Cues.LastFiveYears), new Horizon(year - 5, year - 1, annual), true);
        }

        foreach ((PlanPeriod plan, int start, int length) in Document.PlansIn(CueStart, position))
        {
            if (start + length <= position)
            {
                Consider(start + length, new Horizon(plan.StartYear, plan.EndYear, annual), true);
            }
        }

        foreach (Quantity q in Document.QuantitiesIn(CueStart, position))
        {
            if (q.Kind != QuantityKind.Year || q.End > position || IsBaseYear(q))
            {
                continue;
            }

            int y = (int)q.Value;
            if (q.Max is decimal to)
            {
                Consider(q.End, new Horizon(y, (int)to, annual), true);
            }
            else if (q.Start > 0 && Text[q.Start - 1] == '到' && annual && y > year)
            {
                Consider(q.End, new Horizon(year, y, true), true); // "到1992年…平均每年增长": from now to then
            }
            else
            {
                Consider(q.End, Horizon.Year(y), false);
            }
        }

        return best is Horizon h ? (h, h.EndYear < year, isPeriod) : (null, false, false);
    }

    /// <summary>
    /// 去年, 上年, 过去一年 — but not as the base of a comparison (比上年, 与去年) nor inside other words (基础上年均).
    /// </summary>
    private int LastYearEnd(int position)
    {
        int best = -1;
        ReadOnlySpan<char> span = Text.AsSpan(CueStart, Math.Max(0, position - CueStart));
        foreach (string word in LastYearWords)
        {
            for (int at = span.IndexOf(word, StringComparison.Ordinal); at >= 0; at = NextIndex(span, word, at))
            {
                bool comparison = at > 0 && span[at - 1] is '比' or '较' or '同' or '与' or '础' or '以' or '之' or '面';
                bool insideWord = at + word.Length < span.Length && span[at + word.Length] is '均' or '度';
                if (!comparison && !insideWord)
                {
                    best = Math.Max(best, CueStart + at + word.Length);
                }
            }
        }

        return best;
    }

    // A field, not a list written in the loop: that was an array allocated at every call (every figure, every sentence).
    private static readonly string[] LastYearWords = ["去年", "上年", "过去一年", "一年来"];

    private static int NextIndex(ReadOnlySpan<char> span, string word, int after)
    {
        int next = span[(after + 1)..].IndexOf(word, StringComparison.Ordinal);
        return next < 0 ? -1 : after + 1 + next;
    }
}
