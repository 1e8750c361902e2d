using PolicyLens.Extraction.Numbers;
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Numbers;

/// <summary>
/// Every row of <c>../shared/notes/numbers.md</c>: the number forms that widely used parsers have got wrong. The inputs
/// are copied here (they are a short specification, not corpus text) so that the tests run without the shared folder;
/// <see cref="TheNoteHasNoRowsThisFileDoesNotTest"/> checks that the note and this file stay in step.
/// </summary>
public sealed class NumbersNoteTests
{
    private static Quantity One(string text)
    {
        Quantity? q = QuantityScanner.ParseOne(text);
        Assert.True(q is not null, $"'{text}' should be exactly one quantity; got {QuantityScanner.Scan(text).Count}.");
        Assert.Equal(0, q.Start);
        Assert.Equal(text.Length, q.Length);
        return q;
    }

    [Theory]
    [InlineData("一百九十万零三千九百七十一", "1903971")]
    [InlineData("一千零十", "1010")]
    [InlineData("一七二零", "1720")]
    [InlineData("两百", "200")]
    [InlineData("一万五千亿", "1500000000000")]
    [InlineData("二十万亿", "20000000000000")]
    [InlineData("一万零一十二", "10012")]
    [InlineData("一万零十二", "10012")]
    [InlineData("十五点八万", "158000")]
    public void ChineseNumeralsParseToExactValues(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChineseNumber.Parse(text));
        Quantity q = One(text);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(Comparator.Eq, q.Comparator);
    }

    [Fact]
    public void DigitByDigitYearIsAYear()
    {
        Quantity q = One("二〇二〇年");
        Assert.Equal(2020m, q.Value);
        Assert.Equal(QuantityKind.Year, q.Kind);
        Assert.Equal("年", q.Unit);
    }

    [Fact]
    public void TwoNeighbouringDigitsAreARange()
    {
        Quantity q = One("两三个");
        Assert.Equal((2m, 3m), (q.Value, q.Max!.Value));
        Assert.Equal(Comparator.Range, q.Comparator);
        Assert.Equal("个", q.Unit);
    }

    [Fact]
    public void UpperCaseNumeralsWithYuanZheng()
    {
        Quantity q = One("伍仟元整");
        Assert.Equal(5000m, q.Value);
        Assert.Equal("元", q.Unit);
    }

    [Fact]
    public void WanYuanWithDecimalsIsExact()
    {
        Quantity q = One("3541.07万元");
        Assert.Equal(35410700m, q.Value);
        Assert.Equal("元", q.Unit);
    }

    [Fact]
    public void YuanJiaoFenAddUp()
    {
        Quantity q = One("123元1角1分");
        Assert.Equal(123.11m, q.Value);
        Assert.Equal("元", q.Unit);
    }

    [Fact]
    public void PersonTimesAtLeast()
    {
        Quantity q = One("20万人次以上");
        Assert.Equal(200000m, q.Value);
        Assert.Equal(Comparator.Ge, q.Comparator);
        Assert.Equal("人次", q.Unit);
    }

    [Fact]
    public void ExceededPercentWords()
    {
        Quantity q = One("超过了百分之零点九");
        Assert.Equal(0.9m, q.Value);
        Assert.Equal(Comparator.Gt, q.Comparator);
        Assert.Equal("%", q.Unit);
    }

    [Fact]
    public void ShiJiWanIsApproximatelyElevenToNineteenTenThousands()
    {
        Quantity q = One("十几万");
        Assert.True(q.IsApproximate);
        Assert.Equal((110000m, 190000m), (q.Value, q.Max!.Value));
    }

    [Theory]
    [InlineData("数百万", "2000000", "9000000")]
    [InlineData("上百", "100", "999")]
    [InlineData("好几万", "30000", "90000")]
    [InlineData("十来万", "100000", "150000")]
    public void VagueAmountsAreApproximateWithASensibleRange(string text, string low, string high)
    {
        Quantity q = One(text);
        Assert.True(q.IsApproximate);
        Assert.Equal(decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), q.Max);
        Assert.True(q.Value < q.Max);
    }

    [Fact]
    public void FiveHundredOddYiIsMoreThanFiveHundredYi()
    {
        Quantity q = One("500多亿");
        Assert.Equal(50000000000m, q.Value);
        Assert.Equal(Comparator.Gt, q.Comparator);
        Assert.True(q.IsApproximate);
        Assert.Equal(60000000000m, q.Max);
    }

    [Fact]
    public void FullWidthCommaSeparatesTwoNumbers()
    {
        IReadOnlyList<Quantity> all = QuantityScanner.Scan("20，300");
        Assert.Equal([20m, 300m], all.Select(q => q.Value));
    }

    [Theory]
    [InlineData("收拾")]
    [InlineData("队伍")]
    [InlineData("大陆")]
    [InlineData("放肆")]
    public void WordsWithUpperCaseNumeralCharactersAreNotNumbers(string text) => Assert.Empty(QuantityScanner.Scan(text));

    [Theory]
    [InlineData("全国两会")]
    [InlineData("两个维护")]
    [InlineData("三农")]
    [InlineData("十四五")]
    [InlineData("一带一路")]
    [InlineData("六稳")]
    [InlineData("三大攻坚战")]
    [InlineData("一府一委两院")]
    public void FormulasAreNotQuantities(string text) => Assert.Empty(QuantityScanner.Scan(text));

    [Theory]
    [InlineData("第十四个五年规划")]
    [InlineData("“十四五”")]
    public void FourteenthPlanIsTwentyTwentyOneToTwentyTwentyFive(string text)
    {
        var (period, start, length) = Assert.Single(PlanPeriod.Find(text));
        Assert.Equal(14, period.Ordinal);
        Assert.Equal((2021, 2025), (period.StartYear, period.EndYear));
        Assert.Equal(text.Trim('“', '”'), text.Substring(start, length));
        Assert.Empty(QuantityScanner.Scan(text));
    }

    [Fact]
    public void ShisiwuUnquotedIsNotAPeriodButNotANumberEither()
    {
        // Unquoted and with no plan word after it, 十四五 is only kept out of the numbers (it could be a fragment).
        Assert.Empty(QuantityScanner.Scan("十四五"));
        Assert.Equal(14, Assert.Single(PlanPeriod.Find("十四五规划")).Period.Ordinal);
    }

    // Domain forms.

    [Fact]
    public void GdpGrowthAboutSixPointFive()
    {
        Quantity q = Assert.Single(QuantityScanner.Scan("国内生产总值增长6.5%左右"));
        Assert.Equal((6.5m, Comparator.Approx, "%"), (q.Value, q.Comparator, q.Unit));
        Assert.True(q.IsApproximate);
    }

    [Theory]
    [InlineData("国内生产总值增长6%－6.5%", "6", "6.5")]
    [InlineData("国内生产总值增长5.0%—5.5%", "5.0", "5.5")]
    [InlineData("国内生产总值增长6.5%-7%", "6.5", "7")]
    [InlineData("国内生产总值增长6.5%–7%", "6.5", "7")]
    [InlineData("增长百分之八至九", "8", "9")]
    public void RangesInEveryDashAndInWords(string text, string low, string high)
    {
        Quantity q = Assert.Single(QuantityScanner.Scan(text));
        Assert.Equal(Comparator.Range, q.Comparator);
        Assert.Equal(decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), q.Max);
        Assert.Equal("%", q.Unit);
    }

    [Fact]
    public void SpacedFullWidthPercent()
    {
        Quantity q = Assert.Single(QuantityScanner.Scan("经济增长速度8 ％"));
        Assert.Equal((8m, "%", Comparator.Eq), (q.Value, q.Unit, q.Comparator));
    }

    [Fact]
    public void NewUrbanJobsAtLeastElevenMillion()
    {
        Quantity q = Assert.Single(QuantityScanner.Scan("城镇新增就业1100万人以上"));
        Assert.Equal((11000000m, "人", Comparator.Ge), (q.Value, q.Unit, q.Comparator));
    }

    [Fact]
    public void HeldWithinIsAtMost()
    {
        Quantity q = Assert.Single(QuantityScanner.Scan("城镇登记失业率控制在4.6％以内"));
        Assert.Equal((4.6m, "%", Comparator.Le), (q.Value, q.Unit, q.Comparator));
    }

    [Fact]
    public void StretchGoalSentenceHasTwoQuantities()
    {
        // The stretch goal itself is bound in the target layer (TargetExtractorTests); here: ≥ 7 % then 8 %.
        IReadOnlyList<Quantity> all = QuantityScanner.Scan("地区生产总值增长7%以上、力争达到8%");
        Assert.Equal(2, all.Count);
        Assert.Equal((7m, Comparator.Ge), (all[0].Value, all[0].Comparator));
        Assert.Equal((8m, Comparator.Eq), (all[1].Value, all[1].Comparator));
    }

    [Fact]
    public void PercentagePointsAreNotPercent()
    {
        Quantity q = Assert.Single(QuantityScanner.Scan("降低0.5个百分点"));
        Assert.Equal((-0.5m, "pp"), (q.Value, q.Unit));
    }

    [Fact]
    public void NoFewerThanTwoThousandPeople()
    {
        Quantity q = Assert.Single(QuantityScanner.Scan("不少于2000人"));
        Assert.Equal((2000m, "人", Comparator.Ge), (q.Value, q.Unit, q.Comparator));
    }

    [Fact]
    public void BareScaleIsAMagnitudeClass()
    {
        Quantity q = Assert.Single(QuantityScanner.Scan("千亿元产业集群"));
        Assert.Equal((100000000000m, "元", QuantityKind.MagnitudeClass), (q.Value, q.Unit, q.Kind));
    }

    [Fact]
    public void GrainOutputInJin()
    {
        Quantity q = Assert.Single(QuantityScanner.Scan("粮食产量保持在1.3万亿斤以上"));
        Assert.Equal((1300000000000m, "斤", Comparator.Ge), (q.Value, q.Unit, q.Comparator));
    }

    [Fact]
    public void TheNoteHasNoRowsThisFileDoesNotTest()
    {
        string note = SharedData.ReadText("notes/numbers.md");
        string[] rows = [.. note.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| input", StringComparison.Ordinal))];
        string tests = string.Concat(Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Extraction"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText));
        Assert.Equal(22 + 12, rows.Length);
        foreach (string row in rows)
        {
            string input = row.Split('|')[1].Trim();
            foreach (string part in input.Split(" / "))
            {
                // Take the Chinese (or number) part of each input cell: "国内生产总值增长6%－6.5% (full-width hyphen), …" → its first form.
                string form = part.Split(' ')[0].Split(',')[0].Trim('`');
                Assert.True(tests.Contains(form, StringComparison.Ordinal), $"numbers.md row '{input}': '{form}' is not tested here.");
            }
        }
    }
}
