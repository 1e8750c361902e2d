// Round 48 (issue 13, branch quoted48): words the text quotes from its opponents to reject them (有的人还在说什么“只打苍蝇，不打
// 老虎”, gwr 1982; 把…整顿污蔑为推行“修正主义纲领”, gwr 1978; 打着“社会主义”和“支援革命”的旗号, gwr 1978): a saying or a claim
// the report refutes names no policy, mechanism or goal it adopts (the codebook's quoted sayings; round 43 read a practice the
// text opposes the same way, QuotedLabelShape.OpposedPractice.cs). The frames are words of rebuttal that only ever take an
// opponent's words: before the opening mark of the label's run, 说什么, 污蔑为, 诬蔑为, 鼓吹, 叫嚣, 胡说 (with at most two Han
// characters between, 污蔑为推行“…”); after the closing mark, 的旗号, 的谬论, 等等谬论, 的谰言, 的鬼话. Over every readable text
// (gwr, cpc-congress, central, the development reports, the opened unseen sets) the frames stand in 19 places, all in gwr and
// cpc-congress texts of 1964–1982, every one an opponent's words or claim; three of their labels were reported, and no other
// finder's mention changes (鼓吹什么“三自一包”, gwr 1964, a numbered label, was not reported by the quoted finder before either).
// Labels the lexicon lists are not asked (the caller asks).
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    private static readonly string[] RebuttalBefore = ["说什么", "污蔑为", "诬蔑为", "污蔑成", "诬蔑成", "鼓吹", "叫嚣", "胡说"];

    private static readonly string[] RebuttalAfter = ["的旗号", "的谬论", "等等谬论", "等谬论", "的谰言", "的鬼话"];

    // How many Han characters may stand between the verb of rebuttal and the opening mark (污蔑为推行“…”).
    private const int RebuttalGap = 2;

    /// <summary>
    /// Whether the label between the marks at <paramref name="open"/> and <paramref name="close"/> is an opponent's words the
    /// text rebuts: a verb of rebuttal before its run (RebuttalBefore) or a word of a false claim right after it (RebuttalAfter).
    /// </summary>
    internal static bool QuotesOpponentsWords(string text, int open, int close)
    {
        if (RebuttalAfter.Any(w => string.CompareOrdinal(text, close + 1, w, 0, w.Length) == 0))
        {
            return true;
        }

        int first = RunStart(text, open, OpposedRunLabelLength);
        for (int gap = 0; gap <= RebuttalGap && first - gap >= 0; gap++)
        {
            if (gap > 0 && !TextView.IsHan(text[first - gap]))
            {
                break;
            }

            int at = first - gap;
            if (RebuttalBefore.Any(v => at >= v.Length && string.CompareOrdinal(text, at - v.Length, v, 0, v.Length) == 0))
            {
                return true;
            }
        }

        return false;
    }
}
