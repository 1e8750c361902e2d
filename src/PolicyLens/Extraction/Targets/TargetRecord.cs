// One numeric statement found in a report: what it measures, its value and bound, whether it is a goal or a result, and for when.
using PolicyLens.Extraction.Numbers;
using PolicyLens.Text;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// One numeric statement about an indicator: in the 2013 report, <c>今年…主要预期目标是：国内生产总值增长7.5%左右</c> is
/// (gdp_growth, approx, 7.5, %, target, 2013), and <c>国内生产总值增长7.8%</c> earlier on is (gdp_growth, eq, 7.8, %, actual, 2012).
/// </summary>
/// <remarks>
/// A record carries its clause (at most 80 characters) and the index and span of its sentence, not the sentence itself, so
/// that output stays a small multiple of the input however many figures one sentence holds (issue 12). Spans say which
/// coordinates they hold: <see cref="TextSpan"/> for the normalised text, <see cref="SourceSpan"/> for the file.
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
/// <param name="SentenceIndex">The index of the sentence that states it in <see cref="Text.Document.Sentences"/> (the Text stage's sentences).</param>
/// <param name="Sentence">That sentence, in the normalised text.</param>
/// <param name="Span">The quantity itself (its bound words included), in the normalised text.</param>
/// <param name="Clause">The clause that states it, as written in the normalised text, at most 80 characters.</param>
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
    TextSpan Sentence,
    TextSpan Span,
    string Clause)
{
    /// <summary>
    /// The quantity in the decoded source file, for a record extracted from a <see cref="Document"/> (mapped through its
    /// repairs, so it points at the right place however the text was normalised); null for text given as a string.
    /// </summary>
    public SourceSpan? Source { get; init; }

    /// <summary>The sentence in the decoded source file, for a record extracted from a <see cref="Document"/>; otherwise null.</summary>
    public SourceSpan? SentenceSource { get; init; }

    /// <summary>This record with its <see cref="Source"/> and <see cref="SentenceSource"/> set from <paramref name="document"/>.</summary>
    public TargetRecord InSource(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return this with { Source = document.ToSource(Span), SentenceSource = document.ToSource(Sentence) };
    }
}
