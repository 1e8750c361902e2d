using System.Diagnostics;
using CsCheck;
using PolicyLens.Extraction;
using PolicyLens.Extraction.Numbers;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;

namespace PolicyLens.Tests.Extraction.Numbers;

/// <summary>
/// The number layer must never throw and never hang, whatever it is given: random text drawn mostly from the characters
/// it reacts to (numerals, units, bound words, dashes, quotes), plus arbitrary UTF-16, and long adversarial runs.
/// </summary>
public sealed class QuantityScannerFuzzTests
{
    // Characters and words the scanner branches on, so that random strings reach deep into its rules.
    private static readonly string[] Pieces =
    [
        "0", "1", "5", "9", "０", "７", ".", "．", ",", "，", "%", "％", "‰", "－", "-", "—", "–", "~", "至", "到", "零", "〇", "一", "二", "两",
        "三", "五", "九", "十", "百", "千", "万", "亿", "点", "几", "数", "上", "好几", "多", "余", "来", "壹", "伍", "拾", "仟", "陆", "元", "角",
        "分", "整", "人", "人次", "个", "个百分点", "百分之", "千分之", "分之", "年", "吨", "斤", "倍", "翻", "番", "左右", "以上", "以内", "以下",
        "不低于", "不超过", "超过了", "控制在", "约", "降低", "下降", "第", "“", "”", "五年规划", "十四五", "规划", "两会", " ", "\u3000", "\n",
        "：", "；", "、", "。", "今年", "去年", "预计", "主要预期目标是：", "国内生产总值增长", "城镇新增就业", "力争达到", "年均", "到2020年",
    ];

    private static readonly Gen<string> Text = Gen.OneOf<string>(
        [
            Gen.OneOf<string>(Pieces).Array[0, 40].Select(parts => string.Concat(parts)),
            Gen.String[0, 60],
            Gen.Char.Array[0, 60].Select(chars => new string(chars)),
        ]);

    [Fact]
    public void ScannerNeverThrowsAndQuantitiesLieInsideTheText() =>
        Text.Sample(text =>
        {
            foreach (Quantity q in QuantityScanner.Scan(text))
            {
                Assert.InRange(q.Start, 0, text.Length);
                Assert.InRange(q.End, q.Start + 1, text.Length);
                Assert.True(q.Max is null || q.Max >= q.Value, $"'{text}': max {q.Max} below value {q.Value}");
            }
        }, iter: 3000);

    [Fact]
    public void A_range_before_a_fraction_word_is_no_denominator()
    {
        // Found by the fuzz test above (seed d1AUaqIxTgJ2): 一二 (1 to 2) before 分之09 kept its upper end 2 below the value 9.
        const string text = "；；二”来７二拾今年预计三伍分预计一二分之09";
        Assert.All(QuantityScanner.Scan(text), q => Assert.True(q.Max is null || q.Max >= q.Value, $"max {q.Max} below value {q.Value}"));
    }

    [Fact]
    public void ChineseNumberNeverThrows() =>
        Text.Sample(text => { _ = ChineseNumber.TryParse(text, out _); }, iter: 3000, print: text => $"'{text}' ({string.Join(' ', text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))})");

    [Fact]
    public void TargetExtractorNeverThrows() =>
        Text.Sample(text =>
        {
            foreach (TargetRecord r in TargetExtractor.Default.Extract(text, new ExtractionContext("fuzz", 2019)))
            {
                Assert.InRange(r.Sentence.Start, 0, r.Sentence.End);
                Assert.InRange(r.Sentence.End, r.Sentence.Start, text.Length);
            }
        }, iter: 2000);

    [Theory]
    [InlineData("九")]
    [InlineData("9")]
    [InlineData("一万")]
    [InlineData("百分之")]
    [InlineData("十几")]
    [InlineData("1-")]
    [InlineData("“十四五”")]
    public void LongRepetitiveInputsFinishQuickly(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));
        var clock = Stopwatch.StartNew();
        _ = QuantityScanner.Scan(text);
        _ = TargetExtractor.Default.Extract(text[..20_000], new ExtractionContext("long", 2019));
        // A bound for "no hang", not a speed test: linear work takes milliseconds, quadratic would take minutes; the
        // margin keeps a loaded machine from failing it.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{unit}×N took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("99999999999999999999999999999999999999999亿亿亿亿万亿")]
    [InlineData("九九九九九九九九九九九九九九九九九九九九九九九九九九九九亿亿亿亿亿")]
    [InlineData("一万亿亿亿亿亿亿亿亿")]
    [InlineData("百分之九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九")]
    [InlineData("1 9 9 8 年")]
    public void HugeOrSpacedNumbersAreRejectedOrReadWithoutOverflow(string text)
    {
        foreach (Quantity q in QuantityScanner.Scan(text))
        {
            Assert.True(Math.Abs(q.Value) < 1e27m);
        }
    }
}
