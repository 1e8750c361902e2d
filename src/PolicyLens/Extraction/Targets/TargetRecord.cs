using PolicyLens.Extraction.Numbers;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// One numeric statement about an indicator: in the 2013 report, <c>今年…主要预期目标是：国内生产总值增长7.5%左右</c> is
/// (gdp_growth, approx, 7.5, %, target, 2013), and <c>国内生产总值增长7.8%</c> earlier on is (gdp_growth, eq, 7.8, %, actual, 2012).
/// </summary>
/// <param name="DocumentId">The document's id (for the CLI, its path relative to the folder read).</param>
/// <param name="Year">The document's year, when known.</param>
/// <param name="Indicator">The indicator's canonical code, or <see cref="Targets.Indicator.OtherCode"/>.</param>
/// <param name="IndicatorText">The words in the text that named the indicator (<c>国内生产总值增长</c>).</param>
/// <param name="Comparator">How the value bounds the figure.</param>
/// <param name="Value">The value, scale applied (<c>1100万人</c> → 11000000); the lower end of a range.</param>
/// <param name="ValueMax">The upper end of a range or approximate span; otherwise null.</param>
/// <param name="Stretch">A stretch goal stated with it (<c>7%以上、力争达到8%</c> → 8); otherwise null.</param>
/// <param name="Unit">The normalised unit (<c>%</c>, <c>pp</c>, <c>人</c>, <c>斤</c>…).</param>
/// <param name="Kind">Target, actual result, estimate, or other.</param>
/// <param name="Horizon">The year or period the figure applies to, when it can be told.</param>
/// <param name="SentenceStart">Offset of the sentence that states it: in the text given to the extractor, or, for a
/// <see cref="Text.Document"/>, in the source file it was read from.</param>
/// <param name="SentenceEnd">Offset just past that sentence.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="QuantityStart">Offset of the quantity itself (its bound words included).</param>
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
    int SentenceStart,
    int SentenceEnd,
    string Sentence,
    int QuantityStart,
    int QuantityEnd)
{
    /// <summary>
    /// This record found in <paramref name="document"/>'s normalised text, with its sentence and quantity offsets mapped
    /// back into the source file the document was read from, so that they point at the right place however the text
    /// was repaired. The sentence stays the normalised one.
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
