// Shapes of quoted labels that name a policy although they have none of the shapes QuotedFinder.HasFormulaShape knows
// (a count character, a + chain, a policy word at the end): a policy document's nickname by its count of articles
// (“21条”, “稳外贸8条”, “金融暖企18条”), a bare number that labels a plan or a system named just after it (“4567”投资促进
// 计划, “1310”具体部署, “12221”市场体系), and a switch from one thing to another in three characters (“瓶改管”, “公转铁”,
// “小升规”). Each shape was read off the development reports' quoted spans that the finder refused (round 8 of issue 13).
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
}
