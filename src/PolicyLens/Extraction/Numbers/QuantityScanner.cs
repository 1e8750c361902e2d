// Finds every quantity in running text: reads the number (NumberReaders), its unit (UnitReader), a range (RangeReader) and its bounds (BoundReader), and decides whether it is a quantity at all.
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
    // The characters a quantity can start with: 翻 (翻一番), an Arabic digit, 数/几/上/好 (数百万, 上百, 好几万) or a Chinese
    // numeral (百分之 and 千分之 included): the first characters TryRead and NumberReaders.TryRead accept.
    private static readonly bool[] QuantityStarts = ChineseNumber.CharacterTable("翻数几上好0123456789０１２３４５６７８９" + ChineseNumber.Numerals);

    /// <summary>Every quantity in <paramref name="text"/>, in order, with offsets into it.</summary>
    /// <example><c>QuantityScanner.Scan("城镇新增就业1100万人以上")</c> gives one quantity: Ge 11000000 人.</example>
    public static IReadOnlyList<Quantity> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text, PlanPeriod.Find(text));
    }

    /// <summary>
    /// <see cref="Scan(string)"/> with the text's plan names already found (<see cref="PlanPeriod.Find"/>), for a caller that
    /// needs them too: the text is searched for them once.
    /// </summary>
    internal static IReadOnlyList<Quantity> Scan(string text, IReadOnlyList<(PlanPeriod Period, int Start, int Length)> plans)
    {
        var found = new List<Quantity>();
        if (text.Length == 0)
        {
            return found;
        }

        // The marks of formula and plan characters, one per character: rented (a long report's would be a large-object
        // array per document) and cleared over the text's length, the only part read.
        bool[] blocked = System.Buffers.ArrayPool<bool>.Shared.Rent(text.Length);
        Array.Clear(blocked, 0, text.Length);
        try
        {
            Formulas.Mark(text, blocked, plans);
            int i = 0;
            while (i < text.Length)
            {
                // TryRead reads nothing that does not start with one of these: skip to the next one.
                bool[] starts = QuantityStarts;
                while (i < text.Length && !starts[text[i]])
                {
                    i++;
                }

                if (i == text.Length)
                {
                    break;
                }

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
        }
        finally
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(blocked);
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
        if (i > 0 && (IsNumberChar(text[i - 1]) && !(ChineseNumber.IsArabicDigit(c) ^ ChineseNumber.IsArabicDigit(text[i - 1])) || text[i - 1] == '第'))
        {
            return false;
        }

        NumberCore core;
        if (Starts(text, i, "百分之") || Starts(text, i, "千分之"))
        {
            if (!RangeReader.TryReadPercentWords(text, i, out core))
            {
                return false;
            }
        }
        else if (!NumberReaders.TryRead(text, i, out core))
        {
            return false;
        }

        if (Array.IndexOf(blocked, true, i, core.End - i) >= 0)
        {
            return false;
        }

        // "三分之一": a fraction, read from the denominator; a range (一二分之…) is no denominator (found by the fuzz test:
        // the range's upper end outlived the fraction and fell below its value).
        if (!core.IsPercentWords && !core.IsHedged && !core.IsMagnitudeClass && core.Hi is null && core.Unit.Length == 0 && Starts(text, core.End, "分之") &&
            RangeReader.TryReadPlainNumber(text, core.End + 2, out decimal numerator, out int fractionEnd) && core.Lo is decimal denominator and not 0)
        {
            core = core with { Lo = numerator / denominator, End = fractionEnd, NumberEnd = fractionEnd, IsFraction = true };
        }

        int end = core.End;
        string unit = core.Unit;
        if (unit.Length == 0 && !core.IsFraction)
        {
            end = UnitReader.Read(text, end, out unit, out decimal extra);
            core = core.Plus(extra);
        }

        // A range: "6%－6.5%", "8—9%", "8—9万人", "2016—2020年" ("百分之八至九" was read with its 百分之).
        if (core.Comparator != Comparator.Range && RangeReader.TryReadRangeEnd(text, end, unit, core, out NumberCore range, out int rangeEnd, out string rangeUnit))
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
        (Comparator? prefix, int prefixStart) = BoundReader.ReadPrefix(text, start);
        if (prefix.HasValue)
        {
            start = prefixStart;
        }

        bool negative = false;
        if (BoundReader.ReadDecreaseVerb(text, start) is int verbStart)
        {
            negative = true;
            start = verbStart;
        }

        (Comparator? suffix, int suffixEnd) = BoundReader.ReadSuffix(text, end);
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
    private static bool IsAccepted(string text, int start, NumberCore core, string unit)
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

    internal static bool IsNumberChar(char c) => ChineseNumber.IsArabicDigit(c) || ChineseNumber.IsChineseNumeral(c) || ChineseNumber.IsDecimalPoint(c);

    internal static bool Starts(string text, int i, string word) => text.AsSpan(i).StartsWith(word) && i + word.Length <= text.Length;

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

}
