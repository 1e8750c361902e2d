// Round 114 (desig114): a designation written with a round of awards between its level word and its name (获批国家第三批安宁
// 疗护试点城市, tongling 2024; 力争成为全国首批公共就业创业服务示范城市, chengdu 2024; 入选国家首批清洁生产审核创新试点, laibin
// 2024; 省首批法治政府建设示范县, 全国首批农村能源革命试点县 in the 2024 city reports of the pool). The level and the round are a
// sign that places are awarded a designation; the codebook's round-46 decision puts a rank or count between the level and the
// name outside the item ("the item then starts after it"), and the coders of unseen26u code the name from after the round
// (安宁疗护试点城市, 清洁生产审核创新试点, 公共就业创业服务示范城市). The level rule (Propose's LevelLabel) stops at the round
// (首, 第 open no qualifier), so nothing was reported there. The name is read as LevelLabel reads a qualifier (Han words, a
// quoted label inside, no verb of carrying out, no coordination of two labels) up to the head of a designation of places or
// units, which must close the name (a mark, the end, a bracketed grade, or a closing word: 创建, 建设, 名单, 和 …).
namespace PolicyLens.Extraction.Slogans;

internal static partial class DesignationLabel
{
    // The rounds of awards a level word may be followed by.
    private static readonly string[] LevelRounds =
        ["首批", "第一批", "第二批", "第三批", "第四批", "第五批", "第六批", "第七批", "第八批", "第九批", "第十批"];

    // The level words before a round (全省 and 江西省 end with 省; 国家级 before 国家).
    private static readonly string[] RoundLevels = ["自治区级", "自治区", "国家级", "国家", "全国", "省级", "省"];

    // Heads of a designation of places or units after a round (longest first where two start alike): the cities, counties,
    // zones, villages and towns a programme names, and a bare pilot. Not a bare 城市 (全国首批进一步对外开放沿海城市: the
    // coastal cities opened in 1984), nor lists, clusters or brands (名录, 产业集群, 品牌), which are no places' designations.
    private static readonly string[] RoundHeads =
    [
        "示范城市", "试点城市", "合格城市", "示范城区", "试点城区", "试点园区", "示范园区", "示范基地", "示范区", "示范县", "示范市",
        "示范村", "试点县", "试点市", "试点区", "试验县", "试验区", "先行区", "先导区", "集聚区", "强镇", "试点",
    ];

    // The bracketed grades a county's or town's designation is written with (示范县（市）, 重点村（镇）).
    private static readonly string[] RoundGrades = ["（县）", "（区）", "（市）", "（镇）", "（县、区）", "（市、区）", "（县、市）", "（县区）", "（县市区）"];

    // Words that close the name after its head: its building or creation, the list it is awarded from, a coordination.
    private static readonly string[] RoundClosers = ["创建", "建设", "名单", "和", "与", "及", "等", "之一"];

    private const int MaxRoundName = 16;

    /// <summary>The designations written after a level word and a round (see above), as [start, end) spans without either.</summary>
    private static IEnumerable<(int Start, int End)> RoundLabels(TextView view)
    {
        string text = view.Text;
        foreach (string round in LevelRounds)
        {
            for (int at = text.IndexOf(round, StringComparison.Ordinal); at >= 0; at = text.IndexOf(round, at + 1, StringComparison.Ordinal))
            {
                if (EndsWithAny(text, at, RoundLevels) is null)
                {
                    continue;
                }

                int start = at + round.Length;
                if (RoundNameEnd(view, start) is { } end)
                {
                    yield return (start, end);
                }
            }
        }
    }

    // The end of the designation's name opening at `start` (after the round), or null.
    private static int? RoundNameEnd(TextView view, int start)
    {
        string text = view.Text;
        if (start >= text.Length || !(TextView.IsHan(text[start]) || text[start] == '“') || QualifierOpening.Contains(text[start], StringComparison.Ordinal))
        {
            return null;
        }

        bool quoted = text[start] == '“';
        for (int p = start + 2; p <= Math.Min(text.Length - 1, start + MaxRoundName); p++)
        {
            if (!ReadsQualifierCharacter(text[p - 1], ref quoted))
            {
                return null;
            }

            if (quoted)
            {
                continue;
            }

            string? head = Array.Find(RoundHeads, h => string.CompareOrdinal(text, p, h, 0, h.Length) == 0);
            if (head is null)
            {
                continue;
            }

            string qualifier = text[start..p];
            if (!GoodQualifier(qualifier))
            {
                return null;
            }

            int end = p + head.Length;
            string? grade = Array.Find(RoundGrades, g => string.CompareOrdinal(text, end, g, 0, g.Length) == 0);
            if (grade is not null)
            {
                return end + grade.Length;
            }

            // 盐碱地综合利用试点示范, 新型智慧城市试点示范: the pilot is a word of a longer name; read on.
            if (head == PilotHead && Array.Exists(PilotRunOns, w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0))
            {
                continue;
            }

            bool closes = end >= text.Length || !TextView.IsHan(text[end])
                || Array.Exists(RoundClosers, w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0);
            if (closes)
            {
                return end;
            }
        }

        return null;
    }
}
