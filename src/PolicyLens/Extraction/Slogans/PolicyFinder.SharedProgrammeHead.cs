// Round 85 (coord85): quoted labels written in a row before one programme head (实施“深梦扬帆”“深梦启航”计划, shenzhen 2025 and
// guangming 2025; 系统实施“粤强种芯”、“粤强农装”、“粤强智农”工程, the 15th plan proposal; 实施“入境旅游”“留学重庆”行动,
// chongqing 2026; “万村千乡”、“双百市场”和“新网”工程, zhumadian 2009). The policy finder names the last member with the head
// (“深梦启航”计划, label 深梦启航: round 43's programme built on a label, judged right wherever met); the earlier members were
// reported bare, and blind readable judges read them as cut names (深梦扬帆 twice, 粤强种芯, 粤强农装, 入境旅游, 双百市场: the
// codebook's decision on one member of a coordinated programme name, a member with the shared head being a programme of its
// own). Each earlier member's quoted mention is named here with the head the last one carries: its canonical the member and
// the head, its Label the bare member, its span and kind unchanged (the text writes the head only once, after the last), so a
// gold row that codes the member bare (most readable golds do: see
// tests/PolicyLens.Tests/Extraction/Slogans/QuotedCoordinationRound85Tests.cs) is still credited under the kinds it lists. A member the lexicon
// knows (“接诉即办”和“每月一题”改革, “一带一路”“三区一群”国家战略), or one that ends in a head of its own (“百人计划”、“人才兴链”
// 行动), keeps its own mention.
namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // The longest member taken (a label, not a sentence in quotation marks), and the most members before the last.
    private const int MaxCoordinatedLabel = 12;

    private const int MaxEarlierMembers = 4;

    // The longest head shared (行动计划, 国家战略).
    private const int MaxSharedHead = 4;

    // Heads a member may already end in (“百人计划”): then it is a name of its own, not one sharing the head.
    private static readonly string[] OwnHeads = ["计划", "行动", "工程", "政策", "改革", "试点", "战略", "机制", "模式", "项目", "活动"];

    /// <summary>
    /// Names, for every policy mention built on a quoted label (“深梦启航”计划) that closes a run of quoted labels written right
    /// before it (adjacent, or joined by 、, 和, 与, 及), each earlier label's quoted mention with the same head.
    /// </summary>
    internal static void NameMembersSharingHead(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        int count = into.Count;
        for (int c = 0; c < count; c++)
        {
            MentionCandidate last = into[c];
            if (last.Kind != MentionKind.Policy || last.Label.Length == 0 || text[last.Start] != '“'
                || last.Start + last.Label.Length + 1 >= last.End || text[last.Start + last.Label.Length + 1] != '”'
                || !text.AsSpan(last.Start + 1, last.Label.Length).SequenceEqual(last.Label)
                || !last.Canonical.StartsWith(last.Label, StringComparison.Ordinal))
            {
                continue;
            }

            // The head written right after the last label's closing mark, a programme's head word (计划, 行动, 工程, 行动计划, 试点,
            // 改革), not a phrase the label is only the focus of (以“扩中”、“提低”为重点的收入分配制度改革, jiangsu 2026), and not
            // a series the labels divide between them (“爱在光明”“美在光明”“家在光明”系列行动, guangming 2025: one series).
            string head = last.Canonical[last.Label.Length..];
            if (head.Length == 0 || head.Length > MaxSharedHead || head.Any(ch => !TextView.IsHan(ch)) || head.Contains('的')
                || head.StartsWith("系列", StringComparison.Ordinal) || last.End != last.Start + last.Label.Length + 2 + head.Length
                || !text.AsSpan(last.End - head.Length, head.Length).SequenceEqual(head))
            {
                continue;
            }

            int close = last.Start - 1;
            for (int members = 0; members < MaxEarlierMembers && close > 0; members++)
            {
                // Step over the joiner between two members.
                if (text[close] is '、' or '和' or '与' or '及' && close > 0 && text[close - 1] == '”')
                {
                    close--;
                }

                if (text[close] != '”')
                {
                    break;
                }

                int open = text.LastIndexOf('“', close - 1, Math.Min(MaxCoordinatedLabel + 1, close));
                if (open < 0)
                {
                    break;
                }

                string member = text[(open + 1)..close];
                if (member.Length < 2 || member.AsSpan().IndexOfAny("“”、，,；。：！？（）() \n") >= 0 || OwnHeads.Any(h => member.EndsWith(h, StringComparison.Ordinal))
                    || KnownFormulaAt(into, count, open, close + 1))
                {
                    break;
                }

                // The member keeps its place and kind (the bare label between its marks, quoted: the only words of its own the
                // text writes); its canonical becomes the programme's name, so the rows that credited the bare label still do.
                int bare = into.FindIndex(x => x.Kind == MentionKind.Quoted && x.Start == open + 1 && x.End == close && x.Label.Length == 0);
                if (bare >= 0)
                {
                    into[bare] = into[bare] with { Canonical = member + head, Label = member };
                }

                close = open - 1;
            }
        }
    }

    // True when a lexicon formula is proposed over the member (its marks included or not): the formula keeps its own mention.
    private static bool KnownFormulaAt(List<MentionCandidate> candidates, int count, int start, int end)
    {
        for (int i = 0; i < count; i++)
        {
            MentionCandidate c = candidates[i];
            if (c.Kind == MentionKind.Lexicon && c.Start < end && start < c.End)
            {
                return true;
            }
        }

        return false;
    }
}
