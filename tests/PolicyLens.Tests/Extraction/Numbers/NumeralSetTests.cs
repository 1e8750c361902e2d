// The numeral characters the quantity scanner and the plan finder skip to are exactly the ones ChineseNumber reads.
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Numbers;

/// <summary>
/// QuantityScanner and PlanPeriod jump to the next character of <see cref="ChineseNumber.Numerals"/> instead of testing
/// every character; no numeral may be missing from it (a quantity would be skipped) and nothing else may be in it.
/// </summary>
public sealed class NumeralSetTests
{
    [Fact]
    public void The_numeral_set_is_every_character_that_is_a_Chinese_digit_or_multiplier()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool numeral = ChineseNumber.ChineseDigit(ch) >= 0 || ChineseNumber.Multiplier(ch) > 0;

            Assert.Equal(numeral, ChineseNumber.IsChineseNumeral(ch));
            Assert.Equal(numeral, ChineseNumber.Numerals.Contains(ch, StringComparison.Ordinal));
        }
    }
}
