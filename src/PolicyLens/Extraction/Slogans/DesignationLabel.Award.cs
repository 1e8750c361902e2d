// Round 64 (award64): a formula written inside the name of a prize a place, unit or work won (荣获全国脱贫攻坚组织创新奖, 获全国
// 精神文明建设“五个一工程”优秀作品奖, 获评2022年“碳中和”绿点先锋国际奖项) is a word of that name, not a use of the formula: the
// codebook does not code prizes, and every readable place of this shape is read so (pingshan 2021's judge and coder, guangdong
// 2025's and futian 2023's coders, who list these prizes among the uncoded names). Contests are not prizes here (获全国“数据要素×”
// 大赛一等奖: the coders count the national action the contest is run under), nor are awards in money (奖补, 奖励). Lists of cases
// (…典型案例, …优秀案例, and even …创新案例, …最佳案例, whose four readable places are all read as names) are left as found: the
// readable golds count a formula inside a case list about as often as they block it, and an unread gold counts one inside an
// innovation-case list (the report of award64).
namespace PolicyLens.Extraction.Slogans;

internal static partial class DesignationLabel
{
    // Verbs that win a prize, before its name (a level, a year, a field or a quotation mark between).
    private static readonly string[] AwardVerbs = ["荣获", "获得", "获评", "摘得", "评为", "获"];

    // The heads that close a prize's name.
    private static readonly string[] AwardHeads = ["奖项", "奖"];

    // How far the verb may stand before the formula, and the head after it.
    private const int MaxAwardLead = 16;
    private const int MaxAwardTail = 16;

    /// <summary>Drops every lexicon, policy, quoted or numbered candidate written inside a prize's name.</summary>
    private static void DropAwardNames(TextView view, List<MentionCandidate> candidates)
    {
        string text = view.Text;
        candidates.RemoveAll(c => c.Kind is MentionKind.Lexicon or MentionKind.Policy or MentionKind.Quoted or MentionKind.Numbered
            && InsideAwardName(text, c.Start, c.End));
    }

    // Whether the formula at [start, end) stands between a verb of winning and the head of a prize's name, with
    // only words of the name between (no mark but quotation marks, no contest).
    internal static bool InsideAwardName(string text, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        int? headEnd = null;
        for (int p = end; p < text.Length && p - end <= MaxAwardTail; p++)
        {
            char ch = text[p];
            string? head = AwardHeadAt(text, p);
            if (head is not null && AwardHeadCloses(text, p + head.Length, head))
            {
                headEnd = p + head.Length;
                break;
            }

            // 大赛一等奖: a contest's prize names the contest, which the coders count under its action.
            if (ch == '赛' || !(TextView.IsHan(ch) || char.IsAsciiDigit(ch) || ch is '“' or '”' or '‘' or '’'))
            {
                return false;
            }
        }

        if (headEnd is null)
        {
            return false;
        }

        for (int p = start; p > 0 && start - p <= MaxAwardLead; p--)
        {
            char ch = text[p - 1];
            if (Affixes.EndsWithAny(text.AsSpan(0, p), AwardVerbs))
            {
                return true;
            }

            if (!(TextView.IsHan(ch) || char.IsAsciiDigit(ch) || ch is '“' or '”' or '‘' or '’'))
            {
                return false;
            }
        }

        return false;
    }

    // The head of a prize's name starting at `p` (奖项 before 奖), or null.
    private static string? AwardHeadAt(string text, int p)
    {
        foreach (string head in AwardHeads)
        {
            if (string.CompareOrdinal(text, p, head, 0, head.Length) == 0)
            {
                return head;
            }
        }

        return null;
    }

    // Whether the head ending at `at` closes the name: a mark or the end, a coordination (和, 、) or a count of prizes; 奖补, 奖励,
    // 奖金 are money, not a prize.
    private static bool AwardHeadCloses(string text, int at, string head)
    {
        if (at >= text.Length || !TextView.IsHan(text[at]))
        {
            return true;
        }

        if (head == "奖" && text[at] is '补' or '励' or '金' or '学' or '惩' or '赏' or '项')
        {
            return false;
        }

        return text[at] is '和' or '与' or '及' or '等' or '、';
    }
}
