// Ranges (6%－6.5%, 8—9万人) and numbers written as percent words (百分之八至九).
using PolicyLens.Text;

namespace PolicyLens.Extraction.Numbers;

/// <summary>Reads the second end of a range and the numbers of <c>百分之</c> forms.</summary>
internal static class RangeReader
{
    /// <summary>The other end of a range after <paramref name="i"/>: "－6.5%", "—5.5%", "至9%", "—2020年"; returns the whole range.</summary>
    internal static bool TryReadRangeEnd(string text, int i, string unit, NumberCore first, out NumberCore range, out int end, out string rangeUnit)
    {
        range = default;
        end = i;
        rangeUnit = unit;
        if (i + 1 >= text.Length || first.Hi.HasValue || first.IsMagnitudeClass || first.IsFraction || !first.Lo.HasValue)
        {
            return false;
        }

        char dash = text[i];
        if (dash is not ('－' or '-' or '—' or '–' or '~' or '～' or '〜' or '至' or '到'))
        {
            return false;
        }

        int k = i + 1;
        if (dash == '—' && text[k] == '—')
        {
            return false; // "——" is a dash in prose, not a range
        }

        bool arabic = ChineseNumber.IsArabicDigit(text[k]);
        if (arabic != first.IsArabic || !(arabic || ChineseNumber.IsChineseNumeral(text[k])))
        {
            return false;
        }

        if (!NumberReaders.TryRead(text, k, out NumberCore second) || second.IsMagnitudeClass || second.Hi.HasValue || !second.Lo.HasValue)
        {
            return false;
        }

        int afterSecond = second.End;
        string secondUnit = second.Unit;
        if (secondUnit.Length == 0)
        {
            afterSecond = UnitReader.Read(text, afterSecond, out secondUnit, out decimal extra);
            second = second.Plus(extra);
        }

        // Both ends must be of one unit, and the second must say which ("8—9%", "5到7元"); "到" before a year is a deadline
        // ("5年到2020年"), not a range.
        if ((unit.Length > 0 && secondUnit.Length > 0 && unit != secondUnit) || secondUnit.Length == 0 || (dash == '到' && second.IsYearLike))
        {
            return false;
        }

        // "8—9万人": the scale written on the second end applies to the first.
        decimal low = first.Lo.Value;
        if (first.Scale == 1 && second.Scale != 1 && unit.Length == 0 && !ChineseNumber.TryMultiply(low, second.Scale, out low))
        {
            return false;
        }

        if (second.Lo is not decimal high || high <= low)
        {
            return false;
        }

        range = first with
        {
            Lo = low, Hi = high, Comparator = Comparator.Range, IsApproximate = first.IsApproximate || second.IsApproximate,
            IsYearLike = first.IsYearLike && second.IsYearLike,
        };
        end = afterSecond;
        rangeUnit = secondUnit;
        return true;
    }

    /// <summary><c>百分之六点五</c>, <c>百分之零点九</c>, <c>百分之八至九</c>, <c>千分之三</c>.</summary>
    internal static bool TryReadPercentWords(string text, int i, out NumberCore core)
    {
        core = default;
        string unit = text[i] == '百' ? "%" : "‰";
        int j = i + 3;
        if (!RangeReader.TryReadPlainNumber(text, j, out decimal lo, out int after))
        {
            return false;
        }

        decimal? hi = null;
        int end = after;
        if (after < text.Length && text[after] is '至' or '到' or '—' or '－' or '-' or '–' or '~' or '～')
        {
            int k = after + 1;
            if (QuantityScanner.Starts(text, k, unit == "%" ? "百分之" : "千分之"))
            {
                k += 3;
            }

            if (RangeReader.TryReadPlainNumber(text, k, out decimal upper, out int upperEnd) && upper > lo)
            {
                hi = upper;
                end = upperEnd;
            }
        }

        core = new NumberCore
        {
            Lo = lo, Hi = hi, End = end, NumberEnd = end, Unit = unit, IsPercentWords = true,
            Comparator = hi.HasValue ? Comparator.Range : Comparator.Eq,
        };
        return true;
    }

    /// <summary>A number with no hedge: Arabic (with decimals) or Chinese (with 点), as used after 百分之.</summary>
    internal static bool TryReadPlainNumber(string text, int i, out decimal value, out int end)
    {
        value = 0;
        end = i;
        while (end < text.Length && (ChineseNumber.IsArabicDigit(text[end]) || ChineseNumber.IsChineseNumeral(text[end]) ||
                                     ((text[end] is '点' or '.' or '．') && end + 1 < text.Length && QuantityScanner.IsNumberChar(text[end + 1]))))
        {
            end++;
        }

        // Scale words belong to the number only in "百分之" forms when a digit precedes them; drop a trailing 万/亿 otherwise.
        return end > i && end - i <= 40 && ChineseNumber.TryParse(text.AsSpan(i, end - i), out value);
    }
}
