// Round 62 (count62, issue 13): one member of a spatial layout label, quoted on its own where the report has just written the
// layout whole (构建国际医疗基地“一主三辅”发展格局。“一主”强核心：主城区…；“三辅”创特色, baoding 2026; 推进“四横三纵三立交”建设，
// 贯通“四横”：建成春风隧道… ; the glossary entry 23.“一轴两带三组团”：“一轴”是红岭金融总部发展轴；“两带”是…, luohu 2025). The
// layout is the item (codebook, round 40); the member heads the list of the zones, roads or sites it counts (round 27, point 3:
// a count of things). The blind judges of unseen26f and unseen26k read all five such members they met wrong. Only the heads
// of spatial parts seen so in the readable texts (主, 辅, 轴, 带, 横, 纵, 组团, 立交): a member that counts requirements
// (“三化三性一力”：…“三化”即…, nanshan 2024, judged right) or a zone of a strategy named far from its layout (“两翼” of
// 两翼两区三群六带, hebei 2022, judged right) stays.
namespace PolicyLens.Extraction.Slogans;

internal static class LayoutMember
{
    // How far before the member's opening mark the whole layout label may be written (the glossary entry writes it 25
    // characters before 两带; baoding's body 71 before 三辅; luohu's body 89 before 三立交).
    private const int Reach = 120;

    private static readonly string[] SpatialParts = ["组团", "立交", "主", "辅", "轴", "带", "横", "纵"];

    private const string Numerals = "一二两三四五六七八九十";

    /// <summary>
    /// Whether the quoted label opening at <paramref name="open"/> is one member (numeral + spatial part) of a layout label
    /// quoted whole within <see cref="Reach"/> characters before it.
    /// </summary>
    internal static bool SpellsOut(string text, int open, string label)
    {
        if (open < 1 || label.Length is < 2 or > 3 || !Numerals.Contains(label[0], StringComparison.Ordinal) || Array.IndexOf(SpatialParts, label[1..]) < 0)
        {
            return false;
        }

        int from = Math.Max(0, open - Reach);
        for (int close = text.LastIndexOf('”', open - 1, open - from); close > from; close = text.LastIndexOf('”', close - 1, close - from))
        {
            int start = text.LastIndexOf('“', close - 1, Math.Min(12, close - from));
            if (start >= 0 && IsLayoutHolding(text.AsSpan(start + 1, close - start - 1), label))
            {
                return true;
            }
        }

        return false;
    }

    // 一主三辅, 四横三纵三立交, 一轴两带三组团: two or more units of a numeral and its part, one of them the label.
    private static bool IsLayoutHolding(ReadOnlySpan<char> layout, string label)
    {
        if (layout.Length <= label.Length || !Numerals.Contains(layout[0]))
        {
            return false;
        }

        bool holds = false;
        int units = 0;
        for (int at = 0; at < layout.Length;)
        {
            int end = at + 1;
            while (end < layout.Length && !Numerals.Contains(layout[end]) && TextView.IsHan(layout[end]))
            {
                end++;
            }

            if (end == at + 1 || end - at > 3 || (end < layout.Length && !Numerals.Contains(layout[end])))
            {
                return false;
            }

            holds |= layout[at..end].SequenceEqual(label);
            units++;
            at = end;
        }

        return holds && units >= 2;
    }
}
