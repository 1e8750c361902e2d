// One numeric statement found in a report: what it measures, its value and bound, whether it is a goal or a result, and for when.
using PolicyLens.Extraction.Numbers;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// One numeric statement about an indicator: in the 2013 report, <c>今年…主要预期目标是：国内生产总值增长7.5%左右</c> is
/// (gdp_growth, approx, 7.5, %, target, 2013), and <c>国内生产总值增长7.8%</c> earlier on is (gdp_growth, eq, 7.8, %, actual, 2012).
/// </summary>
/// <remarks>
/// A record carries its clause (at most 80 characters) and the ordinal of its sentence, not the sentence itself, so that
/// output stays a small multiple of the input however many figures one sentence holds (issue 12); the sentence is
/// <c>document.Text[SentenceStart..SentenceEnd]</c> for records found in normalised text.
/// </remarks>
/// <param name="DocumentId">The document's id (for the CLI, its path relative to the folder read).</param>
/// <param name="Year">The document's year, when known.</param>
/// <param name="Indicator">The indicator's canonical code, or <see cref="Targets.Indicator.OtherCode"/>.</param>
/// <param name="IndicatorText">The subject noun phrase as written (<c>国内生产总值增长</c>, <c>新建改造高标准农田</c>, <c>省重点项目</c>).</param>
/// <param name="Comparator">How the value bounds the figure.</param>
/// <param name="Value">The value, scale applied (<c>1100万人</c> → 11000000); the lower end of a range.</param>
/// <param name="ValueMax">The upper end of a range or approximate span; otherwise null.</param>
/// <param name="Stretch">A stretch goal stated with it (<c>7%以上、力争达到8%</c> → 8); otherwise null.</param>
/// <param name="Unit">The normalised unit (<c>%</c>, <c>pp</c>, <c>人</c>, <c>斤</c>, <c>个</c>, <c>家</c>…).</param>
/// <param name="Kind">Target, actual result, estimate, or other.</param>
/// <param name="Horizon">The year or period the figure applies to, when it can be told.</param>
/// <param name="SentenceIndex">The ordinal (from 0) of the sentence that states it among the document's sentences.</param>
/// <param name="SentenceStart">Offset of that sentence: in the text given to the extractor, or, for a
/// <see cref="Text.Document"/>, in the source file it was read from.</param>
/// <param name="SentenceEnd">Offset just past that sentence.</param>
/// <param name="Clause">The clause that states it, as written in the normalised text, at most 80 characters.</param>
/// <param name="QuantityStart">Offset of the quantity itself (its bound words included), in the same coordinates as the sentence.</param>
/// <param name="QuantityEnd">Offset just past the quantity.</param>
public sealed record TargetRecord(
    string DocumentId,
    int? Year,
    string Indicator,
    string IndicatorText,
    Comparator Comparator,
    decimal Value,
    decimal? ValueMax,
    decimal? Stretch,
    string Unit,
    TargetKind Kind,
    Horizon? Horizon,
    int SentenceIndex,
    int SentenceStart,
    int SentenceEnd,
    string Clause,
    int QuantityStart,
    int QuantityEnd)
{
    /// <summary>
    /// This record found in <paramref name="document"/>'s normalised text, with its sentence and quantity offsets mapped
    /// back into the source file the document was read from, so that they point at the right place however the text
    /// was repaired. The clause stays the normalised one.
    /// </summary>
    public TargetRecord InSource(Text.Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return this with
        {
            SentenceStart = document.ToSourceOffset(SentenceStart),
            SentenceEnd = document.SourceOffset + document.Map.ToOriginalEnd(SentenceEnd),
            QuantityStart = document.ToSourceOffset(QuantityStart),
            QuantityEnd = document.SourceOffset + document.Map.ToOriginalEnd(QuantityEnd),
        };
    }
}
