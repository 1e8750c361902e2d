// Round 56 (issue 13, chain56): a chain the text sets in quotation marks whose units share a written affix of two characters
// that is no noun (“格局制胜、创新制胜、品质制胜、实干制胜”要求, futian 2023; “教得好、学得好、吃得好、睡得好”; 让人才“申办无忧、
// 事业无忧…”, shenzhen 2024 and guangming 2025; 实施“更加开放、更加积极、更加有效”的人才政策, shenzhen 2025; “食在广东、游在
// 广东、购在广东”, guangdong 2024). The shape rules that refuse lists of kinds (a shared head word, 智能园区、智能工厂; a shared
// tail word after units not all opened by a verb, 数字消费、绿色消费) took these too, though the quotation marks set them apart
// as a label (the codebook's first mark, round 18) and the shared affix is a verb, an adverb or a complement (制胜, 无忧, 得好,
// 更加), not the noun a list of kinds shares (消费, 经济, 产业: nouns and verbal nouns of the dictionary stay refused).
// Why so narrow: over every readable gold-coded text, unquoted chains sharing an affix that no finder reports are coded by
// the golds 86 times in 743 (shared heads such as 新, 有, 更, 绿色, 重点 and shared tails such as 消费, 经济, 招商 list things,
// kinds or qualities, and the round-18 decision calls a chain written once an ordinary list), and chains after 坚持 or 做到
// 8 times in 18; the quoted ones with a shared two-character affix are coded or right in six of six.
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    // True when quotation marks enclose the chain exactly and its units, of three characters or more, share their first two or
    // their last two characters, and those two are not a noun or verbal noun of the dictionary.
    private static bool IsQuotedSharedAffixChain(string text, List<int> items, int length, int start, int end)
    {
        if (length < 3 || start == 0 || end >= text.Length || text[start - 1] is not ('“' or '‘') || text[end] is not ('”' or '’'))
        {
            return false;
        }

        return SharesAffix(text, items, 0) || SharesAffix(text, items, length - 2);
    }

    private static bool SharesAffix(string text, List<int> items, int at)
    {
        foreach (int i in items)
        {
            if (text[i + at] != text[items[0] + at] || text[i + at + 1] != text[items[0] + at + 1])
            {
                return false;
            }
        }

        return JiebaData.IsNoun(text.AsSpan(items[0] + at, 2)) is null;
    }
}
