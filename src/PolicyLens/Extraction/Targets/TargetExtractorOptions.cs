// Settings of the target extractor, immutable and changed with `with`.
namespace PolicyLens.Extraction.Targets;

/// <summary>How a <see cref="TargetExtractor"/> reads: which indicators it knows and whether it reports the rest.</summary>
public sealed record TargetExtractorOptions
{
    /// <summary>The built-in vocabulary, reporting figures no indicator names.</summary>
    public static TargetExtractorOptions Default { get; } = new();

    /// <summary>The indicators to bind numbers to; <see cref="IndicatorVocabulary.Default"/> unless set.</summary>
    public IndicatorVocabulary Vocabulary { get; init; } = IndicatorVocabulary.Default;

    /// <summary>
    /// Also report measured figures (%, percentage points, money, people, mass, area…) that no indicator names, as
    /// <see cref="Indicator.OtherCode"/> with the words before them. True by default.
    /// </summary>
    public bool IncludeOther { get; init; } = true;
}
