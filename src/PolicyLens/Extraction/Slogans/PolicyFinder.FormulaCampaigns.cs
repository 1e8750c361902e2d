// Campaigns named on a lexicon formula (round 42, programme42): a …行动 (专项行动, 三年行动, 行动计划) whose name holds a formula
// the lexicon knows (碳达峰专项行动, 低空经济高质量发展3年行动, 以县城为重要载体的城镇化建设提质增效行动) is the campaign's whole
// name. The readable golds code the name with its 行动 head at 104 of the 108 coded places where a lexicon formula stands before
// it, directly or after a short modifier with no conjunction or particle (111 places, 38 documents of 19 provinces and cities;
// tools/judging/programme_heads42.py); the other heads were measured below that bar and are not read here: 工程 47 of 54,
// 试点 24 of 67, 示范区 4 of 11, 试验区 3 of 5, 先行区 4 of 6 (计划 alone, 7 of 7, has no place the walk loses). Three guards of
// the walk turned such names away or cut them, each written for names of no formula: the category rule for a short field
// before 专项 (招商引资专项行动), the rule against digits in a stem (a count of years, 3年, is the campaign's term, as 三年 is),
// and the walk's stop inside the formula (at its 的) or after it (at 建设). A chain of tasks before the head (增品种、提品质、
// 创品牌专项行动, 高端化、智能化、绿色化技改专项行动) is left as it was: the golds read it both ways.
using static PolicyLens.Extraction.Slogans.Affixes;

namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // The longest lexicon formula, in characters, a campaign's stem is searched back over.
    private const int MaxFormulaLength = 40;

    /// <summary>The lexicon formulas the matcher found in one text, sorted by where they start, for the walk to consult.</summary>
    private sealed class LexiconFormulas
    {
        private readonly int[] _starts;
        private readonly int[] _ends;

        private LexiconFormulas(int[] starts, int[] ends)
        {
            _starts = starts;
            _ends = ends;
        }

        public static LexiconFormulas Of(List<MentionCandidate> candidates)
        {
            var spans = new List<(int Start, int End)>();
            foreach (MentionCandidate c in candidates)
            {
                if (c.Kind == MentionKind.Lexicon)
                {
                    spans.Add((c.Start, c.End));
                }
            }

            spans.Sort();
            return new LexiconFormulas([.. spans.Select(s => s.Start)], [.. spans.Select(s => s.End)]);
        }

        // The first formula that may start at or after `from`.
        private int FirstFrom(int from)
        {
            int at = Array.BinarySearch(_starts, from);
            if (at < 0)
            {
                return ~at;
            }

            while (at > 0 && _starts[at - 1] == from)
            {
                at--;
            }

            return at;
        }

        /// <summary>
        /// The start of the earliest formula that begins before <paramref name="start"/> and is followed by no more than a short
        /// modifier up to the head at <paramref name="stemEnd"/> (城镇化|建设提质增效|行动), or <paramref name="start"/> when
        /// none is: the campaign is named on the formula, whether the walk stopped inside it (at its 的) or after it (at a word
        /// such as 建设 that opens a clause elsewhere). A chain of tasks (a formula written with 、) is not taken.
        /// </summary>
        public int CampaignStart(string text, int start, int stemEnd)
        {
            int best = start;
            for (int i = FirstFrom(Math.Max(0, start - MaxFormulaLength)); i < _starts.Length && _starts[i] < start; i++)
            {
                if (_starts[i] < best && _ends[i] <= stemEnd && IsCampaignModifier(text.AsSpan(_ends[i], stemEnd - _ends[i]))
                    && text.AsSpan(_starts[i], _ends[i] - _starts[i]).IndexOf('、') < 0)
                {
                    best = _starts[i];
                }
            }

            // 大湾区国际一流营商环境建设三年行动 (guangdong 2024): a level word right before the formula (国际, 全国) is a word of the
            // name that the walk stops at elsewhere; the name would be cut at it, so it is left as the walk found it.
            return best < start && EndsWithAny(text.AsSpan(0, best), LevelWordsBeforeFormula) ? start : best;
        }

        /// <summary>Whether a formula (no chain of tasks) lies wholly inside [<paramref name="from"/>, <paramref name="to"/>), ending at <paramref name="to"/> when <paramref name="endingThere"/>.</summary>
        public bool Within(string text, int from, int to, bool endingThere)
        {
            for (int i = FirstFrom(from); i < _starts.Length && _starts[i] < to; i++)
            {
                if (_ends[i] <= to && (!endingThere || _ends[i] == to) && text.AsSpan(_starts[i], _ends[i] - _starts[i]).IndexOf('、') < 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Words of level or reach that open a name before its formula (国际一流营商环境…, 全国经济强县…).
    private static readonly string[] LevelWordsBeforeFormula = ["国际", "全国", "国家", "省级", "全省", "全市"];

    // What may stand between a formula and a campaign's head and leave the formula naming it, as the golds were measured: at
    // most six characters, Han or digits, none of them a particle or a conjunction that would make two phrases of it
    // (生态文明成为人们的行动自觉, 市场准入壁垒清理整治等行动).
    private const int MaxCampaignModifier = 6;

    private static bool IsCampaignModifier(ReadOnlySpan<char> modifier)
    {
        if (modifier.Length > MaxCampaignModifier)
        {
            return false;
        }

        foreach (char c in modifier)
        {
            if (!(TextView.IsHan(c) || char.IsAsciiDigit(c)) || "的和与及等或之".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // A campaign head: …行动 (专项行动, 攻坚行动, 三年行动 end so) and …行动计划 (whose suffix is 计划).
    private static bool IsCampaignHead(string text, string suffix, int suffixStart) =>
        suffix == "行动" || (suffix == "计划" && suffixStart >= 2 && string.CompareOrdinal(text, suffixStart - 2, "行动", 0, 2) == 0);

    // The stem before the head once 行动 is set aside (…行动计划 → its stem before 行动).
    private static int CampaignStemEnd(string text, string suffix, int suffixStart) => suffix == "计划" ? suffixStart - 2 : suffixStart;

    // 碳达峰专项行动: the field before 专项 is a lexicon formula, which names the campaign (the category rule is for fields of
    // work, 招商引资专项行动).
    private static bool IsFormulaCampaignField(LexiconFormulas formulas, string text, int start, int suffixStart) =>
        suffixStart - 2 > start && formulas.Within(text, start, suffixStart - 2, endingThere: true);

    // 低空经济高质量发展3年行动: digits that count the campaign's years right before its head (3年行动, 5年行动计划), in a stem that holds a
    // lexicon formula before them. Other digits (a year, a quantity) keep the stem out.
    private static bool IsFormulaCampaignTerm(LexiconFormulas formulas, string text, int start, int stemEnd)
    {
        int year = stemEnd - 1;
        if (year <= start || text[year] != '年')
        {
            return false;
        }

        int digits = year;
        while (digits > start && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        return digits < year && year - digits <= 1 && text.AsSpan(start, digits - start).IndexOfAny(Digits) < 0
            && formulas.Within(text, start, digits, endingThere: false);
    }
}
