// Round 114 (policy114, from unseen26u's misses and the 2024 city pool): a named institution of responsibility or of handling
// written without quotation marks, in two tiers.
// - Handling institutions, field + 代办制/积分制/承诺制/票决制/清单制: 信访代办制 (hohhot 2024 ×2, coded in formulas-unseen26u-u4;
//   锡林郭勒 2024 ×2 in the pool), 企业创新积分制 (chengdu 2024, coded in -u3; 盐城 2024), 乡村治理积分制 (锡林郭勒), 企业投资项目承诺制
//   (gwr 2018, 2021), 信用承诺制 (cpc-15th-fyp-outline, guangdong-plan-outline-2026-1, coded there). The field is any named one.
// - Responsibility systems, field + 责任制/负责制, only where the field is a formula the lexicon reports right there (乡村振兴责任制:
//   the two central documents' golds code it whole; 粮食安全责任制 (广州, 池州, 连云港, 哈尔滨 2024 in the pool), 耕地保护责任制 (崇左),
//   普法责任制 (gwr 2018, longhua 2024), 脱贫攻坚责任制 (gwr 2017)): the formula's own system of responsibility. Any other field was
//   tried and left out: the dev gold of zhumadian_2010 codes none of 首问责任制, 廉政建设责任制, 领导分包重点项目责任制 and codes
//   节能减排 (judged right in mentions-dev-sample.tsv at zhumadian_2011) inside 节能减排目标责任制; FormulaGoldTests' dev policy floor
//   fell below 0.68 with them. A responsibility system the lexicon holds whole (安全生产责任制, 意识形态工作责任制) stays the lexicon's.
// The codebook's rule 1 codes institutions and mechanisms as named policies (its judging question 8: `policy` for …制度). The field
// is the run of words before the head up to the clause's verb (落实, 推行, 推广 …), a mark or a list mark; it must name a field of
// its own: not a word every unit has (工作, 领导, 岗位, 目标 …), not a quoted label's noun (“菜篮子”市长负责制) nor a label quoted
// whole (“民生实事票决制”: the quoted finder's), not the last member of a list that shares the head (…、消防安全责任制), and not an
// attribute of a manner of work (安全生产清单制管理).
using System.Collections.Frozen;
using PolicyLens.Tokenization;
using static PolicyLens.Extraction.Slogans.Affixes;

namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // The heads of a named institution of responsibility or handling; 制度 after them (责任制度) is another word.
    private static readonly string[] ResponsibilitySystemHeads = ["责任制", "负责制", "代办制", "积分制", "承诺制", "票决制", "清单制"];

    // The heads whose field must be a lexicon formula reported right before them (乡村振兴责任制, 粮食安全责任制).
    private static readonly string[] FormulaOnlyHeads = ["责任制", "负责制"];

    // The longest field before the head, in characters (项目前期工作审批手续: ten).
    private const int MaxResponsibilityField = 10;

    // Verbs and adverbs of the clause that take the institution as their object, beyond Stops (推广积分制, 层层落实, 获…考核).
    private static readonly FrozenSet<string> ResponsibilityClauseWords = FrozenSet.ToFrozenSet(
        ["推广", "应用", "推广应用", "层层", "严格", "认真", "获", "获省", "要", "将", "是", "抓紧", "强化", "执行", "推动", "发挥", "扩大", "全面", "普遍"],
        StringComparer.Ordinal);

    // Fields every unit or enterprise has, or a kind of responsibility, not a field of its own (the walk's whole field, or its
    // last word after a one-word qualifier that is itself generic: 地方党政领导, 任期业绩).
    private static readonly FrozenSet<string> GenericResponsibilityFields = FrozenSet.ToFrozenSet(
        ["工作", "生产", "领导", "安全", "目标", "岗位", "经营", "分级", "分工", "承包", "租赁", "行政", "管理", "业绩", "个人", "投资", "支出",
         "帮扶", "包案", "盈亏", "服务", "项目", "项目建设", "执法", "金融监管", "工作人员", "领导干部", "党政领导", "地方党政领导", "任期业绩",
         "维护稳定", "稳定", "联产", "经济",
         // A post alone (继续实行市长负责制, gwr 1994: the 菜篮子 system the lexicon names whole; 校长负责制, 厂长负责制 of the lexicon).
         "市长", "省长", "县长", "校长", "厂长", "经理", "首长", "行政首长"],
        StringComparer.Ordinal);

    // Last words of a field that make it a kind of responsibility every unit carries (农业生产, 各级政府机关和工作人员, 分工).
    private static readonly string[] GenericResponsibilityEndings = ["生产", "经营", "领导", "分工", "人员", "承包", "租赁"];

    /// <summary>Adds the named institutions of responsibility or handling in the text (round 114).</summary>
    internal static void FindResponsibilitySystems(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        int first = into.Count;
        foreach (string head in ResponsibilitySystemHeads)
        {
            for (int at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + head.Length, StringComparison.Ordinal))
            {
                int end = at + head.Length;
                if ((end < text.Length && text[end] == '度') || text.AsSpan(end).StartsWith("管理", StringComparison.Ordinal))
                {
                    continue;
                }

                int start = ResponsibilityFieldStart(view, at);
                if (start < 0 || !NamesResponsibilityField(text, start, at) || !StandsAlone(text, start) || CoveredByLexicon(into, first, start, end)
                    || IsWholeQuotedLabel(text, start, end) || (FormulaOnlyHeads.Contains(head) && !IsLexiconFormula(into, first, start, at)))
                {
                    continue;
                }

                into.Add(new MentionCandidate(MentionKind.Policy, start, end, text[start..end]));
            }
        }
    }

    // The start of the field before the head at `at` (the head may end a longer token: 首问责任制), or -1.
    private static int ResponsibilityFieldStart(TextView view, int at)
    {
        string text = view.Text;
        Token[] tokens = view.Tokens;
        int k = view.TokenIndexAt(at);
        if (k < 0)
        {
            return -1;
        }

        int start = tokens[k].Start < at ? tokens[k].Start : at;
        if (tokens[k].Start < at && (IsStopWord(text.AsSpan(tokens[k].Start, at - tokens[k].Start)) || !IntroducedProgrammeFinder.AllHan(text.AsSpan(tokens[k].Start, at - tokens[k].Start))))
        {
            return -1;
        }

        for (int j = view.TokenIndexAt(start - 1 < 0 ? 0 : start - 1); j >= 0 && start > 0; j--)
        {
            Token left = tokens[j];
            if (left.End != start)
            {
                break;
            }

            ReadOnlySpan<char> word = text.AsSpan(left.Start, left.Length);
            if (!IntroducedProgrammeFinder.AllHan(word) || IsStopWord(word) || StartsWithStop(word.ToString())
                || ResponsibilityClauseWords.Contains(word.ToString()) || (word.Length == 1 && FunctionCharacters.Contains(word[0]))
                || at - left.Start > MaxResponsibilityField)
            {
                break;
            }

            start = left.Start;
        }

        return OpensCleanly(view, start) ? start : -1;
    }

    // The verbs that take a named institution as their object (落实信访工作责任制, 推行信访代办制, 推广企业创新积分制, 健全…, 严格…): the
    // field starts right after one of them, after a mark, or after a list mark or conjunction (StandsAlone reads those). After
    // any other word the walk stopped inside a phrase (稳定|房价工作责任制, 2013: the item is 稳定房价工作责任制; 已成为大部分地区
    // 责任制, 1982) or after a 的-phrase that describes the institution (党组织领导的校长负责制, futian 2023), and nothing is reported.
    private static readonly FrozenSet<string> ResponsibilityIntroducers = FrozenSet.ToFrozenSet(
        ["落实", "全面落实", "严格落实", "认真落实", "坚决落实", "切实落实", "深入落实", "贯彻落实", "层层落实", "落实好", "严格贯彻落实",
         "推行", "全面推行", "深入推行", "实行", "全面实行", "继续实行", "广泛实行", "认真实行", "推广", "推广应用", "应用", "健全", "完善",
         "建立", "建立健全", "普遍建立", "加快建立", "强化", "执行", "严格执行", "认真执行", "坚持", "实施", "全面实施", "深入实施", "大力实施",
         "推进", "推进实施", "深化", "探索", "试行", "大力推行", "积极推行",
         "发挥", "扩大", "严格", "获", "获省", "要", "将", "是"],
        StringComparer.Ordinal);

    private const string ResponsibilityOpeningMarks = "，。；：！？、“（\n 　,;:";

    private static bool OpensCleanly(TextView view, int start)
    {
        if (start == 0 || ResponsibilityOpeningMarks.Contains(view.Text[start - 1], StringComparison.Ordinal) || "和与及".Contains(view.Text[start - 1], StringComparison.Ordinal))
        {
            return true;
        }

        int k = view.TokenIndexAt(start - 1);
        return k >= 0 && view.Tokens[k].End == start && ResponsibilityIntroducers.Contains(view.Text.Substring(view.Tokens[k].Start, view.Tokens[k].Length));
    }

    // The field names one of its own: two Han characters or more, no field every unit has, no year or count in it.
    private static bool NamesResponsibilityField(string text, int start, int at)
    {
        string field = text[start..at];
        if (field.Count(TextView.IsHan) < 2 || GenericResponsibilityFields.Contains(field) || EndsWithAny(field, GenericResponsibilityEndings))
        {
            return false;
        }

        return !ContainsYear(field);
    }

    // Not a quoted label's noun (“菜篮子”市长负责制) nor a number's (30项承诺制), and not the last member of a list that shares the
    // head (食品药品安全、消防安全责任制): after 、/和/与/及 the member before must carry a head of its own (首问责任制、服务承诺制).
    private static bool StandsAlone(string text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        char before = text[start - 1];
        if (before is '”' or '’' || char.IsAsciiDigit(before) || before is >= '０' and <= '９')
        {
            return false;
        }

        if ("、和与及".Contains(before, StringComparison.Ordinal))
        {
            ReadOnlySpan<char> previous = text.AsSpan(0, start - 1);
            return previous.EndsWith("制", StringComparison.Ordinal) || previous.EndsWith("制度", StringComparison.Ordinal);
        }

        return true;
    }

    // A label quoted whole (“用地清单制”, “首问责任制”: 亳州, 北海, 重庆 2024 in the pool) is the quoted finder's, which reports it at the
    // same span; the kind stays quoted.
    private static bool IsWholeQuotedLabel(string text, int start, int end) =>
        start > 0 && text[start - 1] == '“' && end < text.Length && text[end] == '”';

    // A lexicon formula reported exactly over text[start..at].
    private static bool IsLexiconFormula(List<MentionCandidate> into, int first, int start, int at)
    {
        for (int i = 0; i < first; i++)
        {
            if (into[i].Kind == MentionKind.Lexicon && into[i].Start == start && into[i].End == at)
            {
                return true;
            }
        }

        return false;
    }

    // A lexicon formula already covering the head (耕地保护和粮食安全责任制, 安全生产责任制): the lexicon's span stands.
    private static bool CoveredByLexicon(List<MentionCandidate> into, int first, int start, int end)
    {
        for (int i = 0; i < into.Count; i++)
        {
            MentionCandidate c = into[i];
            if (i < first && c.Kind == MentionKind.Lexicon && c.Start < end && c.End > end - 3)
            {
                return true;
            }
        }

        return false;
    }
}
