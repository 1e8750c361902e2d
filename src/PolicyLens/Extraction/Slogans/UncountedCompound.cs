// Round 46 (items46, issue 13): numeral compounds the words around them show to be no count of units at all, so no numbered
// formula. Two shapes of the readable texts, each read wrong by unseen26f's blind judge and coded by no gold:
// a negation before a compound of 一 (未发生一人一户返贫, baoding 2023: "not a single person or household fell back into
// poverty", the emphatic 一…一… of "not one", not a formula such as 一户一策), and a compound whose last unit is 一 and a
// measure word before the noun it counts (我们一定一颗红心永向党, gaoyang 2023: 一定, "surely", then 一颗红心, "one red heart").
namespace PolicyLens.Extraction.Slogans;

internal static class UncountedCompound
{
    // Words that deny the event a compound of 一 then counts ("not one …"). Only verbs of an event happening: 不 or 无 alone
    // stand before formulas too (不搞“一刀切”).
    private static readonly string[] Negations = ["未发生", "没有发生", "不发生", "未出现", "没有出现", "不出现"];

    // Measure words the numbered finder lets through as a unit's character (its MeasureCharacters stop 个, 张, 只, 台 …): 一颗,
    // 一棵, 一块 … count the noun written after them.
    private const string MeasureWords = "颗棵株块粒根枚盏艘匹";

    /// <summary>
    /// Whether the compound of numeral + character units [<paramref name="start"/>, <paramref name="end"/>) is no count of
    /// units: a compound of 一 after a negation, or one whose last unit is 一 and a measure word before a noun.
    /// </summary>
    internal static bool Holds(string text, int start, int end)
    {
        string surface = text[start..end];
        if (surface.Length < 4)
        {
            return false;
        }

        bool onlyOnes = true;
        for (int k = 0; k < surface.Length; k += 2)
        {
            onlyOnes &= surface[k] == '一';
        }

        if (onlyOnes && Negations.Any(n => start >= n.Length && string.CompareOrdinal(text, start - n.Length, n, 0, n.Length) == 0))
        {
            return true;
        }

        return surface[^2] == '一' && MeasureWords.Contains(surface[^1], StringComparison.Ordinal) && end < text.Length && TextView.IsHan(text[end]);
    }
}
