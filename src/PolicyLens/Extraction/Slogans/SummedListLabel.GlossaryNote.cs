// Round 75 (summed75, issue 13): a summed list inside the note that defines a quoted count label (30.“五优”工程：南山区开展的
// 学前教育普及普惠行动，包括学位优化、保教优育、人才优培、保障优先、管理优治等五项工程, nanshan-gwr-2024's glossary). The note
// spells the quoted label out: its list and count (五项工程) restate the label's own count (五优), so the label is the item
// and the list is its definition, not a second formula. unseen26k's blind judge read the list with its count wrong there
// ("the programme's name is 五优工程"), and its gold codes 五优工程 alone at that entry. The list is not proposed when the
// sentence it stands in opens with a quoted label (after a glossary number: 30., （三）) whose numeral counts as many as the
// list's label, followed by a note mark (：, a bracket, 是指, 即, 包括) before the list.
namespace PolicyLens.Extraction.Slogans;

internal static partial class SummedListLabel
{
    // How far back from the list the sentence opening the note is looked for.
    private const int MaxNoteLength = 80;

    // The longest quoted label a note defines (“五优”, “四个一批”), and the words of kind written after it (“五优”工程).
    private const int MaxDefinedLabelLength = 8;
    private const int MaxWordsAfterLabel = 4;

    // The marks and words that open a note defining the label before them.
    private static readonly string[] NoteMarks = ["：", ":", "（", "(", "是指", "指", "即", "包括", "主要包括"];

    /// <summary>
    /// Whether the list starting at listStart and summed up by a count of `members` spells out a quoted label of the same
    /// count that the sentence defines before it (“五优”工程：…包括…等五项工程).
    /// </summary>
    private static bool SpellsOutDefinedLabel(string text, int listStart, int members)
    {
        int sentence = listStart;
        while (sentence > 0 && listStart - sentence < MaxNoteLength && "。；！？\n".IndexOf(text[sentence - 1], StringComparison.Ordinal) < 0)
        {
            sentence--;
        }

        if (sentence > 0 && "。；！？\n".IndexOf(text[sentence - 1], StringComparison.Ordinal) < 0)
        {
            return false;
        }

        // Past blanks and a glossary number (30., 3、, （三）).
        int at = sentence;
        while (at < listStart && (char.IsWhiteSpace(text[at]) || char.IsDigit(text[at]) || text[at] is '.' or '．' or '、'))
        {
            at++;
        }

        if (at < listStart && text[at] is '（' or '(')
        {
            int close = text.IndexOfAny(['）', ')'], at, Math.Min(5, listStart - at));
            if (close > at)
            {
                at = close + 1;
            }
        }

        if (at >= listStart || text[at] != '“')
        {
            return false;
        }

        int closing = text.IndexOf('”', at + 1, Math.Min(MaxDefinedLabelLength + 1, listStart - at - 1));
        if (closing < 0 || LabelCount(text, at + 1, closing) != members)
        {
            return false;
        }

        // The words of kind after the label (工程, 行动), then the mark opening the note.
        for (int k = closing + 1; k <= closing + 1 + MaxWordsAfterLabel && k < listStart; k++)
        {
            if (NoteMarks.Any(mark => string.CompareOrdinal(text, k, mark, 0, mark.Length) == 0))
            {
                return true;
            }

            if (!TextView.IsHan(text[k]))
            {
                return false;
            }
        }

        return false;
    }

    // The count the first numeral of a quoted label says (五优 → 5, 双碳 → 2, 四个一批 → 4), or 0 with none.
    private static int LabelCount(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            int n = text[k] == '双' ? 2 : NumberedFinder.SmallNumeralValue(text[k]);
            if (n > 0)
            {
                return n;
            }
        }

        return 0;
    }
}
