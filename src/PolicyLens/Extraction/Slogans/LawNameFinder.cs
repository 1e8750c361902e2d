// Finds laws named without 《》 (落实增值税法, 贯彻落实国家通用语言文字法, 修改颁布可再生能源法, 认真贯彻实施就业促进法和劳动合同法):
// the codebook codes titled documents of state with or without the marks, and development reports name most laws so. A name is
// the run of Han characters between a verb of law-making or enforcement (制定, 修改, 实施, 落实, 贯彻 …) and 法, or, in a list,
// between 、/和/及/与 and 法 right after another such name. A bare 法 also ends ordinary words (方法, 做法, 办法, 立法, 执法,
// 依法, 违法 …, RegulationNameFinder reads only 条例 for that reason), so the name must be at least two characters before 法
// and may not end in one of those words (宪法 is read only as 中华人民共和国宪法). A status before the name (新修订的, 修订后的,
// 即将出台的) is no part of it.
namespace PolicyLens.Extraction.Slogans;

internal static class LawNameFinder
{
    private const char Ending = '法';

    // The longest name before 法 (香港特别行政区维护国家安全法, 中华人民共和国民族区域自治).
    private const int MaxStem = 20;

    // Verbs that govern a law's name, longest first so 贯彻实施 wins over 实施. No 推进/推动: they govern 立法 and 执法, the
    // making and enforcing of law, not a law.
    private static readonly string[] Verbs =
    [
        "推动出台", "审议通过", "贯彻实施", "贯彻执行", "贯彻落实", "修改颁布", "出台", "制定", "制订", "修订", "修改", "实施", "落实",
        "贯彻", "执行", "颁布", "起草", "审议", "宣传",
    ];

    // What may stand between the verb and the name: 落实好, 制定了, and a status of the law (实施修改后的个人所得税法, 实施新的
    // 企业所得税法), longest first. 的 after a verb of making (贯彻实施即将出台的民族团结进步促进法: the verb found is 出台) is the
    // same status.
    private static readonly string[] Modifiers =
    [
        "新修订的", "新修改的", "修订后的", "修改后的", "新颁布的", "新的", "了", "好",
    ];

    private static readonly string[] VerbsOfStatus = ["出台", "修订", "修改", "颁布", "制定"];

    // Words ending in 法 that are no law: a method, a practice, the making or keeping of law (推进科学立法, 推进综合执法).
    private static readonly string[] NotALaw =
    [
        "方法", "办法", "做法", "立法", "执法", "司法", "守法", "违法", "合法", "依法", "用法", "说法", "想法", "看法", "写法", "手法",
        "算法", "技法", "语法", "兵法", "书法", "章法", "良法", "非法", "不法", "无法", "设法", "变法", "疗法", "普法", "懂法", "知法",
        "学法", "犯法", "枉法", "效法", "取法", "护法", "打法", "玩法", "解法", "文法", "加法", "减法", "成法", "王法", "佛法", "心法",
        "笔法", "画法", "提法", "讲法", "叫法", "新法", "老法", "土法", "国法", "大法", "教法", "治法", "功法", "拳法",
    ];

    // Words a name may not hold: a clause, not a title (修订城镇集体所有制企业的所得税法 names the law by a description).
    private static readonly string[] NotInName = ["的", "等", "以及", "并", "通过", "和", "及", "与"];

    private const string StateName = "中华人民共和国";

    // Joining words after which a second name of a list starts (贯彻实施就业促进法和劳动合同法).
    private const string ListJoins = "、和及与";

    public static void Find(TextView view, Lexicon lexicon, List<MentionCandidate> into)
    {
        string text = view.Text;
        int previousEnd = -1;
        for (int at = text.IndexOf(Ending); at >= 0; at = text.IndexOf(Ending, at + 1))
        {
            int end = at + 1;

            // 民法典, 法治, 法实施办法: 法 inside a longer word or a longer title. Only punctuation, a joining word or 等 ends a law.
            if (end < text.Length && TextView.IsHan(text[end]) && !"和及与等".Contains(text[end], StringComparison.Ordinal))
            {
                continue;
            }

            int runStart = UnmarkedTitle.HanRunStart(text, at, MaxStem + 8);

            // In 《…法》 the titled finder reads the name.
            if (UnmarkedTitle.OpensMarkedTitle(text, runStart))
            {
                continue;
            }

            int start = UnmarkedTitle.AfterLastVerb(text, runStart, at - 1, Verbs);
            if (previousEnd >= 0 && previousEnd >= runStart - 1 && previousEnd < at && ListJoins.Contains(text[previousEnd], StringComparison.Ordinal) &&
                (start < 0 || previousEnd + 1 > start))
            {
                start = previousEnd + 1;
            }

            if (start < 0)
            {
                continue;
            }

            start = AfterModifier(text, start, at);
            string name = text[start..end];
            if (!IsLawName(name))
            {
                continue;
            }

            previousEnd = end;
            if (lexicon.Find(name) is not null)
            {
                continue;
            }

            into.Add(new MentionCandidate(MentionKind.Titled, start, end, name) { Subtype = "law" });
        }
    }

    private static bool IsLawName(string name)
    {
        // 中华人民共和国 holds 和 but is the state's name, not a list.
        string stem = (name.StartsWith(StateName, StringComparison.Ordinal) ? name[StateName.Length..] : name)[..^1];
        if (name.Length > MaxStem + 1 || NotInName.Any(w => stem.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        // 宪法 only with the state's name: 维护宪法权威, 遵守宪法和法律 speak of the constitution as the rule of law, and 鞍钢
        // 宪法 is a charter of a firm.
        if (name.EndsWith("宪法", StringComparison.Ordinal))
        {
            return name == StateName + "宪法";
        }

        return name.Length >= 3 && !NotALaw.Any(w => name.EndsWith(w, StringComparison.Ordinal));
    }

    private static int AfterModifier(string text, int start, int at)
    {
        if (text[start] == '的' && start >= 2 && VerbsOfStatus.Any(v => string.CompareOrdinal(text, start - 2, v, 0, 2) == 0))
        {
            return start + 1;
        }

        foreach (string modifier in Modifiers)
        {
            if (at - start > modifier.Length && string.CompareOrdinal(text, start, modifier, 0, modifier.Length) == 0)
            {
                return start + modifier.Length;
            }
        }

        return start;
    }
}
