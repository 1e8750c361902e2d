// What one counted mention is. Published counts of the same word in the same report differ because some count
// substrings and some do not; PolicyLens makes the choice explicit.
namespace PolicyLens.Extraction.Slogans;

/// <summary>Which mentions the extractor reports where formulas overlap.</summary>
public enum CountingUnit
{
    /// <summary>
    /// The outermost formula only: 全面小康 inside “全面小康决胜年”, or 中国特色社会主义 inside
    /// 习近平新时代中国特色社会主义思想, is not counted again. Overlapping spans never both count.
    /// </summary>
    Outermost,

    /// <summary>
    /// The outermost formulas, and also every formula found wholly inside one of them (marked <see cref="SloganMention.Nested"/>).
    /// </summary>
    Nested,
}
