// A quoted label of a numeral and one character written right after the list it abbreviates, each listed item holding that
// character (山边、水边、路边、镇村边、景区边“五边”; 首店、首秀、首发、首展“四首”): round 68 (numbered68). The label only sums up
// the list; alone it names nothing, and where the text writes the word it qualifies right after it (“五边”绿化, “四首”经济)
// the label and that word are the item, as round 27 reads an attribute label with its word. A joining word after it
// (“五外联动”, “四创”联动, “三生融合”) coins a formula and is read by the joining rule, not here; and a word that only repeats
// the label's kind (控尘、控排、控煤、控油、控烧、控黄标车“六控”措施: 六控 is Henan's formula of air-pollution control, coded bare
// in the development gold) leaves the label bare, as round 47 reads “单独两孩”生育政策.
namespace PolicyLens.Extraction.Slogans;

internal static class SpelledOutListLabel
{
    // The longest listed item read as one of the label's parts (镇村边, 景区边: three characters; 信息港 too).
    private const int MaxItemLength = 4;

    // Words of a policy's kind: written right after the label they repeat what it is, they qualify nothing.
    private static readonly string[] KindWords = ["措施", "举措", "机制", "制度", "体系", "政策", "任务", "目标", "模式", "格局", "工作"];

    /// <summary>
    /// Whether the two-character label between the quotation marks at <paramref name="open"/> is a numeral N and a character
    /// that each of the N items listed right before the mark holds (the list it abbreviates).
    /// </summary>
    internal static bool SumsUpListBefore(string text, int open, string label)
    {
        int after = open + label.Length + 2;
        if (after < text.Length && KindWords.Any(w => text.AsSpan(after).StartsWith(w, StringComparison.Ordinal)))
        {
            return false;
        }

        if (label.Length != 2 || open < 1 || NumberedFinder.SmallNumeralValue(label[0]) is not (>= 3 and <= 9))
        {
            return false;
        }

        if (ListBeforeCount.Read(text, open) is not ListBeforeCount list || list.EnumerationMarks == 0)
        {
            return false;
        }

        string[] items = list.Members();
        int count = NumberedFinder.SmallNumeralValue(label[0]);
        // The first member holds the verb the clause opens with (持续提升山边, 大力发展首店): its end is the item.
        return items.Length == count && items[0].Length >= 2 && items[0][^Math.Min(MaxItemLength, items[0].Length)..].Contains(label[1], StringComparison.Ordinal)
            && items.Skip(1).All(item => item.Length is >= 2 and <= MaxItemLength && item.Contains(label[1], StringComparison.Ordinal));
    }
}
