// Binds a figure to the indicator of the vocabulary whose subject its clause names before it.
using PolicyLens.Extraction.Numbers;
using PolicyLens.Text;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// Finds the indicator a figure is about: a subject of the vocabulary in the figure's clause (<c>国内生产总值</c>… <c>增长</c>),
/// or, when the clause names none, in the clauses before it that hold no figure of their own
/// (<c>经济增长速度的宏观调控目标，定为百分之八至九</c>).
/// </summary>
internal sealed class IndicatorBinder(IndicatorVocabulary vocabulary)
{
    /// <summary>How many clauses back a subject may be borrowed from (1992: <c>…速度的宏观调控目标，定为…</c>).</summary>
    private const int BorrowClauses = 4;

    /// <summary>A verb follows its subject as one phrase within this many characters (<c>国内生产总值增长</c>, <c>经济增长速度</c>).</summary>
    private const int PhraseGap = 6;

    /// <summary>A whole statement this short binds its subject however its verbs stand (<c>居民消费价格涨幅2%左右</c>).</summary>
    private const int ShortStatement = 24;

    /// <summary>After its last verb, a phrase subject's number must come within this many characters.</summary>
    private const int VerbToNumber = 8;

    /// <summary>A subject with no verb must stand within this many characters of its number (<c>城镇登记失业率控制在4.5%以内</c>).</summary>
    private const int SubjectToNumber = 16;

    /// <summary>
    /// Words that link a borrowed subject to its number (<c>定为</c>, <c>年均增长</c>, <c>“十一五”</c>), so that the clause has no
    /// subject of its own (unlike <c>投资率为</c>). From the national reports 1979–2025.
    /// </summary>
    private static readonly string[] LinkWords =
    [
        "定为", "为", "是", "力争", "争取", "控制在", "达到", "保持在", "年均", "平均每年", "每年", "今年", "全年", "要", "在", "实际",
        "预期", "目标", "期间", "时期", "计划", "速度", "按可比价格计算", "可比价格", "按", "计算", "将", "就", "可", "也", "拟",
    ];

    /// <summary>
    /// Words that head a different noun before the number: <c>经济增长的贡献率</c>, <c>占国内生产总值比重</c> (national reports), and a
    /// sector's value added after the economy's subject (<c>经济…其中服务业增加值增长</c>, issue 12).
    /// </summary>
    private static readonly Cues.Words Breakers = new(["贡献", "比重", "占", "拉动", "弹性", "增加值"]);

    /// <summary>
    /// Characters that may stand before a subject marked <c>bare</c> in the vocabulary (<c>经济</c>): a place (<c>全省经济</c>,
    /// <c>我市经济</c>), a time (<c>今年经济</c>, <c>“十三五”时期经济</c>) or a function word (<c>使经济</c>, <c>要把经济</c>), but not
    /// another noun (<c>海洋经济</c>, <c>数字经济</c>, <c>民营经济</c>: not GDP, issue 12).
    /// </summary>
    private const string BareSubjectPrefixes = "省市区县州盟旗国年期间均内的是和使把将要";

    /// <summary>The indicators bound to.</summary>
    public IndicatorVocabulary Vocabulary { get; } = vocabulary;

    // Per unit, the indicators a figure in that unit may be about (those of the unit and those of no unit), in the
    // vocabulary's order, each with its subjects as an array: every figure of every document reads them, and filtering
    // the whole vocabulary by unit and enumerating each subject list through its interface was a tenth of binding.
    // Made on first sight of a unit; the units are few.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Indicator Indicator, string[] Subjects)[]> _byUnit = new(StringComparer.Ordinal);

    private (Indicator Indicator, string[] Subjects)[] IndicatorsFor(string unit) =>
        _byUnit.GetOrAdd(unit, static (u, vocabulary) =>
            [.. vocabulary.Indicators.Where(i => i.Units.Count == 0 || i.Units.Contains(u)).Select(i => (i, i.Subjects.ToArray()))], Vocabulary);

    /// <summary>The indicator of <paramref name="quantity"/>, its subject's start and the end of its words (subject and verb), or nulls.</summary>
    public (Indicator? Indicator, int SubjectStart, int WordsEnd) Bind(DocumentView document, SentenceSpan sentence, int clauseStart, Quantity quantity)
    {
        string text = document.Text;
        int regionStart = clauseStart;
        for (int attempt = 0; attempt < BorrowClauses; attempt++)
        {
            (Indicator? found, int start, int end) = BestSubject(text, regionStart, clauseStart, quantity);
            if (found is not null)
            {
                return (found, start, end);
            }

            // Borrow from the clause before, if it holds no number (else the subject there is its own number's).
            int previousEnd = regionStart - 1;
            if (previousEnd <= sentence.Start)
            {
                break;
            }

            int previousStart = Clauses.Start(text, previousEnd, sentence.Start);
            if (document.HasQuantityIn(previousStart, previousEnd, quantity.Unit))
            {
                break;
            }

            regionStart = previousStart;
        }

        return (null, -1, -1);
    }

    /// <summary>The indicator whose subject <paramref name="phrase"/> contains and whose units fit (<c>A、B分别增长…</c>), or null.</summary>
    public Indicator? Named(string phrase, string unit)
    {
        Indicator? best = null;
        int bestLength = 0;
        foreach (Indicator indicator in Vocabulary.Indicators)
        {
            if (indicator.Units.Count > 0 && !indicator.Units.Contains(unit))
            {
                continue;
            }

            foreach (string subject in indicator.Subjects)
            {
                int at = phrase.IndexOf(subject, StringComparison.Ordinal);
                if (at >= 0 && subject.Length > bestLength && (!indicator.Bare.Contains(subject) || IsBareAt(phrase, at)))
                {
                    (best, bestLength) = (indicator, subject.Length);
                }
            }
        }

        return best;
    }

    /// <summary>Where the digits of <paramref name="quantity"/> start, past any bound or decrease words in its span.</summary>
    public static int NumberStart(string text, Quantity quantity)
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

    private (Indicator? Indicator, int SubjectStart, int WordsEnd) BestSubject(string text, int regionStart, int clauseStart, Quantity quantity)
    {
        Indicator? best = null;
        int bestStart = -1;
        int bestEnd = -1;
        int bestWordsEnd = -1;
        ReadOnlySpan<char> region = text.AsSpan(regionStart, quantity.Start - regionStart);
        int numberStart = NumberStart(text, quantity);

        // The region's characters, folded into 1,024 bits: a subject whose first or last character is not there is not
        // there either, and most subjects are ruled out without a search (one search per subject per figure was a
        // tenth of the target stage).
        Span<ulong> seen = stackalloc ulong[16];
        seen.Clear();
        foreach (char c in region)
        {
            seen[(c & 1023) >> 6] |= 1UL << c;
        }

        foreach ((Indicator indicator, string[] subjects) in IndicatorsFor(quantity.Unit))
        {
            foreach (string subject in subjects)
            {
                if (subject.Length > 0 && ((seen[(subject[0] & 1023) >> 6] & (1UL << subject[0])) == 0 || (seen[(subject[^1] & 1023) >> 6] & (1UL << subject[^1])) == 0))
                {
                    continue;
                }

                int at = region.LastIndexOf(subject, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                int subjectStart = regionStart + at;
                if (indicator.Bare.Contains(subject) && !IsBareAt(text, subjectStart))
                {
                    continue;
                }

                int subjectEnd = subjectStart + subject.Length;
                int wordsEnd = subjectEnd;
                bool borrowed = subjectStart < clauseStart;
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
                    bool phrase = firstVerbStart - subjectEnd <= PhraseGap;
                    bool ok = borrowed
                        ? (phrase || lastVerbEnd > clauseStart) && OnlyLinkWords(text, clauseStart, numberStart, indicator.Verbs)
                        : quantity.Start - subjectEnd <= ShortStatement || (phrase && numberStart - lastVerbEnd <= VerbToNumber);
                    if (!ok)
                    {
                        continue;
                    }
                }
                else if (!borrowed && quantity.Start - subjectEnd > SubjectToNumber)
                {
                    continue; // a subject a long way before the number, within its own clause, is about something else
                }

                if (wordsEnd < quantity.Start && Cues.LastEnd(text, wordsEnd, quantity.Start, Breakers) >= 0)
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

    private static bool IsBareAt(string text, int at) =>
        at == 0 || !Glyphs.IsHan(text[at - 1]) || BareSubjectPrefixes.Contains(text[at - 1], StringComparison.Ordinal);

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

    // An indicator's verbs and the link words, longest first (a stable sort: the order the words are removed in), made once
    // per verb list instead of sorted again at every figure with a borrowed subject.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, string[]> LinkWordsOf = [];

    /// <summary>Whether text[start..end) is made only of words that link a borrowed subject to its number.</summary>
    private static bool OnlyLinkWords(string text, int start, int end, IReadOnlyList<string> verbs)
    {
        string rest = text[start..end];
        foreach (string word in LinkWordsOf.GetValue(verbs, static v => [.. v.Concat(LinkWords).OrderByDescending(w => w.Length)]))
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
}
