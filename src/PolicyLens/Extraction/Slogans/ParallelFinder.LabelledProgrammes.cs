// Round 115 (issue 13, parcut115): a quoted chain written right before the head of the campaign or programme it names (深入开展
// “下基层、察民情、解民忧、暖民心”实践活动, 天门, 武汉, 荆门; 大力开展“学先进、补短板、树品牌”活动, 阜阳; 深入实施“稳增长、强信心、
// 护主体、增动能”行动, 无锡; 实施“经济强县领跑、特色强县示范、薄弱县赶超”计划, 济宁; 率先实施“乡村振兴百村示范、农村人居环境千村
// 整治”工程三年计划, 南通: 2024 city reports of JiangGufan/digital-governance, the round-113 pool) is the campaign's whole name, as
// the codebook's round-43 decision reads a label with its programme head: the bare chain there is cut (round 114's writer-judged
// pool sample reads every such bare chain W-cut, and unseen26j's judge read 转观念、拓视野、增能力 before its 计划 the same way).
// QuotedLabelShape.ProgrammeHead draws that name for a label of up to 14 characters and the heads 工程/行动/计划/改革, so no
// finder drew it for a chain: here the parallel finder redraws its own quoted chain as the whole name — the chain, the words
// between its closing mark and the head (主题实践, 群众教育实践, 服务企业, 三大提升, 专项: at most six, none joining a list or a
// clause, DescribedLabelProgramme.NoDescriptor) and the head (活动, 行动, 计划, 工程; a second head right after the first
// closes the name: 工程三年计划) — as one quoted mention counted under the chain (its Label), as ProgrammeHead reports a label
// with its head, so a gold row coding the bare chain stays answered. Only where nothing before the opening mark could be the
// name's field (punctuation, a verb or function word of PolicyFinder.Stops, 拓展/巩固, a token ending in 开展/实施/推进/推动/
// 深化 such as 深入开展, a level word): 开展迎亚运“城市品质、城市
// 治理、城市文明”三大提升行动, 实施城市降温“通风、活水、增绿、透气、降碳”行动 and 营商环境“学先进…”活动 keep their bare chain
// (round 43 puts the field in the name, which this rule does not draw). Not drawn after another label sharing the head
// (“A”和“B”活动: the coordination is the name), when a noun of kind follows the head (…行动方案, …计划模式), nor for a chain the
// lexicon lists, a formula of its own that keeps its mention (实施“好房子、好小区、好社区、好城区”建设提升行动, chongqing 2026;
// “个转企、小升规、规转股、股上市”培育计划, guangdong 2024), as ProgrammeHead leaves a lexicon label bare.
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    // The heads of a campaign's or programme's name.
    private static readonly string[] CampaignNameHeads = ["活动", "行动", "计划", "工程"];

    // The most characters between a chain's closing mark and the head of the name it opens.
    private const int MaxCampaignDescriptor = 6;

    // Verbs before the opening mark that PolicyFinder.Stops lacks (巩固拓展“…”主题实践活动成果).
    private static readonly HashSet<string> CampaignOpeners = ["拓展", "巩固拓展", "巩固", "开展好", "组织开展"];

    // Verbs an adverb joins into one token before the mark (深入开展, 大力开展, 扎实开展, 常态化开展, 全面实施).
    private static readonly string[] CampaignVerbs = ["开展", "实施", "推进", "推动", "深化"];

    // Level words that may stand right before the opening mark without being the name's field.
    private static readonly HashSet<string> CampaignLevelWords = ["省", "市", "县", "区", "全省", "全市", "全区", "全县", "省级", "市级"];

    // Nouns of kind that, right after the head, make it a modifier (…行动方案, …计划模式): the name does not end there.
    private static readonly string[] KindAfterCampaignHead = ["方案", "模式", "机制", "体系", "方式", "路径", "清单", "名单", "项目"];

    /// <summary>
    /// Replaces every quoted parallel chain this finder added at or after <paramref name="first"/> that opens a campaign's or
    /// programme's name (“…”实践活动) by one quoted mention of the whole name, labelled with the chain.
    /// </summary>
    private static void DrawChainsWithTheirCampaignHead(TextView view, Lexicon lexicon, List<MentionCandidate> into, int first)
    {
        string text = view.Text;
        for (int k = first; k < into.Count; k++)
        {
            MentionCandidate chain = into[k];
            if (chain.Kind != MentionKind.Parallel || !string.IsNullOrEmpty(chain.Subtype))
            {
                continue;
            }

            int open = chain.Start - 1, close = chain.End;
            if (open < 0 || close >= text.Length || text[open] is not ('“' or '‘') || text[close] is not ('”' or '’')
                || !CampaignChainOpensWithoutField(view, open))
            {
                continue;
            }

            string label = text[chain.Start..chain.End];
            int end = lexicon.Find(label) is null ? CampaignNameEnd(view, close) : -1;
            if (end < 0)
            {
                continue;
            }

            trace?.Add((open, end, text[open..end], "campaign-head"));
            into[k] = new MentionCandidate(MentionKind.Quoted, open, end, label + view.Original[(close + 1)..end]) { Label = label };
        }
    }

    // The end of the name whose head follows the closing mark at `close` within MaxCampaignDescriptor characters, or -1.
    private static int CampaignNameEnd(TextView view, int close)
    {
        string text = view.Text;
        if (close + 1 >= text.Length || !TextView.IsHan(text[close + 1])
            || DescribedLabelProgramme.NoDescriptor.Contains(text[close + 1], StringComparison.Ordinal))
        {
            return -1;
        }

        for (int end = close + 3; end <= close + 1 + MaxCampaignDescriptor + 2 && end <= text.Length; end++)
        {
            char last = text[end - 1];
            if (!TextView.IsHan(last) || DescribedLabelProgramme.NoDescriptor.Contains(last, StringComparison.Ordinal))
            {
                return -1;
            }

            if (!CampaignNameHeads.Any(h => string.CompareOrdinal(text, end - h.Length, h, 0, h.Length) == 0)
                || (end < text.Length && !view.IsBoundary(end)))
            {
                continue;
            }

            // 工程三年计划, 活动三年行动: a second head within four characters closes the name.
            for (int further = end + 2; further <= end + 4 && further <= text.Length; further++)
            {
                if (!TextView.IsHan(text[further - 1]) || DescribedLabelProgramme.NoDescriptor.Contains(text[further - 1], StringComparison.Ordinal))
                {
                    break;
                }

                if (CampaignNameHeads.Any(h => string.CompareOrdinal(text, further - h.Length, h, 0, h.Length) == 0 && further - h.Length >= end)
                    && (further == text.Length || view.IsBoundary(further)))
                {
                    end = further;
                    break;
                }
            }

            return KindAfterCampaignHead.Any(w => text.AsSpan(end).StartsWith(w, StringComparison.Ordinal)) ? -1 : end;
        }

        return -1;
    }

    // Whether nothing that could be the name's field stands right before the opening mark at `open`: no Han character, or a
    // whole token that is a verb or function word, a level word or a place's name; and no other label sharing the head
    // (“A”和“B”活动).
    private static bool CampaignChainOpensWithoutField(TextView view, int open)
    {
        string text = view.Text;
        if (open == 0 || !TextView.IsHan(text[open - 1]))
        {
            return open == 0 || text[open - 1] != '”';
        }

        if (open >= 2 && "和与及".Contains(text[open - 1], StringComparison.Ordinal) && text[open - 2] == '”')
        {
            return false;
        }

        int k = view.TokenIndexAt(open - 1);
        if (k < 0 || view.Tokens[k].End != open)
        {
            return false;
        }

        string word = text[view.Tokens[k].Start..open];
        return PolicyFinder.Stops.Contains(word) || CampaignOpeners.Contains(word) || CampaignLevelWords.Contains(word)
            || CampaignVerbs.Any(v => word.EndsWith(v, StringComparison.Ordinal)) || Text.Regions.ShortNameSet.Contains(word);
    }
}
