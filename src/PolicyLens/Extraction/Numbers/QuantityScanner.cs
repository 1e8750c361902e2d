using PolicyLens.Text;

namespace PolicyLens.Extraction.Numbers;

/// <summary>
/// Finds every quantity in running Chinese text: the number in any of its written forms (see <see cref="ChineseNumber"/>),
/// its unit normalised (<c>万人</c> → ×1e4 人, <c>个百分点</c> → pp), its bound (<c>以上</c>, <c>不超过</c>, <c>控制在…以内</c>),
/// ranges (<c>6%－6.5%</c>, <c>百分之八至九</c>, <c>两三个</c>), and hedges (<c>十几万</c>, <c>500多亿</c>, <c>上百</c>).
/// </summary>
/// <remarks>
/// Chinese numerals are everywhere in ordinary words (<c>一些</c>, <c>统一</c>, <c>十分</c>, <c>千万</c>, and 大写 digits in
/// <c>收拾</c>, <c>队伍</c>, <c>大陆</c>), so a Chinese numeral counts as a quantity only with evidence: a unit or measure word
/// after it, <c>百分之</c> before it, or a positional form of two or more characters (<c>一千零十</c>). Ordinals
/// (<c>第十</c>), plan names (<c>十四五</c>) and numbered formulas (<c>两个维护</c>, <c>三农</c>) are never quantities.
/// Arabic digits, full-width or not, always are. The scanner never throws and runs in time linear in the text.
/// </remarks>
public static class QuantityScanner
{
    /// <summary>Every quantity in <paramref name="text"/>, in order, with offsets into it.</summary>
    /// <example><c>QuantityScanner.Scan("城镇新增就业1100万人以上")</c> gives one quantity: Ge 11000000 人.</example>
    public static IReadOnlyList<Quantity> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Quantity>();
        if (text.Length == 0)
        {
            return found;
        }

        bool[] blocked = new bool[text.Length];
        Formulas.Mark(text, blocked);
        int i = 0;
        while (i < text.Length)
        {
            if (!blocked[i] && TryRead(text, i, blocked, out Quantity? quantity))
            {
                found.Add(quantity);
                i = Math.Max(i + 1, quantity.End);
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>The one quantity that makes up all of <paramref name="text"/> (bounds and unit included), or null.</summary>
    public static Quantity? ParseOne(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<Quantity> all = Scan(text);
        return all.Count == 1 ? all[0] : null;
    }

    private static bool TryRead(string text, int i, bool[] blocked, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Quantity? quantity)
    {
        quantity = null;
        char c = text[i];
        if (c == '翻')
        {
            return TryReadDoubling(text, i, out quantity);
        }

        // Do not start inside a number that was rejected as a whole ("十四五", "一二三").
        if (i > 0 && (IsNumberChar(text[i - 1]) && !(IsArabic(c) ^ IsArabic(text[i - 1])) || text[i - 1] == '第'))
        {
            return false;
        }

        Core core;
        if (Starts(text, i, "百分之") || Starts(text, i, "千分之"))
        {
            if (!TryReadPercentWords(text, i, out core))
            {
                return false;
            }
        }
        else if (!TryReadCore(text, i, out core))
        {
            return false;
        }

        if (Array.IndexOf(blocked, true, i, core.End - i) >= 0)
        {
            return false;
        }

        // "三分之一": a fraction, read from the denominator.
        if (!core.IsPercentWords && !core.IsHedged && !core.IsMagnitudeClass && core.Unit.Length == 0 && Starts(text, core.End, "分之") &&
            TryReadPlainNumber(text, core.End + 2, out decimal numerator, out int fractionEnd) && core.Lo is decimal denominator and not 0)
        {
            core = core with { Lo = numerator / denominator, End = fractionEnd, NumberEnd = fractionEnd, IsFraction = true };
        }

        int end = core.End;
        string unit = core.Unit;
        if (unit.Length == 0 && !core.IsFraction)
        {
            end = ReadUnit(text, end, out unit, out decimal extra);
            core = core.Plus(extra);
        }

        // A range: "6%－6.5%", "8—9%", "8—9万人", "2016—2020年" ("百分之八至九" was read with its 百分之).
        if (core.Comparator != Comparator.Range && TryReadRangeEnd(text, end, unit, core, out Core range, out int rangeEnd, out string rangeUnit))
        {
            core = range;
            unit = rangeUnit;
            end = rangeEnd;
        }

        if (!IsAccepted(text, i, core, unit))
        {
            return false;
        }

        int start = i;
        Comparator comparator = core.Comparator;
        bool approximate = core.IsApproximate;
        (Comparator? prefix, int prefixStart) = ReadPrefix(text, start);
        if (prefix.HasValue)
        {
            start = prefixStart;
        }

        bool negative = false;
        if (ReadDecreaseVerb(text, start) is int verbStart)
        {
            negative = true;
            start = verbStart;
        }

        (Comparator? suffix, int suffixEnd) = ReadSuffix(text, end);
        end = suffixEnd;
        if (suffix.HasValue)
        {
            approximate |= suffix == Comparator.Approx;
            if (comparator != Comparator.Range)
            {
                comparator = suffix.Value;
            }
        }
        else if (prefix.HasValue && comparator == Comparator.Eq)
        {
            comparator = prefix.Value;
            approximate |= prefix == Comparator.Approx;
        }

        decimal value = core.Lo!.Value;
        decimal? max = core.Hi;
        if (negative)
        {
            // "下降3%以上" is a change of −3 % or less: the sign flips the bound's direction too.
            (value, max) = max.HasValue ? (-max.Value, (decimal?)(-value)) : (-value, null);
            comparator = comparator switch
            {
                Comparator.Ge => Comparator.Le,
                Comparator.Gt => Comparator.Lt,
                Comparator.Le => Comparator.Ge,
                Comparator.Lt => Comparator.Gt,
                _ => comparator,
            };
        }

        QuantityKind kind = core.IsMagnitudeClass ? QuantityKind.MagnitudeClass
            : unit == "年" && core.IsYearLike && value >= 1000 && value <= 2200 && !negative ? QuantityKind.Year
            : QuantityKind.Amount;
        quantity = new Quantity(start, end - start, value, max, comparator, approximate, unit, kind);
        return true;
    }

    /// <summary>Whether the number just read is a quantity rather than a numeral inside an ordinary word.</summary>
    private static bool IsAccepted(string text, int start, Core core, string unit)
    {
        if (core.IsArabic || core.IsPercentWords || core.IsFraction)
        {
            return true;
        }

        if (core.RequiresUnit && unit.Length == 0)
        {
            return false;
        }

        ReadOnlySpan<char> run = text.AsSpan(start, core.NumberEnd - start);
        bool upperCaseOnly = true;
        foreach (char ch in run)
        {
            upperCaseOnly &= ChineseNumber.IsUpperCaseNumeral(ch);
        }

        // 收拾, 队伍, 大陆, 放肆: a lone 大写 digit is a number only when money follows it.
        if (upperCaseOnly && run.Length == 1)
        {
            return unit == "元";
        }

        if (unit.Length > 0)
        {
            return true;
        }

        if (core.IsMagnitudeClass)
        {
            return false;
        }

        if (core.IsHedged)
        {
            return true; // 十几万, 数百万, 上百: the hedge itself shows a number is meant
        }

        int digits = 0;
        int multipliers = 0;
        foreach (char ch in run)
        {
            digits += ChineseNumber.ChineseDigit(ch) >= 0 ? 1 : 0;
            multipliers += ChineseNumber.Multiplier(ch) > 0 ? 1 : 0;
        }

        // "一千零十", "三十": positional with a digit; "一七二零": digit by digit, long enough not to be a word ("一一").
        return (multipliers > 0 && digits > 0 && run.Length >= 2) || (multipliers == 0 && digits >= 3);
    }

    private static bool IsArabic(char c) => ChineseNumber.IsArabicDigit(c);

    private static bool IsNumberChar(char c) => IsArabic(c) || ChineseNumber.IsChineseNumeral(c) || ChineseNumber.IsDecimalPoint(c);

    private static bool Starts(string text, int i, string word) => string.CompareOrdinal(text, i, word, 0, word.Length) == 0 && i + word.Length <= text.Length;

    /// <summary><c>翻一番</c> (×2), <c>翻两番</c> (×4), <c>翻番</c> (×2).</summary>
    private static bool TryReadDoubling(string text, int i, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Quantity? quantity)
    {
        quantity = null;
        if (Starts(text, i, "翻番"))
        {
            quantity = new Quantity(i, 2, 2, null, Comparator.Eq, false, "倍", QuantityKind.Amount);
            return true;
        }

        if (i + 2 < text.Length && text[i + 2] == '番' && ChineseNumber.ChineseDigit(text[i + 1]) is int n and >= 1 and <= 4)
        {
            quantity = new Quantity(i, 3, (decimal)Math.Pow(2, n), null, Comparator.Eq, false, "倍", QuantityKind.Amount);
            return true;
        }

        return false;
    }

    /// <summary><c>百分之六点五</c>, <c>百分之零点九</c>, <c>百分之八至九</c>, <c>千分之三</c>.</summary>
    private static bool TryReadPercentWords(string text, int i, out Core core)
    {
        core = default;
        string unit = text[i] == '百' ? "%" : "‰";
        int j = i + 3;
        if (!TryReadPlainNumber(text, j, out decimal lo, out int after))
        {
            return false;
        }

        decimal? hi = null;
        int end = after;
        if (after < text.Length && text[after] is '至' or '到' or '—' or '－' or '-' or '–' or '~' or '～')
        {
            int k = after + 1;
            if (Starts(text, k, unit == "%" ? "百分之" : "千分之"))
            {
                k += 3;
            }

            if (TryReadPlainNumber(text, k, out decimal upper, out int upperEnd) && upper > lo)
            {
                hi = upper;
                end = upperEnd;
            }
        }

        core = new Core
        {
            Lo = lo, Hi = hi, End = end, NumberEnd = end, Unit = unit, IsPercentWords = true,
            Comparator = hi.HasValue ? Comparator.Range : Comparator.Eq,
        };
        return true;
    }

    /// <summary>A number with no hedge: Arabic (with decimals) or Chinese (with 点), as used after 百分之.</summary>
    private static bool TryReadPlainNumber(string text, int i, out decimal value, out int end)
    {
        value = 0;
        end = i;
        while (end < text.Length && (IsArabic(text[end]) || ChineseNumber.IsChineseNumeral(text[end]) ||
                                     ((text[end] is '点' or '.' or '．') && end + 1 < text.Length && IsNumberChar(text[end + 1]))))
        {
            end++;
        }

        // Scale words belong to the number only in "百分之" forms when a digit precedes them; drop a trailing 万/亿 otherwise.
        return end > i && end - i <= 40 && ChineseNumber.TryParse(text.AsSpan(i, end - i), out value);
    }

    /// <summary>
    /// The number itself, with its hedges: Arabic with scale words (<c>1.3万亿</c>, <c>500多亿</c>), Chinese
    /// (<c>十五点八万</c>, <c>十几万</c>, <c>两三</c>), and leading approximations (<c>数百万</c>, <c>上百</c>, <c>好几万</c>, <c>几十</c>).
    /// </summary>
    private static bool TryReadCore(string text, int i, out Core core)
    {
        core = default;
        int n = text.Length;
        char c = text[i];
        if (IsArabic(c))
        {
            int j = i;
            while (j < n && (IsArabic(text[j]) || (ChineseNumber.IsDecimalPoint(text[j]) && j + 1 < n && IsArabic(text[j + 1])) ||
                             (text[j] == ',' && j + 3 < n + 0 && IsThousandsGroupAt(text, j))))
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
            return TryReadScaleAndHedge(text, i, j, number, number, isArabic: true, yearLike, lastPlace: PlaceOfLastDigit(text.AsSpan(i, j - i)), out core);
        }

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
            if (Starts(text, k, "百分之") || Starts(text, k, "千分之"))
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
            core = new Core
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

            core = new Core
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

            core = new Core
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
            int unitEnd = ReadUnit(text, scaleEnd, out string unit, out _);
            core = new Core
            {
                Lo = value, End = unitEnd, NumberEnd = scaleEnd, Unit = unit, IsMagnitudeClass = true, Comparator = Comparator.Eq,
            };
            return unit.Length > 0;
        }

        return TryReadScaleAndHedge(text, i, i + length, value, value, isArabic: false, yearLike: digitByDigit && length == 4,
            lastPlace: digitByDigit ? 1 : PlaceOfLastChineseDigit(run[..length]), out core);
    }

    /// <summary>After the digits: 多/余/来 and scale words in either order ("500多亿", "1100万", "十多万", "5万多").</summary>
    private static bool TryReadScaleAndHedge(string text, int start, int j, decimal lo, decimal hi, bool isArabic, bool yearLike, decimal lastPlace, out Core core)
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

            if (!hedge && text[j] == '来' && !isArabic && ChineseNumber.Multiplier(text[j - 1]) > 0 && j + 1 < n && (ChineseNumber.Multiplier(text[j + 1]) >= 10000 || UnitStarts(text, j + 1)))
            {
                hedge = true;
                roughly = true;
                j++;
                continue;
            }

            // Scale words: 万, 亿, 万亿, 千亿, 百万… (a bare 十 after Arabic digits is not one).
            int k = j;
            while (k < n && ChineseNumber.Multiplier(text[k]) >= (isArabic ? 100 : 10000) && !UnitStarts(text, k))
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

        core = new Core { Lo = low, End = j, NumberEnd = j, IsArabic = isArabic, IsYearLike = yearLike && scale == 1 && !hedge, Scale = scale, Comparator = Comparator.Eq };
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

    private static decimal PlaceOfLastDigit(ReadOnlySpan<char> arabic)
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

    private static decimal PlaceOfLastChineseDigit(ReadOnlySpan<char> run)
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

    private static bool IsThousandsGroupAt(string text, int comma)
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

    private static bool UnitStarts(string text, int i) => Units.Match(text, i, out _) > 0;

    /// <summary>Reads a unit at <paramref name="i"/> (after optional spaces before a percent sign), with 元…角…分 compounds.</summary>
    private static int ReadUnit(string text, int i, out string unit, out decimal extra)
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
    private static int ReadJiaoFen(string text, int end, ref decimal extra)
    {
        foreach ((char unitChar, decimal worth) in new[] { ('角', 0.1m), ('分', 0.01m) })
        {
            int k = end;
            while (k < text.Length && k - end < 3 && (IsArabic(text[k]) || ChineseNumber.ChineseDigit(text[k]) >= 0))
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

    /// <summary>The other end of a range after <paramref name="i"/>: "－6.5%", "—5.5%", "至9%", "—2020年"; returns the whole range.</summary>
    private static bool TryReadRangeEnd(string text, int i, string unit, Core first, out Core range, out int end, out string rangeUnit)
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

        bool arabic = IsArabic(text[k]);
        if (arabic != first.IsArabic || !(arabic || ChineseNumber.IsChineseNumeral(text[k])))
        {
            return false;
        }

        if (!TryReadCore(text, k, out Core second) || second.IsMagnitudeClass || second.Hi.HasValue || !second.Lo.HasValue)
        {
            return false;
        }

        int afterSecond = second.End;
        string secondUnit = second.Unit;
        if (secondUnit.Length == 0)
        {
            afterSecond = ReadUnit(text, afterSecond, out secondUnit, out decimal extra);
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

    private static (Comparator? Comparator, int Start) ReadPrefix(string text, int start)
    {
        int j = start;
        while (j > 0 && text[j - 1] is ' ' or '\u3000')
        {
            j--;
        }

        foreach ((string word, Comparator comparator) in Bounds.Prefixes)
        {
            if (j >= word.Length && string.CompareOrdinal(text, j - word.Length, word, 0, word.Length) == 0)
            {
                return (comparator, j - word.Length);
            }
        }

        return (null, start);
    }

    private static int? ReadDecreaseVerb(string text, int start)
    {
        foreach (string verb in Bounds.DecreaseVerbs)
        {
            if (start >= verb.Length && string.CompareOrdinal(text, start - verb.Length, verb, 0, verb.Length) == 0)
            {
                return start - verb.Length;
            }
        }

        return null;
    }

    private static (Comparator? Comparator, int End) ReadSuffix(string text, int end)
    {
        foreach ((string word, Comparator comparator) in Bounds.Suffixes)
        {
            if (Starts(text, end, word))
            {
                return (comparator, end + word.Length);
            }
        }

        return (null, end);
    }

    /// <summary>What <see cref="TryReadCore"/> read: the value (or span), where it ends, and how it was written.</summary>
    private record struct Core
    {
        public decimal? Lo { get; init; }

        public decimal? Hi { get; init; }

        public int End { get; init; }

        public int NumberEnd { get; init; }

        public string Unit { get; init; }

        public Comparator Comparator { get; init; }

        public bool IsApproximate { get; init; }

        public bool IsArabic { get; init; }

        public bool IsPercentWords { get; init; }

        public bool IsMagnitudeClass { get; init; }

        public bool IsHedged { get; init; }

        public bool IsYearLike { get; init; }

        public bool RequiresUnit { get; init; }

        public bool IsFraction { get; init; }

        public decimal Scale { get; init; }

        public Core()
        {
            Unit = string.Empty;
            Scale = 1;
        }

        /// <summary>Adds 角 and 分 read after 元 ("123元1角1分").</summary>
        public readonly Core Plus(decimal extra) => extra == 0 ? this : this with { Lo = Lo + extra, Hi = Hi + extra };
    }
}
