// Where a span the policy walk closed opens with the words of prose around it, no name (policy round 67, from the readable
// judged wrong verdicts): a preposition whose object runs through the suffix into a 的 phrase (以防控战略的稳定性, futian 2023;
// 从政治全局战略的高度, guangming 2025: "by the strategy's stability", "from the height of the political strategy"), and the
// verb of emphasis 突出 before a generic reform (突出体制机制改革, the 2024 reform decision's explanation: "give prominence to
// the reform of institutions"). The segmenter reads 以防 and 从政 as words, so the walk's stop words (以, 从) never cut them.
// And the last member of a list the walk took with the category after 等 (银行、证券、…、并购重组等高质量发展专项行动, shenzhen
// 2025; “龙舟水”、强对流天气、台风季等灾害防御攻坚战, dapeng 2025): a name after 等 is the category of what was listed (Find
// turns it away when the walk stops at 等), and one member with it is a cut.
namespace PolicyLens.Extraction.Slogans;

internal static partial class PolicyFinder
{
    // Prepositions that open an adverbial phrase. A programme's name opens with 以 only in a frame it closes itself
    // (以人为核心的新型城镇化战略, 以工代赈, 以旧换新, 以奖代补, 以县城为重要载体…): those stems hold 为, 代 or 换.
    private const string ProsePrepositions = "以从";

    private const string PrepositionFrames = "为代换到至";

    // Verbs of emphasis that open a clause's predicate: no named reform or programme starts with them.
    private static readonly string[] EmphasisVerbs = ["突出"];

    // Whether the unquoted stem text[start..suffixStart] of a name whose suffix ends at `suffixEnd` opens with such prose: a
    // preposition whose phrase goes on past the suffix into a 的 (the span is the preposition's object cut before its head
    // noun), or a verb of emphasis written as a word of its own.
    private static bool OpensWithProse(TextView view, int start, int suffixStart, int suffixEnd)
    {
        string text = view.Text;
        if (ProsePrepositions.Contains(text[start], StringComparison.Ordinal) && suffixEnd < text.Length && text[suffixEnd] == '的'
            && text.AsSpan(start + 1, suffixStart - start - 1).IndexOfAny(PrepositionFrames) < 0)
        {
            return true;
        }

        foreach (string verb in EmphasisVerbs)
        {
            if (suffixStart - start > verb.Length && string.CompareOrdinal(text, start, verb, 0, verb.Length) == 0 && view.IsBoundary(start + verb.Length))
            {
                return true;
            }
        }

        return false;
    }

    // Characters that make 等 part of a word (高等教育, 均等化, 等级, 等待): no list closes there. Read on the characters, not
    // the tokens: the segmenter joins a member's last character to 等 (台风季等灾害防御攻坚战).
    private const string WordInnerBefore = "高平同均对相初中上次优特头劣";

    private const string WordInnerAfter = "级待同于价额量效";

    // Whether the unquoted stem text[start..suffixStart], written right after a list's 、, holds 等 as a word of its own: the
    // stem is the list's last member and the category after 等, no name.
    private static bool IsListTailBeforeCategory(TextView view, int start, int suffixStart)
    {
        string text = view.Text;
        if (start == 0 || text[start - 1] != '、')
        {
            return false;
        }

        for (int at = text.IndexOf('等', start, suffixStart - start); at > start; at = text.IndexOf('等', at + 1, suffixStart - at - 1))
        {
            if (!WordInnerBefore.Contains(text[at - 1], StringComparison.Ordinal) && !WordInnerAfter.Contains(text[at + 1], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
