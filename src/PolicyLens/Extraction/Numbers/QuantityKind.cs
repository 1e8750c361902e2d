// What a quantity measures: an amount, a year, or an order of magnitude.
namespace PolicyLens.Extraction.Numbers;

/// <summary>What a <see cref="Quantity"/> measures: an amount, a calendar year, or only an order of magnitude.</summary>
public enum QuantityKind
{
    /// <summary>An amount: <c>1100万人</c>, <c>6.5%</c>, <c>两三个</c>.</summary>
    Amount,

    /// <summary>A calendar year (or a range of years): <c>2020年</c>, <c>二〇二〇年</c>, <c>2016—2020年</c>.</summary>
    Year,

    /// <summary>
    /// A scale word with no digit before it, naming a class of size rather than an amount: <c>千亿元产业集群</c>
    /// (the 1e11 元 class), <c>万元国内生产总值能耗</c>. Never a target.
    /// </summary>
    MagnitudeClass,
}
