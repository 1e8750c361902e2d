// Quoted count labels that name nothing alone and are written right after their field (round 34, precision34): the
// codebook's decisions of rounds 26 and 27 (a generic count label written right after its field is one item with the
// field) for the labels the numbered finder does not read, those whose count is 双, 百, 千 or 万 (创新成果转化“双百工程”,
// 夏季治安打击整治“百日行动”, 文明实践“百千万工程”) and those with a modifier between the count and the generic head
// (现代化品质生活之城建设“十大提升工程”, 整体提升卫生健康水平攻坚“七个专项行动”).
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    private const string SmallCounts = "一二两三四五六七八九十";
    private const string LargeCounts = "双百千万";

    // Whether the quoted text is such a label: one to three count characters, at least one of them 双/百/千/万 or a measure
    // (大, 项, 个) and a modifier of at most two Han characters after it, then a generic head of NumberedFinder's list.
    // 百日 (a hundred days) counts as the count of a campaign. A label of small numerals, a measure and the head alone
    // (“五大工程”) is the numbered finder's (NumberedFinder.IsGenericCountLabel) and left to it.
    internal static bool IsFieldCountLabel(string content)
    {
        int n = 0;
        bool large = false;
        while (n < content.Length && n < 3 && (SmallCounts.Contains(content[n], StringComparison.Ordinal) || LargeCounts.Contains(content[n], StringComparison.Ordinal)))
        {
            large |= LargeCounts.Contains(content[n], StringComparison.Ordinal);
            n++;
        }

        if (n == 0 || NumberedFinder.IsGenericCountLabel(content))
        {
            return false;
        }

        if (large)
        {
            if (n < content.Length && content[n] == '日' && content[n - 1] == '百')
            {
                n++;
            }

            return NumberedFinder.IsGenericLabelHead(content.AsSpan(n));
        }

        if (n < content.Length && content[n] is '大' or '项' or '个')
        {
            for (int modifier = 1; modifier <= 2 && n + 1 + modifier < content.Length; modifier++)
            {
                if (content.AsSpan(n + 1, modifier).ToString().All(TextView.IsHan) && NumberedFinder.IsGenericLabelHead(content.AsSpan(n + 1 + modifier)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Verbs of carrying a programme out, one token each, and 新一轮: the field of such a label is read only where one of these
    // opens it (实施创新成果转化“双百工程”, 开展夏季治安打击整治“百日行动”, 开展新一轮生物经济“双百工程”). Written after
    // anything else, the Han text before the mark is as often the clause's own verb or subject (学习运用“千万工程”经验,
    // 深化细化“双千工程”, 各方面力量主动投身“百千万工程”, 百校联百县“双百行动”, 品质生活之城建设“十大提升工程”: 之 cuts
    // the field inside a name), and the label keeps its bare boundary.
    private static readonly System.Collections.Frozen.FrozenSet<string> FieldOpeningVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "实施", "开展", "启动", "推进", "落实", "组织", "新一轮", "深入实施", "全面实施", "大力实施", "加快实施", "继续实施",
        "着力实施", "扎实推进", "广泛开展", "深入开展", "持续开展", "组织实施",
    ], StringComparer.Ordinal);

    // The start of the field of such a label written at [open, close], or -1. The label is not one the lexicon lists
    // (“千万工程”, “百千万工程”, “双百行动”: a named programme of its own); the field is opened by a verb of carrying out; a
    // field after 和, 与 or 及 is the last member of a list (夏季避暑和冬季冰雪旅游“百日行动”: the campaign's field is both
    // seasons), and the label keeps its bare boundary.
    internal static int FieldCountLabelStart(TextView view, Lexicon lexicon, int open, string content)
    {
        if (!IsFieldCountLabel(content) || lexicon.Find(content) is not null)
        {
            return -1;
        }

        int field = NumberedFinder.FieldStart(view, open);
        if (field <= 0 || open - field < 2)
        {
            return -1;
        }

        int t = view.TokenIndexAt(field - 1);
        if (t < 0)
        {
            return -1;
        }

        PolicyLens.Tokenization.Token opener = view.Tokens[t];
        return opener.End == field && FieldOpeningVerbs.Contains(view.Text.Substring(opener.Start, opener.Length)) ? field : -1;
    }
}
