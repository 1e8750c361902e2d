// A city's campaign slogan of two parts joined by a middle dot (or a space), in quotation marks, before the activities it runs:
// 开展“品质生活·乐享宣城”促消费活动 (xuancheng 2024, twice), “品质生活 乐购铜陵”系列促消费活动 (tongling 2024), “约惠东坡·乐购生活”等
// 系列促销活动 (meishan 2024), “好品山东·淄博美物”展销活动 (zibo 2024), “瀑乡安顺·扶商惠民”系列活动 and “我们的中国梦·文化进万家”活动
// (anshun 2024), “校企双进·找矿挖宝”对接活动 and “蓉漂·科创荟”等活动 (chengdu 2024), “全民学条例 文明我践行”活动 (xianning 2024).
// The quoted finder turns them away as no formula's shape; the coders of seven of the twelve 2024 city reports code them (25 of
// the 38 dotted quoted labels of the twelve, every one before 活动 but one), and so do the readable golds (“文明在行动·满意在贵州”,
// guizhou 2026; “购在中国·陕亮生活”系列活动, shaanxi 2026; “祖国情·中华行”, “小手拉大手·全家一起学”, xinjiang 2026; “携手同行·共享光明”,
// guangming 2025; “空间蝶变·战新加速”, luohu 2025). The codebook codes a quoted label that names a campaign; 活动 is the activity
// word round 47 leaves out of the item, so the label alone is the item. Not a contest, a meeting, a festival, a week or a stop
// of a tour (“嘉英荟·南充双创大赛”, “游大美蜀道·品广元好茶”推介会, “知名文旅企业家山东行·聊城站”, “宁波·凉山周活动”): events, which the
// codebook does not code; not a label whose part is a place alone, a date (“23·7”) or a platform (“您码上说·我马上办”民意平台).

namespace PolicyLens.Extraction.Slogans;

internal static partial class LocalItemFinder
{
    // The marks that join the two parts of a slogan.
    private const string SloganJoins = "·•・ ";

    // The fewest and the most Han characters of one part (蓉漂, 我们的中国梦).
    private const int MinSloganPart = 2;
    private const int MaxSloganPart = 10;

    // The most Han characters between the closing mark and 活动 (系列促消费, 等系列促销: the activity's own kind), and the most
    // quoted labels of the same list before it (“爱成都·迎大运”“大运有我”等活动).
    private const int MaxActivityKind = 8;
    private const int MaxListedLabels = 3;

    private const string ActivityWord = "活动";

    // Characters that make the label or the words before 活动 an event, not a campaign: a contest, a meeting, a festival, a
    // week, a stop of a tour, a session (展销, a sales fair, is the campaign's own: “好品山东·淄博美物”展销活动, coded).
    private const string EventCharacters = "赛会节周站届";

    private static void FindActivitySlogans(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int open = text.IndexOf('“', StringComparison.Ordinal); open >= 0; open = text.IndexOf('“', open + 1))
        {
            int close = text.IndexOf('”', open + 1, Math.Min(2 * MaxSloganPart + 2, text.Length - open - 1));
            if (close < 0)
            {
                continue;
            }

            string content = text[(open + 1)..close];
            if (!IsTwoPartSlogan(content) || !BeforeActivities(text, close + 1) || Overlapped(into, MentionKind.Quoted, open + 1, close))
            {
                continue;
            }

            into.Add(new MentionCandidate(MentionKind.Quoted, open + 1, close, content) { Subtype = "activity-slogan" });
        }
    }

    // Two parts of Han characters joined by one mark, neither a place alone, the last not ending an event's name.
    private static bool IsTwoPartSlogan(string content)
    {
        int join = content.IndexOfAny(SloganJoins.ToCharArray());
        if (join < 0)
        {
            return false;
        }

        string first = content[..join], second = content[(join + 1)..];
        return IsSloganPart(first) && IsSloganPart(second) && !EventCharacters.Contains(second[^1], StringComparison.Ordinal)
            && !second.EndsWith(ActivityWord, StringComparison.Ordinal);
    }

    private static bool IsSloganPart(string part) =>
        part.Length is >= MinSloganPart and <= MaxSloganPart && part.All(TextView.IsHan) && !Text.Regions.ShortNameSet.Contains(part);

    // True when the activities follow the closing mark: other quoted labels of the list, then 等 or 系列 or the activity's kind
    // (促消费, 对接, 展销) and 活动, with no event character and no punctuation on the way.
    private static bool BeforeActivities(string text, int at)
    {
        for (int listed = 0; listed < MaxListedLabels && at < text.Length && text[at] is '“' or '、'; listed++)
        {
            if (text[at] == '、')
            {
                at++;
                continue;
            }

            int close = text.IndexOf('”', at + 1, Math.Min(2 * MaxSloganPart + 2, text.Length - at - 1));
            if (close < 0)
            {
                return false;
            }

            at = close + 1;
        }

        int activity = text.IndexOf(ActivityWord, at, Math.Min(MaxActivityKind + ActivityWord.Length, text.Length - at), StringComparison.Ordinal);
        if (activity < 0)
        {
            return false;
        }

        for (int k = at; k < activity; k++)
        {
            if (!TextView.IsHan(text[k]) || EventCharacters.Contains(text[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
