// Round 80 (issue 13, branch quotedmiss80): a quoted label the report counts projects under (新开工75个“工业上楼”项目, 推动第二批
// “工业上楼”项目建设, 完成“保交房”项目625个、“保回迁”项目217个) names a kind of project the government runs, a policy's label,
// however plain its words are: the count before the opening mark (N 个, 第 N 批) or after 项目 (项目217个, 项目1000万平方米) says the
// report tallies the label's projects. Of the labels before 项目 that the shape test refused over every readable text (gwr,
// cpc-congress, central, the readable reports, the opened unseen sets), the counted ones are 工业上楼 (the golds code it at every
// readable place: shenzhen, longhua, baoan, guangming), 保回迁, 重研 and 水盆子; the uncounted ones are mostly single projects
// or products (“海上看孖洲”项目, “国际通”项目获评…, “保定宴”项目, “景德镇手工瓷业遗存”项目申遗, 严防“钓鱼”项目), which stay out.
// The label stays bare before 项目, as rounds 48 and 74 read it (the projects a label counts stay outside it), and every later
// test of QuotedFinder.RejectionReason (names, counts of projects, facilities …) still applies.
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // A count right before the opening mark: 75个, 五个, 第二批.
    [System.Text.RegularExpressions.GeneratedRegex("(?:[0-9０-９]+|[一二两三四五六七八九十百千]+)个$|第[0-9０-９一二两三四五六七八九十]+批$")]
    private static partial System.Text.RegularExpressions.Regex ProjectCountBefore();

    // 项目 right after the closing mark, with its count or size: 项目217个, 项目4个以上, 项目1000万平方米, 项目五个.
    [System.Text.RegularExpressions.GeneratedRegex("^项目(?:[0-9０-９]|[一二两三四五六七八九十百千]+个)")]
    private static partial System.Text.RegularExpressions.Regex CountedProjectsAfter();

    /// <summary>
    /// Whether the quoted words between <paramref name="open"/> and <paramref name="close"/> label projects the report counts:
    /// 项目 right after the closing mark, and a count right before the opening mark or right after 项目.
    /// </summary>
    internal static bool LabelsCountedProjects(string text, int open, int close, string content)
    {
        if (content.Count(TextView.IsHan) < 2 || close + 3 > text.Length || !text.AsSpan(close + 1).StartsWith("项目", StringComparison.Ordinal))
        {
            return false;
        }

        return ProjectCountBefore().IsMatch(text.AsSpan(Math.Max(0, open - 8), open - Math.Max(0, open - 8)))
            || CountedProjectsAfter().IsMatch(text.AsSpan(close + 1, Math.Min(8, text.Length - close - 1)));
    }
}
