// Round 114 (chainhead114): a quoted parallel chain written right before the head of the programme it names (深入开展“下基层、
// 察民情、解民忧、暖民心”实践活动, wuhan, jingmen, tianmen; 开展“学先进、补短板、树品牌”活动, fuyang; 实施“经济强县领跑、特色强县
// 示范、薄弱县赶超”计划, jining; 开展迎亚运“城市品质、城市文明、城市治理”三大提升行动, wenzhou; 率先实施“乡村振兴百村示范、农村人居
// 环境千村整治”工程三年计划, nantong: 2024 city reports of the pool, JiangGufan/digital-governance) is the programme's whole name,
// as the codebook's rounds 43 and 47 read a label with its head: the bare chain there is cut from the name (parprec114's class
// W-cut, 14 of the pool's 150 judged parallel mentions). The chain's mention is redrawn to the whole name (the chain, the few
// words after its closing mark and the head), counted under the chain (its Label), so a gold row coding the bare chain stays
// answered. The shape is QuotedLabelShape.ProgrammeHead's, with the activity's head 活动 and without 改革: up to six characters
// between the mark and the head (none joining a list or clause, none of a works phase, no 系列 after the mark), the head ending a
// word and no noun of kind after it, the longest such name taken (工程三年计划); and only where nothing stands before the opening
// mark that would be the chain's field (punctuation, a verb or function word of PolicyFinder.Stops, a level word or a place:
// QuotedLabelShape.OpensWithoutField, as the run of quoted labels sharing the head is its FollowsAnotherLabel),
// where the chain is not the last of a run of quoted labels sharing the head, and where the chain is no lexicon formula of
// its own. Unlike a one-word label, a chain may take its head directly (“迎老乡、回故乡、建家乡”活动): a chain is never a word
// the head would merely classify.
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    // The heads of a programme's or a campaign's name after a quoted chain.
    private static readonly string[] ChainProgrammeHeads = ["工程", "行动", "计划", "活动"];

    // The most characters between the chain's closing mark and the end of the head's word (QuotedLabelShape's six, with the head).
    private const int MaxChainProgrammeTail = 8;

    // Characters that, after the chain, join a list or a clause to it, name a works phase or make 计划 an adverb (按计划).
    private const string NoChainProgrammeTail = "等的和与及或之各为期到在是了按";

    // A noun of kind right after the head makes the head its modifier (…行动方案: a plan of the campaign, not its name).
    private static readonly string[] KindAfterChainHead = ["方式", "模式", "路径", "方法", "方案", "思路", "机制", "体系"];

    /// <summary>
    /// Redraws every quoted chain this finder added from <paramref name="from"/> on that opens a programme's name to the whole
    /// name (canonical: chain, words and head; Label: the chain).
    /// </summary>
    private static void DrawChainsWithProgrammeHead(TextView view, Lexicon lexicon, List<MentionCandidate> into, int from)
    {
        for (int i = from; i < into.Count; i++)
        {
            MentionCandidate chain = into[i];
            if (chain.Kind != MentionKind.Parallel || !string.IsNullOrEmpty(chain.Label))
            {
                continue;
            }

            int end = ChainProgrammeNameEnd(view, chain.Start, chain.End, lexicon);
            if (end > 0)
            {
                string label = string.Concat(view.Original[chain.Start..chain.End].Where(c => !char.IsWhiteSpace(c)));
                into[i] = chain with { End = end, Canonical = label + view.Original[(chain.End + 1)..end], Label = label };
            }
        }
    }

    /// <summary>
    /// The end of the programme name that the quoted chain from <paramref name="start"/> to <paramref name="end"/> (inside its
    /// marks) opens (“学先进、补短板、树品牌”活动), or -1.
    /// </summary>
    internal static int ChainProgrammeNameEnd(TextView view, int start, int end, Lexicon lexicon)
    {
        string text = view.Text;
        int open = start - 1;
        int close = end;
        if (open < 0 || close >= text.Length || text[open] != '“' || text[close] != '”'
            || lexicon.Find(text[start..end]) is not null
            || text.AsSpan(close + 1).StartsWith("系列", StringComparison.Ordinal)
            || !QuotedLabelShape.OpensWithoutField(view, open) || QuotedLabelShape.FollowsAnotherLabel(text, open))
        {
            return -1;
        }

        int best = -1;
        for (int e = close + 2; e <= close + 1 + MaxChainProgrammeTail && e <= text.Length; e++)
        {
            char last = text[e - 1];
            if (!TextView.IsHan(last) || NoChainProgrammeTail.Contains(last, StringComparison.Ordinal))
            {
                break;
            }

            foreach (string head in ChainProgrammeHeads)
            {
                if (e - head.Length >= close + 1 && text.AsSpan(close + 1, e - close - 1).EndsWith(head, StringComparison.Ordinal)
                    && (e == text.Length || view.IsBoundary(e))
                    && !KindAfterChainHead.Any(k => text.AsSpan(e).StartsWith(k, StringComparison.Ordinal)))
                {
                    best = e;
                }
            }
        }

        // A formula the lexicon lists after the chain keeps the chain bare (round 40).
        return best > 0 && !QuotedLabelShape.HoldsLexiconFormula(text[(close + 1)..best], lexicon) ? best : -1;
    }
}
