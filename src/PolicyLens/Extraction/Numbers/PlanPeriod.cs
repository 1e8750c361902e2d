// Five-year plans named in text and the years they cover.
using PolicyLens.Text;

namespace PolicyLens.Extraction.Numbers;

/// <summary>
/// A five-year plan, named by its ordinal: <c>“十四五”</c> and <c>第十四个五年规划</c> are the 14th plan, 2021–2025.
/// These names are labels, not quantities: the number layer resolves them to their period and never reads
/// <c>十四五</c> as a number.
/// </summary>
/// <param name="Ordinal">1 for the first plan (1953–1957), 14 for “十四五”.</param>
public readonly record struct PlanPeriod(int Ordinal)
{
    /// <summary>The first year of the plan. The 2nd plan ended in 1962 and the 3rd began in 1966 (1963–65 was a readjustment), hence the offset.</summary>
    public int StartYear => FiveYearPlan.StartYear(Ordinal);

    /// <summary>The last year of the plan.</summary>
    public int EndYear => StartYear + 4;

    /// <summary>The plan's usual short name, e.g. <c>十四五</c>.</summary>
    public override string ToString() => $"{OrdinalText(Ordinal)}五 ({StartYear}–{EndYear})";

    /// <summary>The plan that covers <paramref name="year"/>, or null before 1953 and in 1963–1965.</summary>
    public static PlanPeriod? Covering(int year)
    {
        if (year is < 1953 or (>= 1963 and <= 1965))
        {
            return null;
        }

        if (year < 1963)
        {
            return new PlanPeriod(year < 1958 ? 1 : 2);
        }

        return new PlanPeriod(3 + ((year - 1966) / 5));
    }

    /// <summary>
    /// Every plan named in <paramref name="text"/>: <c>“十三五”</c> (quoted), <c>十四五规划</c>, <c>十四五时期</c>,
    /// <c>第十四个五年规划</c>. Returns (period, start, length) with offsets into the text.
    /// </summary>
    public static IReadOnlyList<(PlanPeriod Period, int Start, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(PlanPeriod, int, int)>();
        for (int i = 0; i < text.Length; i++)
        {
            // A name starts with 第 or a numeral: skip to the next one.
            bool[] starts = NameStarts;
            while (i < text.Length && !starts[text[i]])
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            if (text[i] == '第' && TryReadLongName(text, i, out int ordinal, out int longLength))
            {
                found.Add((new PlanPeriod(ordinal), i, longLength));
                i += longLength - 1;
                continue;
            }

            if ((i == 0 || !ChineseNumber.IsChineseNumeral(text[i - 1]) || text[i - 1] == '第') && ChineseNumber.IsChineseNumeral(text[i]) &&
                TryReadShortName(text, i, out ordinal, out int length))
            {
                found.Add((new PlanPeriod(ordinal), i, length));
                i += length - 1;
            }
        }

        return found;
    }

    private static readonly bool[] NameStarts = ChineseNumber.CharacterTable("第" + ChineseNumber.Numerals);

    /// <summary>The number written in <c>“十四五”</c>-style names; the ordinal written in Chinese, 1–20.</summary>
    internal static string OrdinalText(int ordinal) => ordinal switch
    {
        < 10 => "一二三四五六七八九"[ordinal - 1].ToString(),
        10 => "十",
        < 20 => "十" + "一二三四五六七八九"[ordinal - 11],
        20 => "二十",
        _ => ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary><c>十四五</c> at <paramref name="start"/>, when quoted or followed by 规划/计划/时期/期间/末/初/以来/开局/收官.</summary>
    internal static bool TryReadShortName(string text, int start, out int ordinal, out int length)
    {
        length = 0;
        if (!TryReadOrdinal(text, start, out ordinal, out int after) || after >= text.Length || text[after] != '五')
        {
            return false;
        }

        // "十五" is both the 10th plan ("十五"计划) and fifteen: read "十" + "五" as the 10th plan only in the contexts below.
        int end = after + 1;
        if (end < text.Length && ChineseNumber.IsChineseNumeral(text[end]))
        {
            return false;
        }

        bool quoted = start > 0 && text[start - 1] is '“' or '"' or '「' or '‘' && end < text.Length && text[end] is '”' or '"' or '」' or '’';
        ReadOnlySpan<char> rest = text.AsSpan(end);
        if (rest.Length > 0 && rest[0] is '”' or '"' or '」' or '’')
        {
            rest = rest[1..];
        }

        bool planWord = rest.StartsWith("规划") || rest.StartsWith("计划") || rest.StartsWith("时期") || rest.StartsWith("期间") ||
                        rest.StartsWith("末") || rest.StartsWith("初") || rest.StartsWith("以来") || rest.StartsWith("开局") ||
                        rest.StartsWith("收官") || rest.StartsWith("前") || rest.StartsWith("中");
        if (!quoted && !planWord)
        {
            return false;
        }

        length = end - start;
        return ordinal is >= 1 and <= 20;
    }

    /// <summary><c>第十四个五年规划</c> (or 计划) at <paramref name="start"/>, the 第.</summary>
    private static bool TryReadLongName(string text, int start, out int ordinal, out int length)
    {
        ordinal = 0;
        length = 0;
        int j = start + 1;
        while (j < text.Length && j - start <= 4 && ChineseNumber.IsChineseNumeral(text[j]))
        {
            j++;
        }

        if (j == start + 1 || !ChineseNumber.TryParse(text.AsSpan(start + 1, j - start - 1), out decimal value) || value is < 1 or > 20)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text.AsSpan(j);
        if (!rest.StartsWith("个五年规划") && !rest.StartsWith("个五年计划"))
        {
            return false;
        }

        ordinal = (int)value;
        length = j + 5 - start;
        return true;
    }

    private static bool TryReadOrdinal(string text, int start, out int ordinal, out int after)
    {
        ordinal = 0;
        after = start;
        if (start >= text.Length)
        {
            return false;
        }

        int first = ChineseNumber.ChineseDigit(text[start]);
        if (text[start] == '十')
        {
            ordinal = 10;
            after = start + 1;
            if (after < text.Length && ChineseNumber.ChineseDigit(text[after]) is int d and > 0 && text[after] != '两')
            {
                // "十五" followed by "五" would be "十五五": the 15th plan. Take the digit only when a 五 follows it.
                if (after + 1 < text.Length && text[after + 1] == '五')
                {
                    ordinal = 10 + d;
                    after++;
                }
            }

            return true;
        }

        if (first is > 0 && text[start] != '两')
        {
            ordinal = first;
            after = start + 1;
            if (first == 2 && after < text.Length && text[after] == '十')
            {
                ordinal = 20;
                after++;
            }

            return true;
        }

        return false;
    }
}
