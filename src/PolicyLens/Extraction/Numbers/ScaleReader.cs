// What follows a number's digits: scale words and hedges (500多亿, 十多万, 5万多).
using PolicyLens.Text;

namespace PolicyLens.Extraction.Numbers;

/// <summary>Scale words (万, 亿, 万亿) and hedges (多, 余, 来) after a number's digits, in either order.</summary>
internal static class ScaleReader
{
    /// <summary>After the digits: 多/余/来 and scale words in either order ("500多亿", "1100万", "十多万", "5万多").</summary>
    internal static bool TryRead(string text, int start, int j, decimal lo, decimal hi, bool isArabic, bool yearLike, decimal lastPlace, out NumberCore core)
    {
        int n = text.Length;
        decimal scale = 1;
        bool hedge = false;
        bool roughly = false;
        decimal place = lastPlace;
        for (int pass = 0; pass < 2 && j < n; pass++)
        {
            if (!hedge && text[j] is '多' or '余' && j > start && (isArabic || ChineseNumber.Multiplier(text[j - 1]) > 0))
            {
                hedge = true;
                j++;
                continue;
            }

            if (!hedge && text[j] == '来' && !isArabic && ChineseNumber.Multiplier(text[j - 1]) > 0 && j + 1 < n && (ChineseNumber.Multiplier(text[j + 1]) >= 10000 || UnitReader.StartsAt(text, j + 1)))
            {
                hedge = true;
                roughly = true;
                j++;
                continue;
            }

            // Scale words: 万, 亿, 万亿, 千亿, 百万… (a bare 十 after Arabic digits is not one).
            int k = j;
            while (k < n && ChineseNumber.Multiplier(text[k]) >= (isArabic ? 100 : 10000) && !UnitReader.StartsAt(text, k))
            {
                k++;
            }

            if (k == j)
            {
                break;
            }

            if (!ChineseNumber.TryParse(string.Concat("1", text.AsSpan(j, k - j)), out decimal s) || !ChineseNumber.TryMultiply(scale, s, out scale))
            {
                core = default;
                return false;
            }

            j = k;
        }

        if (!ChineseNumber.TryMultiply(lo, scale, out decimal low) || !ChineseNumber.TryMultiply(hi, scale, out decimal high) ||
            !ChineseNumber.TryMultiply(place, scale, out decimal step))
        {
            core = default;
            return false;
        }

        core = new NumberCore { Lo = low, End = j, NumberEnd = j, IsArabic = isArabic, IsYearLike = yearLike && scale == 1 && !hedge, Scale = scale, Comparator = Comparator.Eq };
        if (hedge && roughly)
        {
            // "十来万": about a hundred thousand; taken as up to half a step more (a guess: 来 is vaguer than 多).
            core = core with { Hi = low + (step / 2), IsApproximate = true, IsHedged = true, Comparator = Comparator.Approx };
        }
        else if (hedge)
        {
            // "500多亿": more than 500亿, less than 600亿.
            core = core with { Hi = high + step, IsApproximate = true, IsHedged = true, Comparator = Comparator.Gt };
        }

        return true;
    }

    internal static decimal PlaceOfLastDigit(ReadOnlySpan<char> arabic)
    {
        if (arabic.ContainsAny('.', '．'))
        {
            return 1;
        }

        decimal place = 1;
        for (int k = arabic.Length - 1; k > 0 && arabic[k] is '0' or '０' or ','; k--)
        {
            if (arabic[k] != ',')
            {
                place *= 10;
            }
        }

        return place;
    }

    internal static decimal PlaceOfLastChineseDigit(ReadOnlySpan<char> run)
    {
        // "七百" → 100, "十" → 10, "三千五" (=3500) → 100, "十五" → 1.
        if (run.IsEmpty)
        {
            return 1;
        }

        decimal m = ChineseNumber.Multiplier(run[^1]);
        if (m > 0)
        {
            return m >= 10000 ? 1 : m;
        }

        return run.Length >= 2 && ChineseNumber.Multiplier(run[^2]) is decimal before && before >= 100 ? before / 10 : 1;
    }

    internal static bool IsThousandsGroupAt(string text, int comma)
    {
        int k = comma + 1;
        int count = 0;
        while (k < text.Length && text[k] is >= '0' and <= '9')
        {
            count++;
            k++;
        }

        return count == 3 && comma > 0 && text[comma - 1] is >= '0' and <= '9';
    }
}
