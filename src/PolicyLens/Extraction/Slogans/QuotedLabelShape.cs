// Shapes of quoted labels that name a policy although they have none of the shapes QuotedFinder.HasFormulaShape knows
// (a count character, a + chain, a policy word at the end): a policy document's nickname by its count of articles
// (“21条”, “稳外贸8条”, “金融暖企18条”), a bare number that labels a plan or a system named just after it (“4567”投资促进
// 计划, “1310”具体部署, “12221”市场体系), and a switch from one thing to another in three characters (“瓶改管”, “公转铁”,
// “小升规”). Each shape was read off the development reports' quoted spans that the finder refused (round 8 of issue 13).
// Round 11 adds two shapes told by the words around the label rather than by its own: a label the report carries out as
// a policy (全面推行“亮码入企”。) and a label naming a system or mechanism (“白名单”制度, “要素跟着项目走”机制).
namespace PolicyLens.Extraction.Slogans;

internal static class QuotedLabelShape
{
    // “21条”, “十五条”, “稳外贸8条”, “2.0版促进就业9条”: what the articles are about (at most ten characters), then their
    // count and 条. The codebook names the shape (惠企“二十条”). Two documents in one pair of marks (“促消费9条和16条”) are
    // not one nickname: judged wrong by boundary in the round's precision sample, so 和 ends the shape.
    private static readonly System.Text.RegularExpressions.Regex ArticleCount = new(
        "^[\u4E00-\u9FFF0-9.-[和条]]{0,10}?(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})条$");

    internal static bool IsArticleCount(string content) => ArticleCount.IsMatch(content);

    // A bare number of three to six digits (or with a trailing N or X: “555X”), not a year.
    private static readonly System.Text.RegularExpressions.Regex BareNumber = new("^[0-9]{3,6}[NX]?$");

    // What a numbered label may name when written right after the closing mark (“4567”投资促进计划, “141”基层智治体系, “555X”
    // 产业发展格局, “13710”工作机制): a plan, a campaign, a deployment, a system or a layout. A product (“301”线上快贷) or a
    // road (“00”号) names none of these.
    private static readonly string[] NumberedHeads = ["计划", "行动", "工程", "部署", "体系", "格局", "布局", "机制", "战略", "构架", "架构", "工作法", "发力方向"];

    // How many characters after the closing mark the head may end (“1188”现代化产业体系).
    private const int HeadWindow = 9;

    internal static bool IsNumberedLabel(string text, int close, string content)
    {
        if (!BareNumber.IsMatch(content) || (content.Length == 4 && content[0] is '1' or '2' && content[1] is '9' or '0'))
        {
            return false;
        }

        int stop = close + 1;
        while (stop < text.Length && stop - close <= HeadWindow && TextView.IsHan(text[stop]))
        {
            stop++;
        }

        string after = text[(close + 1)..stop];
        return NumberedHeads.Any(h => after.Contains(h, StringComparison.Ordinal));
    }

    // 改, 转, 升 between two different single characters: one thing switched to another (“瓶改管”, “木改钢”, “公转铁”, “个转企”,
    // “小升规”), the shape of 营改增 and 煤改气.
    internal static bool IsSwitch(string content) =>
        content.Length == 3 && content.All(TextView.IsHan) && content[1] is '改' or '转' or '升' && content[0] != content[2];

    // Verbs by which a report carries out, extends or holds to a policy, written right before the opening mark (全面推行
    // “亮码入企”, 持续深化“以案促改”, 坚持“新官理旧账”, 探索“西算东用”). Verbs of building or branding (打造, 擦亮, 打响) are
    // not among them: their quoted objects are brands and places (打造“天府粮仓”, 擦亮“三秦四季”).
    private static readonly string[] CarryingOutVerbs = ["推进", "开展", "深化", "实施", "推广", "落实", "推行", "实行", "探索", "坚持", "启动"];

    // A label the report adopts as a policy: four to ten characters (Han or digits: “3个100万”), right after a verb of
    // carrying out and closing its clause (，。、；), so the label is the whole object and no noun after it says what it names
    // (推进“科创飞地”建设 and 开展“川行天下”精品活动 name places and events). Three-character labels are left out: they are
    // mostly topics of a campaign listed as its members (深化“校园餐”、农村集体“三资”…专项整治).
    internal static bool IsAdoptedLabel(string text, int open, int close, string content)
    {
        if (content.Length is < 4 or > 10 || !content.All(c => TextView.IsHan(c) || char.IsAsciiDigit(c)) || !content.Any(TextView.IsHan)
            || open < 2 || close + 1 >= text.Length || "，。、；".IndexOf(text[close + 1], StringComparison.Ordinal) < 0)
        {
            return false;
        }

        string before = text.Substring(open - 2, 2);
        return CarryingOutVerbs.Contains(before, StringComparer.Ordinal);
    }

    // A label written right before 制度 or 机制 names an institution or a working mechanism (“白名单”制度, “信用代证”制度,
    // “好差评”制度, “管行业必须管招商”机制, “要素跟着项目走”机制): two to ten Han characters.
    internal static bool NamesAnInstitution(string text, int close, string content) =>
        content.Length is >= 2 and <= 10 && content.All(TextView.IsHan) && close + 3 <= text.Length
        && (string.CompareOrdinal(text, close + 1, "制度", 0, 2) == 0 || string.CompareOrdinal(text, close + 1, "机制", 0, 2) == 0);
}
