namespace PolicyLens.Text;

/// <summary>
/// Reads one number written the ways Chinese official text writes them — Arabic (<c>1100</c>, full-width <c>１１００</c>),
/// Chinese numerals (<c>一百九十万零三千九百七十一</c>, <c>两百</c>, 大写 <c>伍仟</c>), mixed (<c>1.3万亿</c>, <c>十五点八万</c>)
/// and digit by digit (<c>二〇二〇</c>, <c>一七二零</c>) — into an exact <see cref="decimal"/>.
/// </summary>
/// <remarks>
/// This reads a whole span that is known to be a number; finding numbers in running text, with their units and
/// qualifiers, is the Extraction stage's <c>QuantityScanner</c>'s job. It lives in the Text stage because reading
/// session names and dates (十五届, 二〇二〇年) needs it too. Values are decimal so that <c>3541.07万</c> is 35410700 exactly.
/// </remarks>
public static class ChineseNumber
{
    // Large enough for 万亿亿 and any figure a report states; small enough that no arithmetic below can overflow decimal.
    private const decimal Limit = 1e26m;

    /// <summary>Parses <paramref name="text"/> as one number, or returns false.</summary>
    /// <example><c>ChineseNumber.TryParse("一万五千亿", out var v)</c> gives 1500000000000.</example>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty || text.Length > 64)
        {
            return false;
        }

        return IsArabicDigit(text[0]) ? TryParseArabic(text, out value) : TryParseChinese(text, out value);
    }

    /// <summary>Parses <paramref name="text"/> as one number.</summary>
    /// <exception cref="FormatException">The text is not a number this parser reads.</exception>
    public static decimal Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out decimal value) ? value : throw new FormatException($"'{text}' is not a number.");
    }

    /// <summary>
    /// A whole number such as a session's term or a date's month (<c>十五</c>, <c>15</c>, <c>一百零三</c>), or null when the
    /// text is not exactly one whole number up to 10,000.
    /// </summary>
    internal static int? ParseWhole(ReadOnlySpan<char> text) =>
        TryParse(text, out decimal value) && value == decimal.Truncate(value) && value is >= 0 and <= 10_000 ? (int)value : null;

    /// <summary>A year written digit by digit (<c>二〇二〇</c>) or in Arabic digits (<c>2020</c>); null for anything else.</summary>
    internal static int? ParseYear(ReadOnlySpan<char> text)
    {
        if (text.Length is < 2 or > 4)
        {
            return null;
        }

        int year = 0;
        foreach (char c in text)
        {
            int d = ArabicDigit(c) is >= 0 and var arabic ? arabic : c == '两' ? -1 : ChineseDigit(c);
            if (d < 0)
            {
                return null;
            }

            year = (year * 10) + d;
        }

        return year;
    }

    /// <summary>The value of an Arabic digit, ASCII or full-width; −1 for anything else.</summary>
    internal static int ArabicDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };

    internal static bool IsArabicDigit(char c) => ArabicDigit(c) >= 0;

    /// <summary>The value of a Chinese digit (小写, 大写, 两, 〇); −1 for anything else.</summary>
    internal static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' or '貳' or '兩' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>The value of a multiplier (十 百 千 万 亿 and their 大写/traditional forms); 0 for anything else.</summary>
    internal static decimal Multiplier(char c) => c switch
    {
        '十' or '拾' => 10m,
        '百' or '佰' => 100m,
        '千' or '仟' => 1000m,
        '万' or '萬' => 10000m,
        '亿' or '億' => 100000000m,
        _ => 0m,
    };

    internal static bool IsUpperCaseNumeral(char c) => c is '壹' or '贰' or '貳' or '叁' or '參' or '肆' or '伍' or '陆' or '陸' or '柒' or '捌' or '玖' or '拾' or '佰' or '仟';

    /// <summary>Every character <see cref="IsChineseNumeral"/> accepts, for scanners that skip to the next one.</summary>
    internal const string Numerals = "零〇一壹二两贰貳兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億";

    /// <summary>
    /// A table over every UTF-16 unit that is true for the characters of <paramref name="characters"/>: one load per
    /// character for scanners that skip to the next possible start (SearchValues over CJK characters falls back to a
    /// probabilistic map that confirms nearly every Han character by a linear search, slower than this on Chinese text).
    /// </summary>
    internal static bool[] CharacterTable(string characters)
    {
        var table = new bool[char.MaxValue + 1];
        foreach (char c in characters)
        {
            table[c] = true;
        }

        return table;
    }

    // The characters of ChineseDigit and Multiplier in one table: this runs on every character the quantity scanner and
    // the plan finder read, and Multiplier's decimal comparison made it the targets stage's hottest line.
    internal static bool IsChineseNumeral(char c) => NumeralTable[c];

    private static readonly bool[] NumeralTable = CharacterTable(Numerals);

    internal static bool IsDecimalPoint(char c) => c is '.' or '．';

    /// <summary>Multiplies, or fails when the result would leave the range this parser promises to keep exact.</summary>
    internal static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        product = 0;
        if (a != 0 && Math.Abs(b) > Limit / Math.Abs(a))
        {
            return false;
        }

        product = a * b;
        return true;
    }

    private static bool TryParseArabic(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        int i = 0;
        decimal integer = 0;
        int digits = 0;
        for (; i < text.Length; i++)
        {
            int d = ArabicDigit(text[i]);
            if (d >= 0)
            {
                if (++digits > 24)
                {
                    return false;
                }

                integer = (integer * 10) + d;
            }
            else if (text[i] == ',' && digits > 0 && IsThousandsGroup(text, i))
            {
                // "89,404": an ASCII comma before exactly three digits groups thousands. A full-width "，" never does:
                // "20，300" is two numbers.
            }
            else
            {
                break;
            }
        }

        decimal fraction = 0;
        if (i < text.Length && IsDecimalPoint(text[i]))
        {
            i++;
            decimal place = 0.1m;
            int fractionDigits = 0;
            for (; i < text.Length && ArabicDigit(text[i]) is int d and >= 0; i++)
            {
                if (++fractionDigits > 20)
                {
                    return false;
                }

                fraction += d * place;
                place /= 10;
            }

            if (fractionDigits == 0)
            {
                return false;
            }
        }

        value = integer + fraction;
        return ApplyScale(text[i..], ref value);
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int comma)
    {
        int n = 0;
        int j = comma + 1;
        for (; j < text.Length && text[j] is >= '0' and <= '9'; j++)
        {
            n++;
        }

        return n == 3;
    }

    /// <summary>Applies trailing scale words (<c>万</c>, <c>亿</c>, <c>万亿</c>, <c>千亿</c>…) to an Arabic number.</summary>
    private static bool ApplyScale(ReadOnlySpan<char> scale, ref decimal value)
    {
        foreach (char c in scale)
        {
            decimal m = Multiplier(c);
            if (m == 0 || !TryMultiply(value, m, out value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseChinese(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (!IsChineseNumeral(c) && c != '点' && c != '點')
            {
                return false;
            }
        }

        bool hasMultiplier = false;
        foreach (char c in text)
        {
            hasMultiplier |= Multiplier(c) > 0;
        }

        int point = text.IndexOfAny('点', '點');
        if (!hasMultiplier && point < 0)
        {
            return TryParseDigitByDigit(text, out value);
        }

        return TryParsePositional(text, out value);
    }

    /// <summary><c>二〇二〇</c> → 2020, <c>一七二零</c> → 1720: digits read one by one, as years are written.</summary>
    private static bool TryParseDigitByDigit(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.Length > 24)
        {
            return false;
        }

        foreach (char c in text)
        {
            value = (value * 10) + ChineseDigit(c);
        }

        return true;
    }

    /// <summary>
    /// The positional grammar: digits times 十/百/千 make a section, 万 and 亿 scale everything before them
    /// (<c>一万五千亿</c> = 15000 × 1e8), <c>零</c> marks a skipped place, <c>点</c> starts decimals
    /// (<c>十五点八万</c> = 15.8 × 1e4), and a final digit after 百/千/万 with no 零 takes the next place down
    /// (<c>三百五</c> = 350, <c>一万五</c> = 15000).
    /// </summary>
    private static bool TryParsePositional(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        decimal high = 0;    // everything already scaled by 亿
        decimal mid = 0;     // everything already scaled by 万 (since the last 亿)
        decimal section = 0; // below 万
        decimal digit = 0;
        bool hasDigit = false;
        bool zeroSinceMultiplier = false;
        decimal lastMultiplier = 0;
        char previous = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int d = ChineseDigit(c);
            if (d >= 0)
            {
                if (hasDigit && d != 0 && ChineseDigit(previous) > 0)
                {
                    return false; // "十四五", "一二": two digits with no place between are not one positional number
                }

                if (d == 0)
                {
                    zeroSinceMultiplier = true;
                }

                digit = d;
                hasDigit = d != 0 || hasDigit;
                previous = c;
                continue;
            }

            if (c is '点' or '點')
            {
                if (!TryReadDecimals(text[(i + 1)..], out decimal fraction, out int used))
                {
                    return false;
                }

                section += digit + fraction;
                digit = 0;
                hasDigit = false;
                i += used;
                previous = '点';
                lastMultiplier = 0;
                continue;
            }

            decimal m = Multiplier(c);
            if (m <= 1000)
            {
                if (Multiplier(previous) is > 0 and <= 1000 && previous != '\0')
                {
                    return false; // "十百", "百千"
                }

                if (m <= lastMultiplier && lastMultiplier <= 1000 && lastMultiplier > 0 && !zeroSinceMultiplier && digit == 0)
                {
                    return false;
                }

                // "十" alone or after 零 means one ten; elsewhere a multiplier needs its digit.
                decimal times = digit == 0 ? (m == 10 ? 1 : (previous == '\0' ? 1 : 0)) : digit;
                if (times == 0)
                {
                    return false;
                }

                section += times * m;
                digit = 0;
                hasDigit = false;
                zeroSinceMultiplier = false;
                lastMultiplier = m;
                previous = c;
                continue;
            }

            // 万 or 亿
            decimal below = section + digit;
            if (below == 0 && mid == 0 && high == 0 && previous != '\0')
            {
                return false;
            }

            if (below == 0 && previous == '\0')
            {
                below = 1; // a bare "万"/"亿" as a whole number means one of it
            }

            if (m == 10000m)
            {
                if (!TryMultiply(mid + below, m, out mid))
                {
                    return false;
                }
            }
            else
            {
                if (!TryMultiply(high + mid + below, m, out high))
                {
                    return false;
                }

                mid = 0;
            }

            section = 0;
            digit = 0;
            hasDigit = false;
            zeroSinceMultiplier = false;
            lastMultiplier = m;
            previous = c;
        }

        // "三百五" = 350, "一万五" = 15000: a last digit straight after 百/千/万/亿 stands for the next place down.
        if (digit != 0 && ChineseDigit(previous) > 0 && lastMultiplier >= 100 && !zeroSinceMultiplier && text.Length >= 2 &&
            Multiplier(text[^2]) == lastMultiplier)
        {
            digit *= lastMultiplier / 10;
        }

        value = high + mid + section + digit;
        return true;
    }

    private static bool TryReadDecimals(ReadOnlySpan<char> text, out decimal fraction, out int used)
    {
        fraction = 0;
        used = 0;
        decimal place = 0.1m;
        while (used < text.Length && ChineseDigit(text[used]) is int d and >= 0)
        {
            if (used >= 20)
            {
                return false;
            }

            fraction += d * place;
            place /= 10;
            used++;
        }

        return used > 0;
    }
}
