// Finds plans named without 《》 after the verb that drafts, issues or carries them out (编制实施贵阳都市圈发展规划, 实施环塔里木
// 经济带发展规划, 加快编制实施横琴合作区总体发展规划, 落实好妇女儿童发展十年规划): the codebook codes titled documents of state with
// or without the marks, and the development gold codes these as titled. Only heads a named plan has are read — …发展规划,
// …总体规划, …总体发展规划, a plan of years (…三年发展规划, …十年规划) — not 专项规划 or a bare 规划 (编制城市更新专项规划, 编制
// 城镇规划: a kind of plan every city draws). The name is the run of Han characters between the verb and the head; it must
// say whose or what plan it is (four characters at least before 发展规划 or 总体规划, two before 总体发展规划: 前海, 南沙), and a
// generic subject alone (落实城市总体规划, 落实国土空间总体规划, 实施国家发展规划) is a kind of plan, not a name. 新一轮 before the
// name and the issuer (全市) are no part of it, as PolicyDocumentFinder reads them.
namespace PolicyLens.Extraction.Slogans;

internal static class PlanNameFinder
{
    // Heads of a named plan, longest first, with the shortest name each needs before it.
    private static readonly (string Head, int MinStem)[] Heads =
    [
        ("总体发展规划", 2), ("总体规划", 4), ("发展规划", 4), ("年规划", 4),
    ];

    private const int MaxStem = 20;

    // Verbs that draft, issue or carry out a plan, longest first so 编制实施 wins over 实施.
    private static readonly string[] Verbs =
    [
        "编制实施", "制定实施", "编制出台", "推动出台", "研究制定", "编制", "实施", "出台", "制定", "制订", "落实", "印发", "批复",
    ];

    // Words before the name that are no part of it: 编制好, 制定并实施了, a round, the issuer.
    private static readonly string[] Openers = ["好", "了", "新一轮", "全市", "全省", "我市", "我省", "全区", "自治区"];

    // Words a name may not hold: a clause or a list (编制完成养老服务业十年发展规划, 修编和完善…), or a kind of plans.
    private static readonly string[] NotInName = ["的", "等", "和", "及", "以及", "并", "完成", "完善", "专项", "各类", "各项", "相关", "有关", "一批"];

    // Subjects every city or country has a plan of: the plan of a kind, not a named one.
    private static readonly HashSet<string> GenericSubjects = new(StringComparer.Ordinal)
    {
        "国土空间", "城市", "城镇", "城乡", "乡村", "村庄", "县域", "土地利用", "城镇体系", "市域城镇体系", "国家", "国民经济和社会",
    };

    // Round 55 (boundary55): plan outlines named without 《》 (制定实施教育强国建设规划纲要, 2024; 全面落实教育强国建设规划纲要,
    // guangming 2025; 制定美丽河北建设规划纲要, hebei 2023; 落实京津冀协同发展规划纲要, 2016): the golds code the outline as the
    // titled item, and the formula inside it alone (教育强国) is cut from the title. Read only after a verb that drafts or carries
    // out a plan, with the stem rules of the plans above; a 纲要 ends its word, so any character may follow it.
    private static readonly (string Head, int MinStem)[] OutlineHeads = [("建设规划纲要", 2), ("发展规划纲要", 4), ("战略规划纲要", 4)];

    private static void FindOutlines(string text, List<MentionCandidate> into)
    {
        for (int at = text.IndexOf("规划纲要", StringComparison.Ordinal); at >= 0; at = text.IndexOf("规划纲要", at + 4, StringComparison.Ordinal))
        {
            int end = at + 4;
            foreach ((string head, int minStem) in OutlineHeads)
            {
                int headStart = end - head.Length;
                if (headStart < 0 || string.CompareOrdinal(text, headStart, head, 0, head.Length) != 0)
                {
                    continue;
                }

                int start = NameStart(text, headStart, minStem);
                if (start >= 0)
                {
                    into.Add(new MentionCandidate(MentionKind.Titled, start, end, text[start..end]) { Subtype = "plan" });
                }

                break;
            }
        }
    }

    public static void Find(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        FindOutlines(text, into);
        for (int at = text.IndexOf("规划", StringComparison.Ordinal); at >= 0; at = text.IndexOf("规划", at + 2, StringComparison.Ordinal))
        {
            int end = at + 2;
            if (end < text.Length && TextView.IsHan(text[end]))
            {
                continue;
            }

            (string head, int minStem) = HeadAt(text, end);
            if (head.Length == 0)
            {
                continue;
            }

            int start = NameStart(text, end - head.Length, minStem);
            if (start < 0)
            {
                continue;
            }

            into.Add(new MentionCandidate(MentionKind.Titled, start, end, text[start..end]) { Subtype = "plan" });
        }
    }

    // Where the name of a plan whose head starts at headStart begins: after the last verb of the Han run before the head
    // (and a word before the name such as 全省 or 新一轮), the stem between it and the head of minStem to MaxStem characters,
    // no generic subject and no word a name does not hold; -1 when the run opens a marked title or no such stem is written.
    private static int NameStart(string text, int headStart, int minStem)
    {
        int runStart = UnmarkedTitle.HanRunStart(text, headStart, MaxStem + 8);
        if (UnmarkedTitle.OpensMarkedTitle(text, runStart))
        {
            return -1;
        }

        int start = UnmarkedTitle.AfterLastVerb(text, runStart, headStart - 1, Verbs);
        if (start < 0)
        {
            return -1;
        }

        foreach (string opener in Openers)
        {
            if (string.CompareOrdinal(text, start, opener, 0, opener.Length) == 0 && headStart - start > opener.Length)
            {
                start += opener.Length;
            }
        }

        string stem = text[start..headStart];
        return stem.Length >= minStem && stem.Length <= MaxStem && !GenericSubjects.Contains(stem)
            && !NotInName.Any(w => stem.Contains(w, StringComparison.Ordinal)) ? start : -1;
    }

    private static (string Head, int MinStem) HeadAt(string text, int end)
    {
        foreach ((string head, int minStem) in Heads)
        {
            if (end - head.Length >= 0 && string.CompareOrdinal(text, end - head.Length, head, 0, head.Length) == 0)
            {
                return (head, minStem);
            }
        }

        return ("", 0);
    }
}
