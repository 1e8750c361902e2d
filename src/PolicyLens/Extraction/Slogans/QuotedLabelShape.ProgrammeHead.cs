// Round 113 (quotnum113): a quoted label written right before a few words and the head of the programme it names (深入实施
// “嘉州良田”建设行动, leshan; 实施“放心消费”创建行动, fuyang; 实施“双千兆”网络提升工程, shiyan; 深入实施“建筑强企”培育行动,
// nanchong: 2024 city reports of the pool, JiangGufan/digital-governance) is the programme's whole name, as the codebook's
// round-43 decision reads a label with its head: the bare label there is cut. DescribedLabelProgramme (round 86) draws this
// shape only where no mention touches it, and the quoted and numbered finders left the bare label in its place, so it never
// fired where the label itself is taken. Here the finders draw the name themselves: the label, the words after it and the
// head, as one mention counted under the label (its Label), so gold rows coding the bare label stay credited: a policy mention
// from the numbered finder (DescribedLabelProgramme's kind for 工程/行动/计划, which PolicyFinder already gives most such names:
// “五大文化”研究工程), and since round 114 a quoted one from the quoted finder (as it reports a label with its noun phrase; a
// policy mention there moved a dev report's uncoded 吉林工匠 into the policy precision, below its floor). The shape is DescribedLabelProgramme's (one to six characters before the head, none
// joining a list or clause, no works phase, no 系列, no 大 + field in marks, the head ending a word) and only where nothing
// stands before the label that would be its field (round 43 makes a field part of the name, which this rule does not draw):
// the opening mark follows punctuation, a verb or function word of PolicyFinder.Stops, a level word or a place. Not drawn: a
// label the lexicon lists (a formula of its own), a five-year plan's number (“十四五”规划重大工程), a label of + (“互联网+”).
// Round 114 (quothead114): revived (reverted in round 113 only for five readable bare labels judged right before round 43), with
// the head 改革 (“大综合一体化”行政执法改革, huzhou, jiaxing; “一区多园”管理体制改革, zhenjiang: the reform's whole name, as round 47
// reads a label before the noun phrase it qualifies; “三变”改革 alone stays bare, the head only repeating the label's kind), and
// not drawn for the last label of a run sharing the head (FollowsAnotherLabel), where the label with the words after it spells a
// lexicon formula (JoinsAFormula) or where a noun of kind follows the head (HeadOfKindFollows). Measured: pool 34 redraws, 33
// right (“六大”专项提升行动 still lacks its field), and 9 repeats of the bare label gone (6 wrong, 3 right: RepeatMentionFinder
// follows the canonical, now the whole name); readable 9 redraws, all right by round 43 (five of their bare labels are judged
// right in dev judged files written before round 43: the lead has them re-judged); readable gold recall unchanged (12,271).
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // The heads of a programme's name (DescribedLabelProgramme's policy heads) and, since round 114, of a reform's (改革).
    private static readonly string[] ProgrammeNameHeads = ["工程", "行动", "计划", "改革"];

    // The longest label, the most characters between the label and the head, and the characters that may not stand there are
    // DescribedLabelProgramme's (MaxLabel, MaxDescriptor, NoDescriptor).

    // Characters a label never holds: sentence punctuation (a quoted sentence, not a name).
    private const string NoProgrammeLabel = "“”‘’，。；：！？,\n";

    // Level words that may stand right before the label without being its field (省“千项万亿”工程, 自治区“双百双新”).
    private static readonly HashSet<string> LevelWords = ["省", "市", "县", "区", "国家", "自治区", "全省", "全市", "全区", "全县", "省级", "市级", "国家级"];

    /// <summary>
    /// The end of the programme name that the quoted label opening at <paramref name="open"/> and closing at
    /// <paramref name="close"/> begins (“嘉州良田”建设行动), or -1.
    /// </summary>
    internal static int ProgrammeNameEnd(TextView view, int open, int close, string content, Lexicon lexicon)
    {
        string text = view.Text;
        if (content.Length is < 2 or > DescribedLabelProgramme.MaxLabel || content.AsSpan().IndexOfAny(NoProgrammeLabel) >= 0
            || lexicon.Find(content) is not null || FiveYearPlan().IsMatch(content) || content[^1] is '+' or '＋'
            || (content.Length == 3 && content[0] == '大')
            || text.AsSpan(close + 1).StartsWith("系列", StringComparison.Ordinal)
            || !OpensWithoutField(view, open) || FollowsAnotherLabel(text, open) || JoinsAFormula(text, close, content, lexicon))
        {
            return -1;
        }

        for (int end = close + 2; end <= close + 1 + DescribedLabelProgramme.MaxDescriptor + 2 && end <= text.Length; end++)
        {
            char last = text[end - 1];
            if (!TextView.IsHan(last) || DescribedLabelProgramme.NoDescriptor.Contains(last, StringComparison.Ordinal))
            {
                return -1;
            }

            foreach (string head in ProgrammeNameHeads)
            {
                if (end - head.Length >= close + 2 && text.AsSpan(close + 1, end - close - 1).EndsWith(head, StringComparison.Ordinal)
                    && (end == text.Length || view.IsBoundary(end)) && !HeadOfKindFollows(text, end))
                {
                    // A formula the lexicon lists after the label (“人体蛋白质组导航”国际大科学计划) keeps the label bare (round 40).
                    return HoldsLexiconFormula(text[(close + 1)..end], lexicon) ? -1 : end;
                }
            }
        }

        return -1;
    }

    // Round 114 (quothead114): a noun of kind written right after the head makes it the head's modifier (用好“实施方案+授权清单”全新
    // 改革方式, shenzhen-gwr-2022: a way of reforming, not a reform's name), so the name does not end there.
    private static readonly string[] KindAfterHead = ["方式", "模式", "路径", "方法", "方案", "思路", "机制", "体系"];

    private static bool HeadOfKindFollows(string text, int end)
        => KindAfterHead.Any(k => text.AsSpan(end).StartsWith(k, StringComparison.Ordinal));

    // Round 114 (quothead114): whether the label with the first characters after its closing mark spells a formula the lexicon
    // lists (“三医”联动协同改革, huhehaote: 三医联动, which the numbered finder reads as the label joined with its word).
    private static bool JoinsAFormula(string text, int close, string content, Lexicon lexicon)
    {
        for (int k = 1; k <= 4 && close + 1 + k <= text.Length; k++)
        {
            if (lexicon.Find(content + text[(close + 1)..(close + 1 + k)]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // Round 114 (quothead114): whether the label is the last of a run of quoted labels that share the head (“千企技改”和“上云用数
    // 赋能”再提升工程, liuzhou; “一业一证”和“一件事”集成服务改革, beijing: pool): a closing mark right before it, or before the
    // 和、与、及 or 、 that joins it. The name is the whole coordination (a coordinated name is kept together), which this rule
    // does not draw; the last label with the head would cut it.
    internal static bool FollowsAnotherLabel(string text, int open)
        => open >= 1 && (text[open - 1] == '”' || (open >= 2 && "和与及、".Contains(text[open - 1], StringComparison.Ordinal) && text[open - 2] == '”'));

    // Whether nothing that could be the label's field stands right before its opening mark: no Han character there, or a
    // whole token that is a verb or function word (实施, 深入推进, 开展), a level word or a place's name.
    internal static bool OpensWithoutField(TextView view, int open)
    {
        string text = view.Text;
        if (open == 0 || !TextView.IsHan(text[open - 1]))
        {
            return true;
        }

        int k = view.TokenIndexAt(open - 1);
        if (k < 0 || view.Tokens[k].End != open)
        {
            return false;
        }

        string word = text[view.Tokens[k].Start..open];
        return PolicyFinder.Stops.Contains(word) || LevelWords.Contains(word) || Text.Regions.ShortNameSet.Contains(word);
    }

    // Round 115 (fixes115): whether the mention is a quoted label drawn whole with the words and head of the programme it names
    // (“天府森林粮库”建设广元行动: kind quoted, canonical the whole name, Label the label). Since round 114 its canonical is the
    // whole name, so RepeatMentionFinder looked for that name alone and the label's other quoted occurrences that the quoted
    // finder leaves to it (成功承办全省建设“天府森林粮库”工作会, guangyuan; “红色物业”建设深化提升, dezhou; 深化“锡心医养”社区居家
    // “332”服务行动, wuxi: pool) were no longer reported. It now repeats the label as it repeats a policy mention's where written
    // again in the same quotation marks and not before the same head (round 21), with the kind quoted and the label as canonical:
    // a bare label written alone is the label's own item (round 43). Not bare after the name (round 83's rule for policy
    // mentions): over the pool that added only 阿坝's 淬炼了安全韧性, 增强安全韧性 ×2 (descriptive words, read wrong in round 114).
    // Measured (pool, extract before/after): +3 quoted repeats, the three round 114 lost, all right; readable texts: none.
    // Only for this rule's heads (工程, 行动, 计划, 改革): a label with a descriptor and 机制/模式/思路 (DescribedLabelProgramme) was
    // not measured here.
    internal static bool IsLabelWithProgrammeHead(string text, MentionCandidate c)
        => c.Kind == MentionKind.Quoted && c.Label.Length > 0 && c.Canonical != c.Label && c.End - c.Start > c.Label.Length + 2
            && text[c.Start] == '“' && string.CompareOrdinal(text, c.Start + 1, c.Label, 0, c.Label.Length) == 0
            && text[c.Start + 1 + c.Label.Length] == '”' && ProgrammeNameHeads.Any(h => text.AsSpan(c.Start, c.End - c.Start).EndsWith(h, StringComparison.Ordinal));

    /// <summary>
    /// Adds the quoted label at <paramref name="open"/>, <paramref name="close"/> with the words and head of the programme it
    /// names, as one mention of <paramref name="kind"/>, the calling finder's (canonical: label, words and head; Label: the
    /// label), and says whether it did.
    /// </summary>
    internal static bool AddLabelWithProgrammeHead(TextView view, int open, int close, string content, Lexicon lexicon, MentionKind kind, List<MentionCandidate> into)
    {
        int end = ProgrammeNameEnd(view, open, close, content, lexicon);
        if (end <= 0)
        {
            return false;
        }

        string label = string.Concat(content.Where(c => !char.IsWhiteSpace(c)));
        into.Add(new MentionCandidate(kind, open, end, label + view.Original[(close + 1)..end]) { Label = label });
        return true;
    }
}
