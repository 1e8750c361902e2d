// Small Chinese numerals as they appear in session names and dates (十五届, 二〇二〇年, 第15届).
namespace PolicyLens.Text;

/// <summary>
/// Reads the small whole numbers of session names and dates: Arabic digits, positional Chinese numerals up to the
/// hundreds (十五, 二十, 一百零三) and digit-by-digit years (二〇二〇, 一九五七). Anything else is rejected, not guessed.
/// </summary>
internal static class ChineseNumber
{
    /// <summary>The characters a numeral may contain (for building patterns).</summary>
    internal const string Characters = "〇零一二两三四五六七八九十百";

    /// <summary>Parses a positional numeral or Arabic digits; null when the text is not one.</summary>
    internal static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (IsArabic(text))
        {
            return text.Length <= 6 ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        int total = 0, digit = -1;
        bool sawUnit = false, sawZero = false;
        foreach (char c in text)
        {
            int d = Digit(c);
            if (d >= 0)
            {
                if (digit >= 0)
                {
                    return null; // 二三 is not positional; a year like 二〇二〇 goes through ParseDigits
                }

                if (d == 0)
                {
                    sawZero = true;
                    continue;
                }

                digit = d;
                continue;
            }

            int unit = c switch { '十' => 10, '百' => 100, _ => 0 };
            if (unit == 0 || (sawUnit && unit >= LastUnit(total)))
            {
                return null;
            }

            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
            sawUnit = true;
        }

        if (digit >= 0)
        {
            total += digit;
        }
        else if (!sawUnit)
        {
            return sawZero ? 0 : null;
        }

        return total;
    }

    /// <summary>Parses digit by digit (二〇二〇 → 2020); Arabic digits pass through.</summary>
    internal static int? ParseDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 6)
        {
            return null;
        }

        int value = 0;
        foreach (char c in text)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : Digit(c);
            if (d < 0 || c == '两')
            {
                return null;
            }

            value = (value * 10) + d;
        }

        return value;
    }

    private static int LastUnit(int total) => total >= 100 ? 100 : total >= 10 ? 10 : 1000;

    private static bool IsArabic(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Digit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
