// Round 90 (issue 13, branch quotedshape90): a quoted label written right before 工作 and the head of a way or plan of working
// (“大抓旅游”工作格局, dapeng-gwr-2025; “多调联动 精智解纷”工作法, longhua-gwr-2024; “奋战70天 决胜全年度”工作方案,
// nanshan-gwr-2024; 落实全市“极速先锋城市”工作部署, baoan-gwr-2024) is the name the report gives the way it works or the plan it
// carries out: a working method, plan or deployment, which the codebook's judging section counts as a quoted formula however
// plain the words are (“马上办、落实好”). Over every readable text (gwr, cpc-congress, central, the readable reports, the opened
// unseen sets) 36 quoted labels stand right before 工作 and such a head: 30 were reported already (a count, a chain, a + …), and
// of the six the shape test refused the golds code all six (tools/judging/quoted_shape90.py, subset before-work-head). Two of
// those six stay out: a bare number (“422133”工作主框架: a number label is IsNumberedLabel's, read with its word) and a style of
// work (“严真细实快”工作作风: the qualities of a way of working, which the codebook does not count), so 作风 is no head here.
// The label passes only the shape test (QuotedFinder.IsAdoptedOrInstitutionLabel): every later test (a name, a count, a saying)
// still applies, and round 47's decision reads the label with its phrase (QuotedLabelShape.NounPhrase.cs) as before.
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // What 工作 names after the label: an arrangement, a plan, a method, a deployment, a system or a line of work.
    private static readonly string[] WorkingHeads = ["格局", "方案", "法", "部署", "体系", "机制", "思路", "模式", "布局"];

    /// <summary>
    /// Whether the quoted words end at <paramref name="close"/> right before 工作 and one of WorkingHeads: three to twelve
    /// characters that open and close on Han, with Han, digits inside Han text (奋战70天) or one space dividing two halves of a
    /// motto (多调联动 精智解纷), never a bare number.
    /// </summary>
    internal static bool NamesAWayOfWorking(string text, int close, string content)
    {
        if (content.Length is < 3 or > 12 || !TextView.IsHan(content[0]) || !TextView.IsHan(content[^1])
            || content.Count(TextView.IsHan) < 3 || content.Count(c => c is ' ' or '\u3000') > 1
            || !content.All(c => TextView.IsHan(c) || char.IsAsciiDigit(c) || c is ' ' or '\u3000'))
        {
            return false;
        }

        return string.CompareOrdinal(text, close + 1, "工作", 0, 2) == 0
            && WorkingHeads.Any(h => string.CompareOrdinal(text, close + 3, h, 0, h.Length) == 0);
    }
}
