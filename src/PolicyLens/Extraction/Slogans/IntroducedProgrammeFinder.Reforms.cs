// Named reforms introduced by their verb (policy round 44, issue 13): 深化/推进/推行/实施 … + the reform's name + 改革 + the
// clause's end (深化县镇扩权赋能改革。 推进要素配置市场化改革。 推行职务科技成果赋权和单列管理改革，). PolicyFinder reads an unquoted
// …改革 only when an institution closes its stem (…制度改革, …体制改革: round 31) and its walk stops at the verbs a reform's name
// holds (强村富民, 赋权, 赋能), so the readable golds' reforms of a named field or instrument were missed or reported in part. Between
// an introducing verb and the clause's end, the stretch is the reform's whole name, unless it names a category of reforms
// (重点领域改革, 各项改革, 深层次改革, 财税、国资国企、农村等重点领域改革), a list of three fields or more that share the head, a
// field every sector has (人事制度改革, 体制机制改革), or a teaching reform of a school subject (美育教学改革). A reform whose stem
// holds a lexicon formula (深化疾病预防控制体系改革, 深化教育科技人才综合改革, 启动普惠养老服务改革, 推进农村集体林权制度和水管单位改革)
// is left to the formula: the development judges read the formula right there, as round 42 found the golds code most
// programmes built on a formula as the formula.
using System.Text.RegularExpressions;
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class IntroducedProgrammeFinder
{
    private const string ReformHead = "改革";

    // The fewest and the most Han characters of a reform's name before 改革: short fields (农村改革, 金融改革, 教育改革, 水价改革) are
    // read as categories, as they are for the other heads.
    private const int MinReformStem = 4;

    private const int MaxReformStem = 16;

    // What ends the clause after a reform's name (not 、 or 和: the reform is then a member of a longer stretch, which the
    // other finders read).
    private const string ReformEnds = "，。；";

    // Words that make the stretch a category or a clause, not one reform's name: scope words (重点领域, 关键环节, 各方面, 一批,
    // 更多 …), a 的-phrase, 等 closing a list, a second reform inside, a verb of another clause (广州、深圳深化科创金融改革), and
    // teaching (美育教学改革, 体育教学改革: the reform of a subject's teaching, no named policy), 专项 (开展小切口专项改革: a kind of
    // reform) and 其他 (推进政策性银行和其他商业银行改革: the rest of a sector).
    private static readonly string[] ReformCategoryWords =
        ["领域", "方面", "环节", "各项", "重点", "关键", "等", "的", "一批", "更多", "深层次", "改革", "以及", "教学", "专项", "其他", "深化",
         "推进", "实施", "推行", "推动", "落实", "开展", "建设和"];

    // A stretch opening with an aspect particle belongs to the verb (实行了所得税分享改革, gwr 2003), one opening with 本 is the scope of
    // whoever carries it out (谋划推进本地区本部门改革); a stem closed by 经济 names a sector's economy (深化农村经济改革, gwr 1993).
    private const string ReformNonStartCharacters = "了着过本";

    // A level or scope that opens the stretch belongs to the clause (推进全省低空空域管理改革: the reform is 低空空域管理改革).
    private static readonly string[] ReformScopes = ["全省", "全市", "全县", "全区"];

    // Reforms and benefit policies named after an introducing verb, in one pass over the tokens: each stretch from the verb to
    // the clause's end is read as a reform (here) and as a benefit policy (IntroducedProgrammeFinder.Benefits.cs).
    private static void FindIntroducedReformsAndBenefits(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        Token[] tokens = view.Tokens;
        var formulas = new IntroducedFormulas(into);
        for (int t = 0; t < tokens.Length - 1; t++)
        {
            if (!IsIntroducer(text, tokens[t]) || IsFirmsVerb(view, tokens[t].End))
            {
                continue;
            }

            TryIntroducedReform(text, tokens[t].End, formulas, into);
            TryIntroducedBenefitPolicy(text, tokens[t].End, formulas, into);
        }
    }

    // A reform named from `verbEnd`, right after an introducing verb (past a round number and a scope word), to 改革 and the
    // clause's end.
    private static void TryIntroducedReform(string text, int verbEnd, IntroducedFormulas formulas, List<MentionCandidate> into)
    {
        int start = verbEnd;
        Match round = Round().Match(text, start);
        if (round.Success)
        {
            start += round.Length;
        }

        foreach (string scope in ReformScopes)
        {
            if (string.CompareOrdinal(text, start, scope, 0, scope.Length) == 0)
            {
                start += scope.Length;
                break;
            }
        }

        int end = start;
        while (end < text.Length && end - start <= MaxReformStem + ReformHead.Length + 2 && (TextView.IsHan(text[end]) || text[end] == '、'))
        {
            end++;
        }

        if (end >= text.Length || !ReformEnds.Contains(text[end], StringComparison.Ordinal) || !text.AsSpan(start, end - start).EndsWith(ReformHead))
        {
            return;
        }

        int suffixStart = end - ReformHead.Length;
        if (IsIntroducedReformName(text[start..suffixStart]) && !formulas.Inside(start, suffixStart))
        {
            into.Add(new MentionCandidate(MentionKind.Policy, start, end, text[start..end]));
        }
    }

    // The stem before 改革 names one reform, or a coordination of two (集体林权制度和国有林场改革, 排污权、用能权交易改革).
    internal static bool IsIntroducedReformName(string stem)
    {
        int han = stem.Count(TextView.IsHan);
        if (han < MinReformStem || han > MaxReformStem || stem.StartsWith('、') || stem.EndsWith('、')
            || ReformNonStartCharacters.Contains(stem[0], StringComparison.Ordinal) || stem.EndsWith("经济", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (string word in ReformCategoryWords)
        {
            if (stem.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (string word in NonStarts)
        {
            if (stem.StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        // Three members or more (水利、农信社、供销社、国有林场改革) list the fields of reform; a member of one character (交、水) is
        // a word of such a list.
        string[] members = stem.Split('、', '和', '及', '与');
        return members.Length <= 2 && members.All(m => m.Length >= 2) && PolicyFinder.NamesOwnField(members[^1]) && PolicyFinder.NamesOwnField(stem);
    }

    // The lexicon's formulas found in this text (read from the candidates once, when first asked), to leave a stem that holds
    // one to the formula.
    private sealed class IntroducedFormulas(List<MentionCandidate> candidates)
    {
        private (int Start, int End)[]? _spans;

        // A lexicon formula lies inside [start, end).
        public bool Inside(int start, int end)
        {
            _spans ??= [.. candidates.Where(c => c.Kind == MentionKind.Lexicon).Select(c => (c.Start, c.End)).Order()];
            int at = Array.BinarySearch(_spans, (start, int.MinValue));
            for (int i = at < 0 ? ~at : at; i < _spans.Length && _spans[i].Start < end; i++)
            {
                if (_spans[i].End <= end)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
