// A lexicon variant that ends in the activity carried out on its item (全国文明城市创建, 文明城市创建 → the designation
// 全国文明城市; 全民阅读活动 → the campaign 全民阅读) is matched with that word, so the entry still wins there over the shorter
// spellings inside it, but reported without it: the codebook's boundary rule leaves out "a trailing generic word the
// sentence adds (…工作, …建设 when not part of the name)", its round-17 decision makes the designation label the item (创建
// 国家森林城市 codes 国家森林城市), and session 50's adjudication of 文明城市创建 (after the round-78 re-canonical judging)
// read 创建 as the activity word after the label.
namespace PolicyLens.Extraction.Slogans;

internal sealed partial class LexiconMatcher
{
    // Words naming the activity on an item, left out at a variant's end when the entry's canonical does not end in them (the
    // entry names the item without its activity). 创建 (a designation's campaign: 文明城市创建, 18 readable places), 活动 (全民
    // 阅读活动, 7; not where the canonical holds it, 党的群众路线教育实践活动), 工作 (三农工作, coded 三农 | 三农工作). Not 建设: the
    // formulas the golds code with it (生态文明建设, 新农村建设, 反腐倡廉建设, 精神文明建设, 法治中国建设). Not 行动 or 改革: the head
    // of a programme's or a reform's name (城市更新行动, 奶业振兴行动, “放管服”改革: the codebook's …行动).
    private static readonly string[] VariantTrailingActivities = ["创建", "活动", "工作"];

    // The mention a variant names once its trailing activity word is left out, or null when it keeps its spelling.
    private static MentionCandidate? WithoutTrailingActivity(string text, MentionCandidate c)
    {
        if (c.Subtype != "variant" || c.Kind != MentionKind.Lexicon || c.Entry is null)
        {
            return null;
        }

        foreach (string activity in VariantTrailingActivities)
        {
            if (c.Length > activity.Length + 1 && string.CompareOrdinal(text, c.End - activity.Length, activity, 0, activity.Length) == 0
                && !c.Entry.Canonical.EndsWith(activity, StringComparison.Ordinal))
            {
                return c with { End = c.End - activity.Length };
            }
        }

        return null;
    }

    // Every kept variant in into[first..] that ends in an activity word, put in its place without it.
    private static void LeaveOutTrailingActivities(string text, List<MentionCandidate> into, int first) =>
        PutInPlace(into, first, c => WithoutTrailingActivity(text, c));
}
