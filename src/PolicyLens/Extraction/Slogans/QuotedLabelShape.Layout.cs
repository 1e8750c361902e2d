// Layout and structure labels (round 40, labels40): a quoted label that counts the parts of a spatial or institutional layout
// (“四纵三横”, “一群三带”, “一核三带、多点支撑”, “四级三类”, “三屏五江多廊道”) written right before the word it lays out (高速公路网,
// 城镇空间格局, 区域发展格局, 国土空间规划体系, 生态安全格局) is one item with that word, the codebook's round-35 decision on
// digit and composition labels read for the labels of parts (as the task of round 40 restates it: an attribute, digit,
// composition or layout label right before the word it qualifies). Where the label stands alone, closes on punctuation, 的
// or a bracketed note, or the words after it are no layout, the bare label stays.

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // The counts that open a layout unit: the small numerals, 多 (多点, 多廊道), N and digits.
    private const string LayoutCounts = "一二两三四五六七八九十百千多N0123456789";

    // Characters of the parts a layout counts: cores, belts, zones, circles, wings, main and secondary centres, vertical and
    // horizontal lines, rings, links, axes, corridors, poles, centres, barriers, rivers of a water net, clusters, points,
    // levels and classes of a planning system, directions, domains and nets (中心, 百川百枢, 六江两溪: centres, rivers and hubs), and
    // nodes (round 76, quoted76: 节 of 节点, “一中心、多节点”, as 点 of 多点). A unit whose part is anything else (一村一品:
    // a village; 一企一策: a firm; 两园一河: parks counted) is no layout.
    private const string LayoutParts = "核带区圈翼主副辅纵横环联轴廊极中心屏江川溪枢群芯点节级类向域网片";

    // The words a layout label lays out, as the word's head noun (WordThroughHead reads the word up to the last of them).
    // Round 76 (quoted76): 基地, a base laid out as a centre and its nodes (X9高校院所联盟“一中心、多节点”成果转化基地, nanshan
    // 2024, coded whole by unseen26k's gold as a layout label + word); no other readable layout label stands before a base.
    private static readonly string[] LayoutWordHeads =
    [
        "布局", "格局", "网", "网络", "网架", "体系", "发展轴", "空间", "通道", "走廊", "廊道", "骨架", "屏障", "枢纽", "基地",
    ];

    // Whether the quoted content is a layout label: two or more units, each a count and one to three characters whose first
    // is a part of a layout (LayoutParts), the units written together or separated by 、 or —.
    internal static bool IsLayoutLabel(string content)
    {
        int units = 0;
        int at = 0;
        while (at < content.Length)
        {
            if (units > 0 && content[at] is '、' or '—')
            {
                at++;
            }

            int count = at;
            while (at < content.Length && at - count < 2 && LayoutCounts.Contains(content[at]))
            {
                at++;
            }

            if (at == count || at >= content.Length || !LayoutParts.Contains(content[at]))
            {
                return false;
            }

            int part = at;
            while (at < content.Length && at - part < 3 && TextView.IsHan(content[at]) && !LayoutCounts.Contains(content[at]))
            {
                at++;
            }

            units++;
        }

        return units >= 2;
    }

    /// <summary>
    /// The end of the layout word a layout label qualifies, written right after its closing mark at <paramref name="close"/>
    /// (“四纵三横”高速公路网, “一群三带”城镇空间格局), or -1.
    /// </summary>
    /// <remarks>
    /// A word that holds a formula of the lexicon (“四级三类”国土空间规划体系, “一核三区、两轴一带”区域协调发展新格局, “三横六纵两联”
    /// 综合立体交通网主骨架) keeps the label bare: the golds code the formula there as an item of its own (国土空间规划体系,
    /// 区域协调发展), and the longer span would swallow it.
    /// </remarks>
    internal static int LayoutWordEnd(TextView view, int close, string content, Lexicon lexicon)
    {
        string text = view.Text;
        if (close + 1 >= text.Length || !TextView.IsHan(text[close + 1]) || !IsLayoutLabel(content))
        {
            return -1;
        }

        int end = WordThroughHead(view, close, LayoutWordHeads);
        return end > 0 && !HoldsLexiconFormula(text[(close + 1)..end], lexicon) ? end : -1;
    }

    // Whether a lexicon entry of `shortest` (three) or more characters is written inside the word.
    internal static bool HoldsLexiconFormula(string word, Lexicon lexicon, int shortest = 3)
    {
        for (int start = 0; start < word.Length; start++)
        {
            for (int length = shortest; start + length <= word.Length; length++)
            {
                if (lexicon.Find(word.Substring(start, length)) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
