// The unit after a number (units.json), with 元…角…分 compounds.
using PolicyLens.Text;

namespace PolicyLens.Extraction.Numbers;

/// <summary>Reads the unit written after a number: one of <c>units.json</c>, and the 角 and 分 after 元.</summary>
internal static class UnitReader
{
    internal static bool StartsAt(string text, int i) => Units.Match(text, i, out _) > 0;

    /// <summary>Reads a unit at <paramref name="i"/> (after optional spaces before a percent sign), with 元…角…分 compounds.</summary>
    internal static int Read(string text, int i, out string unit, out decimal extra)
    {
        extra = 0;
        int j = i;
        while (j < text.Length && j - i < 3 && text[j] is ' ' or '\u3000' or '\u00A0')
        {
            j++;
        }

        if (j > i && !(j < text.Length && text[j] is '%' or '％'))
        {
            j = i; // spaces only ever separate a number from its percent sign ("8 ％" in 1998)
        }

        int length = Units.Match(text, j, out unit);
        if (length == 0)
        {
            return i;
        }

        int end = j + length;
        if (unit == "元")
        {
            end = ReadJiaoFen(text, end, ref extra);
        }

        return end;
    }

    /// <summary><c>123元1角1分</c>: the 角 and 分 after 元, and the 整 that closes an amount written out in full.</summary>
    internal static int ReadJiaoFen(string text, int end, ref decimal extra)
    {
        foreach ((char unitChar, decimal worth) in new[] { ('角', 0.1m), ('分', 0.01m) })
        {
            int k = end;
            while (k < text.Length && k - end < 3 && (ChineseNumber.IsArabicDigit(text[k]) || ChineseNumber.ChineseDigit(text[k]) >= 0))
            {
                k++;
            }

            if (k > end && k < text.Length && text[k] == unitChar && ChineseNumber.TryParse(text.AsSpan(end, k - end), out decimal d) && d < 10)
            {
                extra += d * worth;
                end = k + 1;
            }
        }

        if (end < text.Length && text[end] == '整')
        {
            end++;
        }

        return end;
    }
}
