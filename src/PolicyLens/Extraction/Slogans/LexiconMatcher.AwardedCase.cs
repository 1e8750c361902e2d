// The lexicon guard of round 106 (lexprec106, issue 13): a formula written as a word of the title of a case award (全国…典型案例,
// …优秀案例, …十大创新案例) names the award, a prize the codebook does not code (its "not formulas": prizes; round 22's reading 2
// of a label inside one unit's name), not a use of the formula.
namespace PolicyLens.Extraction.Slogans;

internal sealed partial class LexiconMatcher
{
    // Round 106 (lexprec106): the readable judged lexicon mentions read wrong with the reason "formula inside an award title"
    // (全国地方全面深化改革典型案例, 全国新时代“枫桥经验”优秀案例 in guangming-gwr-2025; “全国雪亮工程十大创新案例”, pingshan-gwr-2021;
    // 全国“美丽海湾”优秀案例, dapeng-gwr-2024) are one shape: the formula, a closing quote mark, at most AwardedCaseReach Han
    // characters of the award's own words (典型, 优秀, 十大创新, 实践典型, 成果典型, 数字化典范) and 案例. Over every readable text the
    // start build reported 33 such places in 23 documents (全国城市更新典型案例, 工信部未来产业优秀案例, 全省美丽河湖优秀案例,
    // “全国产业扶贫优秀案例”, 全国创新社会治理最佳案例 …); read by the codebook, 31 are words of an award's title, one is a list of
    // cases a province published (发布低空经济九大场景典型案例) and one was judged right as the campaign named whole with its level
    // (永定河入选全国母亲河复苏行动典型案例, beijing 2026): a spelling that opens with its level word names the programme whole
    // and is left alone. A 的 between (转化为茅洲河两岸高质量发展的生动案例) makes the formula the case's subject, a use: no
    // award title. A quoted formula (全国“美丽海湾”优秀案例, 全国新时代“枫桥经验”优秀案例: 7 of the 33 places) is left alone too:
    // without the lexicon mention QuotedFinder reports the same label at the same span, the same error under another kind
    // (measured: +7 quoted); a guard for it belongs to QuotedFinder.
    private const int AwardedCaseReach = 6;

    private static readonly string[] LevelWords = ["全国", "国家", "全省", "省级"];

    private static bool NamesAnAwardedCase(string text, MentionCandidate c)
    {
        if (Affixes.StartsWithAny(text.AsSpan(c.Start), LevelWords))
        {
            return false;
        }

        int p = c.End;
        if (text[p - 1] is '”' or '」' || (p < text.Length && text[p] is '”' or '」'))
        {
            return false;
        }

        for (int q = p; q < text.Length && q - p <= AwardedCaseReach; q++)
        {
            if (string.CompareOrdinal(text, q, "案例", 0, 2) == 0)
            {
                return true;
            }

            if (!TextView.IsHan(text[q]) || text[q] == '的')
            {
                return false;
            }
        }

        return false;
    }
}
