// Round 76 (open76, issue 13): an unquoted count label right after 等 that closes a 、-list (开展龙头牵引、模式创新、前沿突破、数字
// 赋能等十大工程, baoding 2026; 大力实施保障性住房规划建设、“平急两用”公共基础设施、城中村改造等三大工程, baoan 2024). 等 leaves the
// list open (it names some of the programmes only), so the list is no spelled-out formula; the count label is what the text
// names. The readable golds code the label there (baoan 2024's gold: 三大工程 bare, the national 三大工程; baoding 2026's: the
// list with its label, 十大工程 as alternative), and where the label is quoted after 等 the numbered finder already reports it
// bare (等“四大工程”, baoding 2025; 等“十大工程”, sichuan 2026, judged right; 等“五大行动”, gd-baiqianwan plan release, coded
// bare), while round 44's unquoted reading found no list there and reported nothing. Only the N大 labels with a head of kind
// (GenericHeads, 工程): a note's 等五项工程 spells out a label defined before it (round 75, SummedListLabel.GlossaryNote.cs).
namespace PolicyLens.Extraction.Slogans;

internal static partial class SummedListLabel
{
    // How far back from 等 the 、 of the list is looked for, within the clause.
    private const int MaxOpenListLength = 60;

    // Punctuation that closes the clause before a list.
    private const string ClauseEnds = "，。；：！？\n";

    /// <summary>
    /// Proposes the unquoted count label from <paramref name="numeral"/> to <paramref name="end"/> (十大工程) as a numbered
    /// mention when 等 right before it closes a 、-list of its clause and its measure is 大; returns whether it did.
    /// </summary>
    private static bool ProposeAfterOpenList(TextView view, int numeral, int end, HashSet<(int, int)> seen, List<MentionCandidate> proposed)
    {
        string text = view.Text;
        if (numeral < 3 || text[numeral - 1] != '等' || numeral + 1 >= end || text[numeral + 1] != '大')
        {
            return false;
        }

        bool listed = false;
        for (int p = numeral - 2; p >= 0 && numeral - p <= MaxOpenListLength; p--)
        {
            if (ClauseEnds.Contains(text[p], StringComparison.Ordinal))
            {
                break;
            }

            if (text[p] == '、')
            {
                listed = true;
                break;
            }
        }

        if (!listed || !seen.Add((numeral, end)))
        {
            return false;
        }

        proposed.Add(new MentionCandidate(MentionKind.Numbered, numeral, end, text[numeral..end]));
        return true;
    }
}
