// The number itself, read by the reader for its written form: Arabic digits, a leading approximation (数百万), or Chinese numerals.
using PolicyLens.Text;

namespace PolicyLens.Extraction.Numbers;

/// <summary>
/// The number itself, with its hedges (<see cref="NumberCore"/>), read by one of three readers chosen by its first character:
/// Arabic digits with scale words (<c>1.3万亿</c>, <c>500多亿</c>), a leading approximation (<c>数百万</c>, <c>上百</c>,
/// <c>好几万</c>, <c>几十</c>), or Chinese numerals (<c>十五点八万</c>, <c>十几万</c>, <c>两三</c>).
/// </summary>
internal static class NumberReaders
{
    /// <summary>Reads the number starting at <paramref name="i"/>; false when none starts there.</summary>
    internal static bool TryRead(string text, int i, out NumberCore core)
    {
        char c = text[i];
        if (ChineseNumber.IsArabicDigit(c))
        {
            return TryReadArabic(text, i, out core);
        }

        if (c is '数' or '几' or '上' || (c == '好' && i + 1 < text.Length && text[i + 1] == '几'))
        {
            return TryReadLeadingApproximation(text, i, out core);
        }

        return TryReadChinese(text, i, out core);
    }

    /// <summary>Arabic digits (with decimals and thousands groups), then scale words and hedges.</summary>
    private static bool TryReadArabic(string text, int i, out NumberCore core)
    {
        core = default;
        int n = text.Length;
        int j = i;
        while (j < n && (ChineseNumber.IsArabicDigit(text[j]) || (ChineseNumber.IsDecimalPoint(text[j]) && j + 1 < n && ChineseNumber.IsArabicDigit(text[j + 1])) ||
                         (text[j] == ',' && j + 3 < n + 0 && ScaleReader.IsThousandsGroupAt(text, j))))
        {
            j++;
            if (j - i > 40)
            {
                return false;
            }
        }

        if (!ChineseNumber.TryParse(text.AsSpan(i, j - i), out decimal number))
        {
            return false;
        }

        bool yearLike = j - i == 4 && !text.AsSpan(i, 4).ContainsAny('.', '．', ',');
        return ScaleReader.TryRead(text, i, j, number, number, isArabic: true, yearLike, lastPlace: ScaleReader.PlaceOfLastDigit(text.AsSpan(i, j - i)), out core);
    }

    /// <summary><c>数百万</c>, <c>上百</c>, <c>上万</c>, <c>好几万</c>, <c>几十</c>: a span of sizes, not one number.</summary>
    private static bool TryReadLeadingApproximation(string text, int i, out NumberCore core)
    {
        core = default;
        int n = text.Length;
        char c = text[i];
        // Leading approximations: 数百万, 上百, 上万, 好几万, 几十, 几百.
        int lead = 0;
        decimal loDigit = 0;
        decimal hiDigit = 0;
        if (c == '数' || c == '几')
        {
            (lead, loDigit, hiDigit) = (1, 2, 9);
        }
        else if (c == '好' && i + 1 < n && text[i + 1] == '几')
        {
            (lead, loDigit, hiDigit) = (2, 3, 9);
        }
        else if (c == '上')
        {
            (lead, loDigit, hiDigit) = (1, 1, 9.99m);
        }

        if (lead > 0)
        {
            int k = i + lead;
            if (QuantityScanner.Starts(text, k, "百分之") || QuantityScanner.Starts(text, k, "千分之"))
            {
                return false; // "指数百分之三" is not "数百"
            }

            if (k >= n || ChineseNumber.Multiplier(text[k]) is not (>= 10 and var first) || (c == '上' && first < 100))
            {
                return false;
            }

            int j = k;
            while (j < n && ChineseNumber.Multiplier(text[j]) > 0)
            {
                j++;
            }

            if (!ChineseNumber.TryParse(text.AsSpan(k, j - k), out decimal scale))
            {
                return false;
            }

            // "上百" is a hundred or more, up to the next power (999); "数百" is a few hundred (200–900).
            core = new NumberCore
            {
                Lo = loDigit * scale, Hi = hiDigit * scale, End = j, NumberEnd = j, IsHedged = true, IsApproximate = true,
                Comparator = Comparator.Approx,
            };
            if (c == '上')
            {
                core = core with { Hi = (10 * scale) - 1 };
            }

            return true;
        }

        return false;
    }

    /// <summary>A run of Chinese numerals: a two-digit range (<c>两三个</c>), a placeholder (<c>十几万</c>), a bare scale (<c>千亿元</c>), or one number.</summary>
    private static bool TryReadChinese(string text, int i, out NumberCore core)
    {
        core = default;
        int n = text.Length;
        char c = text[i];
        if (!ChineseNumber.IsChineseNumeral(c))
        {
            return false;
        }

        // "两三个", "七八百万", "三四十": two neighbouring digits are a range.
        int d1 = ChineseNumber.ChineseDigit(c);
        if (d1 > 0 && i + 1 < n && ChineseNumber.ChineseDigit(text[i + 1]) is int d2 && d2 == d1 + 1 &&
            !(i + 2 < n && ChineseNumber.ChineseDigit(text[i + 2]) >= 0))
        {
            int j = i + 2;
            while (j < n && ChineseNumber.Multiplier(text[j]) > 0)
            {
                j++;
            }

            decimal scale = 1;
            if (j > i + 2 && !ChineseNumber.TryParse(text.AsSpan(i + 2, j - i - 2), out scale))
            {
                return false;
            }

            core = new NumberCore
            {
                Lo = d1 * scale, Hi = d2 * scale, End = j, NumberEnd = j, IsApproximate = true, Comparator = Comparator.Range,
                RequiresUnit = true,
            };
            return true;
        }

        // A Chinese numeral run, with 点 decimals and 几 as a placeholder digit ("十几万").
        int end = i;
        int placeholder = -1;
        while (end < n)
        {
            char ch = text[end];
            if (ChineseNumber.IsChineseNumeral(ch))
            {
                end++;
            }
            else if (ch is '点' or '點' && end + 1 < n && ChineseNumber.ChineseDigit(text[end + 1]) >= 0 && end > i)
            {
                end++;
            }
            else if (ch == '几' && placeholder < 0 && end > i && ChineseNumber.Multiplier(text[end - 1]) > 0)
            {
                placeholder = end;
                end++;
            }
            else
            {
                break;
            }

            if (end - i > 40)
            {
                return false;
            }
        }

        // Scale words after 多/余/来 belong to the number ("十多万"); read them in TryReadScaleAndHedge, so stop the run at the last
        // multiplier that is followed by a hedge.
        ReadOnlySpan<char> run = text.AsSpan(i, end - i);
        bool bareScale = ChineseNumber.Multiplier(c) >= 100;
        if (placeholder >= 0)
        {
            string lowText = string.Concat(text.AsSpan(i, placeholder - i), "一", text.AsSpan(placeholder + 1, end - placeholder - 1));
            string highText = string.Concat(text.AsSpan(i, placeholder - i), "九", text.AsSpan(placeholder + 1, end - placeholder - 1));
            if (!ChineseNumber.TryParse(lowText, out decimal low) || !ChineseNumber.TryParse(highText, out decimal high))
            {
                return false;
            }

            core = new NumberCore
            {
                Lo = low, Hi = high, End = end, NumberEnd = end, IsHedged = true, IsApproximate = true, Comparator = Comparator.Approx,
            };
            return true;
        }

        // The whole run must be one number: "十四五" (a plan) or "一五一十" (an idiom) is not fourteen or 151.
        int length = run.Length;
        if (!ChineseNumber.TryParse(run, out decimal value))
        {
            return false;
        }

        bool digitByDigit = true;
        foreach (char ch in run[..length])
        {
            digitByDigit &= ChineseNumber.Multiplier(ch) == 0 && ch is not ('点' or '點');
        }

        if (bareScale)
        {
            // "千亿元产业集群", "万元GDP": a scale word with no digit is a class of size; it needs a unit to mean anything.
            int scaleEnd = i + length;
            int unitEnd = UnitReader.Read(text, scaleEnd, out string unit, out _);
            core = new NumberCore
            {
                Lo = value, End = unitEnd, NumberEnd = scaleEnd, Unit = unit, IsMagnitudeClass = true, Comparator = Comparator.Eq,
            };
            return unit.Length > 0;
        }

        return ScaleReader.TryRead(text, i, i + length, value, value, isArabic: false, yearLike: digitByDigit && length == 4,
            lastPlace: digitByDigit ? 1 : ScaleReader.PlaceOfLastChineseDigit(run[..length]), out core);
    }
}
