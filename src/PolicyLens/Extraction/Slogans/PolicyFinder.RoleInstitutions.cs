// An institution named by the role it creates, written without quotation marks after the verb that sets it up: 推行首席安全官制度
// (meishan 2024, twice, coded), 建立营商环境体验官制度 and 建立党政负责人招商工作AB岗制度 (tongling 2024, coded), 深化服务企业专员制度
// (zibo 2024, coded); in the 2024 city pool also 首席数据官制度, 营商环境改革观察员制度, 政府法律顾问制度, 行业领域人才服务专员制度,
// 企业服务专员制度. The codebook codes institutions as named policies (its judging question 8: `policy` for …制度). A mechanism or
// institution named by its purpose alone (完善就业促进机制, 健全要素保障机制) was counted and left out: the twelve coders code 24
// of the 92 places of verb + stem + 机制/制度 in their texts, most of them lexicon formulas already; the role (…官, …专员, …特派员,
// …观察员, …顾问, AB岗) is what makes the institution a named one. A stem the lexicon reports (科技特派员制度) stays the
// lexicon's, and so does a name another policy finder reports.
// It runs after every other finder that reports a policy (SloganExtractor calls it after the quoted finder), so it adds only
// what they left. Round 114's responsibility systems (PolicyFinder.ResponsibilitySystems.cs) are the same family; this rule walks
// characters, not tokens, back to the verb, because a role's field may hold Latin letters (AB岗). (mech115 also read a city's
// two-part slogan joined by a middle dot before 活动 as a quoted label; blind judges read 18 of 23 readable and 3–4 of 5 unread
// places right — single events, exhibitions and shows among them — under the 90 % bar, and the lead took it out.)
namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    private const string InstitutionHead = "制度";

    // The roles an institution creates, written right before 制度.
    private static readonly string[] InstitutionRoles = ["官", "专员", "特派员", "观察员", "顾问", "联络员", "岗"];

    // The verbs that set an institution up, written before its name (alone or after an adverb: 全面推行, 深入推行).
    private static readonly string[] InstitutionVerbs = ["建立", "推行", "实行", "深化", "健全", "落实", "用好", "完善", "探索", "推广", "实施", "创新", "优化"];

    // The fewest characters naming the role's field before the role (首席安全, AB), and the most from the verb to the role.
    private const int MinRoleField = 2;
    private const int MaxRoleName = 14;

    // What a clause goes on with after the institution: punctuation or a joining word.
    private const string AfterInstitution = "，。；、：）”\n和等";

    /// <summary>Adds the institutions named by a role (round 115).</summary>
    internal static void FindRoleInstitutions(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int head = text.IndexOf(InstitutionHead, StringComparison.Ordinal); head >= 0; head = text.IndexOf(InstitutionHead, head + 1, StringComparison.Ordinal))
        {
            int end = head + InstitutionHead.Length;
            if (end < text.Length && !AfterInstitution.Contains(text[end], StringComparison.Ordinal))
            {
                continue; // 制度改革, 制度体系: another name
            }

            string? role = InstitutionRoles.FirstOrDefault(r => head >= r.Length && string.CompareOrdinal(text, head - r.Length, r, 0, r.Length) == 0);
            if (role is null)
            {
                continue;
            }

            int start = RoleNameStart(text, head - role.Length);
            if (start < 0 || head - role.Length - start < MinRoleField
                || OverlapsKind(into, MentionKind.Lexicon, start, end) || OverlapsKind(into, MentionKind.Policy, start, end))
            {
                continue;
            }

            into.Add(new MentionCandidate(MentionKind.Policy, start, end, text[start..end]) { Subtype = "role-institution" });
        }
    }

    // The start of the name before the role at roleStart: right after the nearest verb of setting up, or after 和 joining it to
    // another institution (专委会工作机制和首席安全官制度), within MaxRoleName characters of Han and Latin letters; -1 when none.
    private static int RoleNameStart(string text, int roleStart)
    {
        for (int k = roleStart - 1; k >= Math.Max(0, roleStart - MaxRoleName); k--)
        {
            char c = text[k];
            if (c == '和')
            {
                return k + 1;
            }

            if (!TextView.IsHan(c) && !char.IsAsciiLetter(c))
            {
                return -1;
            }

            foreach (string verb in InstitutionVerbs)
            {
                if (k + 1 >= verb.Length && string.CompareOrdinal(text, k + 1 - verb.Length, verb, 0, verb.Length) == 0)
                {
                    return k + 1;
                }
            }
        }

        return -1;
    }

    // True when a candidate of the kind already overlaps start..end (a lexicon formula; another finder's policy name).
    private static bool OverlapsKind(List<MentionCandidate> into, MentionKind kind, int start, int end)
    {
        foreach (MentionCandidate c in into)
        {
            if (c.Kind == kind && c.Start < end && start < c.End)
            {
                return true;
            }
        }

        return false;
    }
}
