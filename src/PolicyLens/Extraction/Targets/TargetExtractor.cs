using PolicyLens.Extraction.Numbers;
using PolicyLens.Text;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// Turns the numbers in a report into target records: each measured figure is bound to the indicator named before it,
/// labelled target / actual / estimate / other from the cues around it, and given the year or period it is for.
/// </summary>
/// <remarks>
/// Works on one document's normalised text, with offsets into that text. Rules, in the order they apply:
/// <list type="bullet">
/// <item>A clause (between <c>，；：、</c>) binds its numbers to the indicator whose subject it names before them
/// (<c>国内生产总值</c>… <c>增长</c>); a clause naming none borrows the subject of the clauses before it that hold no number
/// (<c>经济增长速度的宏观调控目标，定为百分之八至九</c>).</item>
/// <item>A sentence ending in a colon (<c>主要预期目标是：</c>) carries its cues to the sentence after it, the list of goals.</item>
/// <item><c>预计</c> marks an estimate; a goal cue (<c>预期目标</c>, <c>计划</c>, <c>力争</c>) a target, unless a result cue
/// (<c>实现了</c>, <c>过去一年</c>, an earlier year) comes after it; a result cue an actual; a yearly average over a plan
/// period is a target for that period; hedges such as <c>控制在</c> a target unless the paragraph is about the past.</item>
/// <item>The horizon is the last time word before the figure (<c>今年</c>, <c>去年</c>, <c>2012年</c>, <c>“十三五”</c>,
/// <c>今后五年</c>, <c>到1992年</c>), else the report's year for a target and the year before for a result.</item>
/// </list>
/// </remarks>
public sealed class TargetExtractor
{
    private static readonly HashSet<string> MeasuredUnits =
        ["%", "pp", "‰", "元", "美元", "欧元", "人", "人次", "户", "吨", "公斤", "斤", "亩", "公顷", "公里", "平方公里", "千瓦", "千瓦时", "倍"];

    /// <summary>An extractor with the built-in vocabulary.</summary>
    public static TargetExtractor Default { get; } = new(new TargetExtractorOptions());

    /// <summary>An extractor with <paramref name="options"/>.</summary>
    public TargetExtractor(TargetExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options this extractor was made with.</summary>
    public TargetExtractorOptions Options { get; }

    /// <summary>
    /// Every numeric statement in a document, found in its normalised text, with the sentence and quantity offsets
    /// mapped back into the source file the document was read from (<see cref="Document.ToSourceOffset"/>), so that
    /// they point at the right place however the text was repaired. The sentence itself is the normalised one.
    /// </summary>
    public IReadOnlyList<TargetRecord> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. Extract(document.Text, document.Id, document.Metadata.Year).Select(r => r.InSource(document))];
    }

    /// <summary>
    /// Every numeric statement in <paramref name="text"/>, in text order.
    /// </summary>
    /// <param name="text">The document's (normalised) text; offsets in the records point into it.</param>
    /// <param name="documentId">Copied into each record.</param>
    /// <param name="year">The document's year: resolves <c>今年</c>, <c>去年</c>, <c>今后五年</c>; null leaves such horizons unset.</param>
    public IReadOnlyList<TargetRecord> Extract(string text, string documentId, int? year)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documentId);
        var document = new DocumentView(text, year, QuantityScanner.Scan(text), PlanPeriod.Find(text));
        var records = new List<TargetRecord>();
        int q = 0;
        Span? carried = null;
        bool past = false;
        Horizon? period = null;
        foreach (Span sentence in Sentences(text))
        {
            int first = q;
            while (q < document.Quantities.Count && document.Quantities[q].Start < sentence.End)
            {
                q++;
            }

            var context = new SentenceContext(document, sentence, carried, past, period);
            var consumed = new HashSet<int>();
            for (int k = first; k < q; k++)
            {
                if (!consumed.Contains(k) && Read(context, k, consumed) is { } record)
                {
                    records.Add(record with { DocumentId = documentId });
                }
            }

            // Tense and plan period carry on to later sentences, across paragraphs, until a sentence states its own: a
            // results section (过去一年…) or a plan section (“十四五”时期主要目标…) goes on without repeating its time word.
            past = context.EndsInPast() ?? past;
            period = context.PeriodAfter(period);
            char last = text[sentence.End - 1];
            carried = last is '：' or ':' ? sentence : null;
        }

        return records;
    }

    private TargetRecord? Read(SentenceContext context, int index, HashSet<int> consumed)
    {
        DocumentView document = context.Document;
        string text = document.Text;
        Quantity quantity = document.Quantities[index];
        if (quantity.Kind != QuantityKind.Amount || quantity.End > context.Sentence.End)
        {
            return null;
        }

        int clauseStart = context.ClauseStart(quantity.Start);
        (Indicator? indicator, int subjectStart, int wordsEnd) = FindIndicator(context, clauseStart, quantity);
        if (indicator is null && (!Options.IncludeOther || !MeasuredUnits.Contains(quantity.Unit)))
        {
            return null;
        }

        decimal? stretch = null;
        if (indicator is not null && index + 1 < document.Quantities.Count && context.StretchAfter(quantity, document.Quantities[index + 1]))
        {
            stretch = document.Quantities[index + 1].Value;
            consumed.Add(index + 1);
        }

        bool annual = Cues.LastEnd(text, Math.Min(clauseStart, subjectStart < 0 ? clauseStart : subjectStart), quantity.Start, Cues.AnnualAverage) >= 0;
        (Horizon? horizon, bool horizonIsPast, bool horizonIsPeriod) = context.HorizonBefore(quantity.Start, annual);
        TargetKind kind = context.IsStartingPoint(quantity) ? TargetKind.Other : context.Kind(quantity.Start, NumberStart(text, quantity), clauseStart, annual, horizonIsPast, horizonIsPeriod);
        horizon ??= kind == TargetKind.Target && context.CarriedPeriod is Horizon carriedPeriod
            ? carriedPeriod with { IsAnnualAverage = annual }
            : DefaultHorizon(kind, document.Year, annual);

        string words = indicator is not null
            ? text[subjectStart..wordsEnd]
            : OtherWords(text, clauseStart, quantity.Start);
        Span s = context.Sentence;
        return new TargetRecord(
            string.Empty, document.Year, indicator?.Code ?? Indicator.OtherCode, words, quantity.Comparator, quantity.Value, quantity.Max, stretch,
            quantity.Unit, kind, horizon, s.Start, s.End, text[s.Start..s.End], quantity.Start, quantity.End);
    }

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
    /// The indicator named before <paramref name="quantity"/>: its subject in the clause, or, when the clause names none,
    /// in the clauses before it that hold no number of their own. Returns the subject's start and the end of its words.
    /// </summary>
    private (Indicator? Indicator, int SubjectStart, int WordsEnd) FindIndicator(SentenceContext context, int clauseStart, Quantity quantity)
    {
        string text = context.Document.Text;
        int regionStart = clauseStart;
        for (int attempt = 0; attempt < 4; attempt++)
        {
            (Indicator? found, int start, int end) = BestSubject(text, regionStart, clauseStart, quantity);
            if (found is not null)
            {
                return (found, start, end);
            }

            // Borrow from the clause before, if it holds no number (else the subject there is its own number's).
            int previousEnd = regionStart - 1;
            if (previousEnd <= context.Sentence.Start)
            {
                break;
            }

            int previousStart = context.ClauseStart(previousEnd);
            if (context.Document.HasQuantityIn(previousStart, previousEnd, quantity.Unit))
            {
                break;
            }

            regionStart = previousStart;
        }

        return (null, -1, -1);
    }

    private (Indicator? Indicator, int SubjectStart, int WordsEnd) BestSubject(string text, int regionStart, int clauseStart, Quantity quantity)
    {
        Indicator? best = null;
        int bestStart = -1;
        int bestEnd = -1;
        int bestWordsEnd = -1;
        ReadOnlySpan<char> region = text.AsSpan(regionStart, quantity.Start - regionStart);
        foreach (Indicator indicator in Options.Vocabulary.Indicators)
        {
            if (indicator.Units.Count > 0 && !indicator.Units.Contains(quantity.Unit))
            {
                continue;
            }

            foreach (string subject in indicator.Subjects)
            {
                int at = region.LastIndexOf(subject, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                int subjectStart = regionStart + at;
                int subjectEnd = subjectStart + subject.Length;
                int wordsEnd = subjectEnd;
                bool borrowed = subjectStart < clauseStart;
                int numberStart = NumberStart(text, quantity);
                if (indicator.Verbs.Count > 0)
                {
                    (int firstVerbStart, int firstVerbEnd, int lastVerbEnd) = FindVerbs(text, subjectEnd, numberStart, indicator.Verbs);
                    if (firstVerbStart < 0)
                    {
                        continue;
                    }

                    wordsEnd = firstVerbEnd;

                    // The verb follows its subject as one phrase (国内生产总值增长, 经济增长…), or the whole statement is short;
                    // a subject borrowed from an earlier clause needs its verb right after it or in the number's clause.
                    bool phrase = firstVerbStart - subjectEnd <= 6;
                    bool ok = borrowed
                        ? (phrase || lastVerbEnd > clauseStart) && OnlyLinkWords(text, clauseStart, numberStart, indicator.Verbs)
                        : quantity.Start - subjectEnd <= 24 || (phrase && numberStart - lastVerbEnd <= 8);
                    if (!ok)
                    {
                        continue;
                    }
                }
                else if (!borrowed && quantity.Start - subjectEnd > 16)
                {
                    continue; // a subject a long way before the number, within its own clause, is about something else
                }

                // Words that head a different noun before the number (经济增长的贡献率, 占国内生产总值比重).
                if (ContainsAny(text, wordsEnd, quantity.Start, Breakers))
                {
                    continue;
                }

                // The nearest subject wins; at equal ends the longer one (国民生产总值 over 生产总值).
                if (best is null || subjectEnd > bestEnd || (subjectEnd == bestEnd && subjectStart < bestStart))
                {
                    (best, bestStart, bestEnd, bestWordsEnd) = (indicator, subjectStart, subjectEnd, wordsEnd);
                }
            }
        }

        return (best, bestStart, bestWordsEnd);
    }

    /// <summary>The first occurrence of any verb in text[start..end) (start and end) and the end of the last one; −1s when none.</summary>
    private static (int FirstStart, int FirstEnd, int LastEnd) FindVerbs(string text, int start, int end, IReadOnlyList<string> verbs)
    {
        (int firstStart, int firstEnd, int lastEnd) = (-1, -1, -1);
        if (end <= start)
        {
            return (firstStart, firstEnd, lastEnd);
        }

        ReadOnlySpan<char> span = text.AsSpan(start, end - start);
        foreach (string verb in verbs)
        {
            int first = span.IndexOf(verb, StringComparison.Ordinal);
            if (first < 0)
            {
                continue;
            }

            if (firstStart < 0 || start + first < firstStart)
            {
                (firstStart, firstEnd) = (start + first, start + first + verb.Length);
            }

            lastEnd = Math.Max(lastEnd, start + span.LastIndexOf(verb, StringComparison.Ordinal) + verb.Length);
        }

        return (firstStart, firstEnd, lastEnd);
    }

    /// <summary>
    /// Whether text[start..end) is made only of words that link a borrowed subject to its number (<c>定为</c>, <c>年均增长</c>,
    /// <c>“十一五”</c>), so that the clause has no subject of its own (unlike <c>投资率为</c>).
    /// </summary>
    private static bool OnlyLinkWords(string text, int start, int end, IReadOnlyList<string> verbs)
    {
        string rest = text[start..end];
        foreach (string word in verbs.Concat(LinkWords).OrderByDescending(w => w.Length))
        {
            rest = rest.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        foreach (char c in rest)
        {
            if (!ChineseNumber.IsChineseNumeral(c) && c is not ('“' or '”' or '"' or ' ' or '\u3000'))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] LinkWords =
    [
        "定为", "为", "是", "力争", "争取", "控制在", "达到", "保持在", "年均", "平均每年", "每年", "今年", "全年", "要", "在", "实际",
        "预期", "目标", "期间", "时期", "计划", "速度", "按可比价格计算", "可比价格", "按", "计算", "将", "就", "可", "也", "拟",
    ];

    private static readonly string[] Breakers = ["贡献", "比重", "占", "拉动", "弹性"];

    private static bool ContainsAny(string text, int start, int end, string[] words) => end > start && Cues.LastEnd(text, start, end, words) >= 0;

    /// <summary>Where the digits of <paramref name="quantity"/> start, past any bound or decrease words in its span.</summary>
    private static int NumberStart(string text, Quantity quantity)
    {
        for (int i = quantity.Start; i < quantity.End; i++)
        {
            if (ChineseNumber.IsArabicDigit(text[i]) || ChineseNumber.IsChineseNumeral(text[i]) || text[i] is '百' or '千' or '数' or '上' or '几' or '好')
            {
                return i;
            }
        }

        return quantity.End;
    }

    private static string OtherWords(string text, int clauseStart, int quantityStart)
    {
        string words = text[clauseStart..quantityStart].Trim();
        return words.Length > 24 ? words[^24..] : words;
    }

    /// <summary>Sentences as every stage cuts them (<see cref="SentenceSplitter"/>); each knows its paragraph.</summary>
    private static IEnumerable<Span> Sentences(string text) =>
        SentenceSplitter.Sentences(text).Select(s => new Span(s.Span.Start, s.Span.End, s.Paragraph));

    private readonly record struct Span(int Start, int End, int Paragraph);

    /// <summary>The document as the rules see it: text, year, its quantities and its plan names.</summary>
    private sealed record DocumentView(string Text, int? Year, IReadOnlyList<Quantity> Quantities, IReadOnlyList<(PlanPeriod Period, int Start, int Length)> Plans)
    {
        /// <summary>Whether text[start..end) holds an amount in <paramref name="unit"/> (whose subject there is its own).</summary>
        public bool HasQuantityIn(int start, int end, string unit)
        {
            for (int i = FirstAtOrAfter(start); i < Quantities.Count && Quantities[i].Start < end; i++)
            {
                if (Quantities[i].Kind == QuantityKind.Amount && Quantities[i].Unit == unit)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The quantities starting in [start, end), found by binary search (they are in text order).</summary>
        public IEnumerable<Quantity> QuantitiesIn(int start, int end)
        {
            for (int i = FirstAtOrAfter(start); i < Quantities.Count && Quantities[i].Start < end; i++)
            {
                yield return Quantities[i];
            }
        }

        private int FirstAtOrAfter(int position)
        {
            int lo = 0;
            int hi = Quantities.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Quantities[mid].Start < position)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }

    /// <summary>One sentence, with the colon-ended sentence before it (whose cues it inherits) and the paragraph's tense.</summary>
    private sealed class SentenceContext(DocumentView document, Span sentence, Span? carried, bool paragraphPast, Horizon? carriedPeriod)
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

        public Span Sentence { get; } = sentence;

        private string Text => Document.Text;

        /// <summary>
        /// Where cue words may stand: the carried sentence's start, else this sentence's; never more than
        /// <see cref="CueWindow"/> characters back, which keeps run-on text (a report with no full stops) linear.
        /// </summary>
        private int CueStart => Math.Max(carried?.Start ?? Sentence.Start, Sentence.End - CueWindow);

        private const int CueWindow = 600;

        public int ClauseStart(int position)
        {
            int floor = Math.Max(Sentence.Start, position - CueWindow);
            for (int i = position - 1; i >= floor; i--)
            {
                if (Text[i] is '，' or ',' or '；' or ';' or '：' or ':' or '、' or '（' or '(')
                {
                    return i + 1;
                }
            }

            return floor;
        }

        /// <summary>
        /// <c>从14.8%降到10%</c>, <c>由原定百分之六调高到百分之八至九</c>: the first figure is where a change starts (or a superseded
        /// goal), not the figure the statement sets or reports.
        /// </summary>
        public bool IsStartingPoint(Quantity quantity)
        {
            int before = Math.Max(Sentence.Start, quantity.Start - 8);
            if (Cues.LastEnd(Text, before, quantity.Start, ["从", "由", "原定"]) < 0)
            {
                return false;
            }

            int after = Math.Min(Sentence.End, quantity.End + 6);
            return Cues.LastEnd(Text, quantity.End, after, ["到", "至", "调高", "调低", "降", "提高", "增加"]) >= 0;
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
            int present = Math.Max(Cues.LastEnd(Text, Sentence.Start, Sentence.End, Cues.ThisYear), Cues.LastEnd(Text, Sentence.Start, Sentence.End, Cues.Ahead));
            if (past < 0 && present < 0)
            {
                return null;
            }

            return past > present;
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

            Consider(Cues.LastEnd(Text, CueStart, position, Cues.ThisYear), Horizon.Year(year), false);
            Consider(Cues.LastEnd(Text, CueStart, position, Cues.NextYear), Horizon.Year(year + 1), false);
            Consider(LastYearEnd(position), Horizon.Year(year - 1), false);
            Consider(Cues.LastEnd(Text, CueStart, position, Cues.NextFiveYears), new Horizon(year, year + 4, annual), true);
            Consider(Cues.LastEnd(Text, CueStart, position, Cues.LastFiveYears), new Horizon(year - 5, year - 1, annual), true);
            foreach ((PlanPeriod plan, int start, int length) in Document.Plans)
            {
                if (start >= CueStart && start + length <= position)
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
            foreach (string word in (string[])["去年", "上年", "过去一年", "一年来"])
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

        private static int NextIndex(ReadOnlySpan<char> span, string word, int after)
        {
            int next = span[(after + 1)..].IndexOf(word, StringComparison.Ordinal);
            return next < 0 ? -1 : after + 1 + next;
        }
    }
}
