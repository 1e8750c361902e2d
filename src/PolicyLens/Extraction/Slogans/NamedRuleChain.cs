// A chain of 、-joined units of any length that the words after it name as a working pattern, a principle or a guideline
// (构建党委领导、党政统筹、简约高效便民的乡镇（街道）管理体制; 构建上下联动、条块结合、有效协同的工作机制; 坚持节约优先、保护优先、
// 自然恢复为主的方针): the codebook's round-18 decision marks such a chain as a formula (named by the words around it as a
// principle, requirement, policy, method or goal: 坚持…的原则/方针/总要求/工作思路; …的工作机制), and the opened sets' coders
// code it. ParallelFinder builds chains of units of one short length only; the units of these patterns differ in length
// (党委领导、党委社会工作部门统筹协调、相关部门协同配合、社会力量广泛参与的工作格局), so they are found here, from the frame back
// to the verb that adopts the chain (round 36, issue 13).
namespace PolicyLens.Extraction.Slogans;

internal static class NamedRuleChain
{
    // The subtype of a mention proposed here.
    public const string Subtype = "named-rule";

    // Nouns naming the chain before them (after its 的) as a working pattern or an adopted rule; a short field word may stand
    // between (…的大旅游工作格局, …的立法工作格局, …的乡镇（街道）管理体制, …的正确方针).
    private static readonly string[] RuleNouns = ["工作格局", "治理格局", "工作机制", "工作体系", "管理体制", "领导体制", "方针", "原则", "总要求", "工作思路"];

    private const int MaxFieldLength = 6;

    // Verbs that adopt a chain as a rule or build it as a pattern; the chain starts right after one of them.
    private static readonly string[] AdoptingVerbs =
    [
        "构建", "形成", "完善", "健全", "建立", "坚持", "按照", "贯彻", "执行", "实行", "遵循", "落实", "根据", "贯彻执行", "坚持和完善", "加快形成",
        "推动形成", "建立健全", "不断完善",
    ];

    private const int MinUnits = 3;
    private const int MaxUnitLength = 16;

    private const int MaxOpeningUnitLength = 8;

    /// <summary>Adds every chain of three or more 、-joined units an adopting verb opens and a rule noun names, as a parallel mention.</summary>
    public static void Find(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;

        // A chain the lexicon holds (调整、改革、整顿、提高; 同步规划、同步实施、同步发展) stays the lexicon's mention.
        var lexiconEnds = new HashSet<int>(into.Where(c => c.Kind == MentionKind.Lexicon && text.AsSpan(c.Start, c.Length).Contains('、')).Select(c => c.End));
        for (int de = text.IndexOf('的'); de >= 0; de = text.IndexOf('的', de + 1))
        {
            if (de == 0 || !TextView.IsHan(text[de - 1]) || !NamesRule(text, de + 1))
            {
                continue;
            }

            int start = ChainStart(view, de);
            if (start >= 0 && !lexiconEnds.Contains(de))
            {
                into.Add(new MentionCandidate(MentionKind.Parallel, start, de, text[start..de]) { Subtype = Subtype });
            }
        }
    }

    private static bool NamesRule(string text, int at)
    {
        for (int field = 0; field <= MaxFieldLength && at + field < text.Length; field++)
        {
            char c = text[at + field];
            if (!TextView.IsHan(c) && c is not ('（' or '）'))
            {
                return false;
            }

            foreach (string noun in RuleNouns)
            {
                if (string.CompareOrdinal(text, at + field, noun, 0, noun.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Where the chain that ends at `end` starts: at least three units joined by 、, none holding 等 (an open list) or a digit,
    // the first right after an adopting verb; -1 when the text writes no such chain.
    private static int ChainStart(TextView view, int end)
    {
        string text = view.Text;
        int units = 0;
        int unitEnd = end;
        int p = end - 1;
        while (true)
        {
            int q = p;
            while (q >= 0 && TextView.IsHan(text[q]) && text[q] != '、')
            {
                q--;
            }

            // The first unit runs back to punctuation: the adopting verb must stand inside that run.
            bool last = q < 0 || text[q] != '、';
            int unitStart = q + 1;
            if (last)
            {
                // Right after the last adopting verb on word boundaries that leaves a unit of two or more.
                int after = view.AfterLastWord(unitStart, unitEnd, AdoptingVerbs, minRest: 2, longWordStartsOnBoundary: true);

                // Or the chain opens the clause (到2027年，上下联动、条块结合、有效协同的工作机制进一步完善).
                if (after < 0 && q >= 0 && "，；：".Contains(text[q], StringComparison.Ordinal) && unitEnd - unitStart <= MaxOpeningUnitLength)
                {
                    after = unitStart;
                }

                if (after < 0 || units + 1 < MinUnits || unitEnd - after < 2 || unitEnd - after > MaxUnitLength)
                {
                    return -1;
                }

                // 政企分开和精简、统一、效能的原则: a unit joined by 和 before the chain is another rule.
                return IsUnit(text, after, unitEnd) && !text.AsSpan(after, unitEnd - after).Contains('和') && text[after] != '了' && view.IsBoundary(after) ? after : -1;
            }

            // …减员增效和实施再就业工程的方针: the last unit joined by 和 adds another rule.
            if (unitEnd - unitStart < 1 || unitEnd - unitStart > MaxUnitLength || !IsUnit(text, unitStart, unitEnd)
                || (units == 0 && text.AsSpan(unitStart, unitEnd - unitStart).Contains('和')))
            {
                return -1;
            }

            units++;
            unitEnd = q;
            p = q - 1;
        }
    }

    private static bool IsUnit(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            // 等: an open list; 的: a unit that is a phrase of its own (…的方向和百花齐放、百家争鸣的方针).
            if (text[i] is '等' or '的' || char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return end > start;
    }
}
