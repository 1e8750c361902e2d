// One number found in text, with its bound and unit, normalised.
namespace PolicyLens.Extraction.Numbers;

/// <summary>
/// One number found in text, with what qualifies it and what it counts, normalised: <c>城镇新增就业1100万人以上</c>
/// holds the quantity ≥ 11,000,000 人; <c>降低0.5个百分点</c> holds −0.5 <c>pp</c> (percentage points, never %).
/// </summary>
/// <param name="Start">Offset of the quantity's first character (its bound word, e.g. <c>不低于</c>, when there is one).</param>
/// <param name="Length">Number of UTF-16 code units, through its unit and trailing qualifier (<c>以上</c>, <c>左右</c>).</param>
/// <param name="Value">The value with the scale applied (<c>1.3万亿</c> → 1.3e12); the lower end of a range; negative for a stated decrease.</param>
/// <param name="Max">The upper end of a range (<c>6%－6.5%</c> → 6.5) or of an approximate span (<c>十几万</c> → 190000); otherwise null.</param>
/// <param name="Comparator">How the value bounds the true figure.</param>
/// <param name="IsApproximate">True for hedged figures: <c>左右</c>, <c>约</c>, <c>多</c>, <c>几</c>, <c>两三</c>, <c>上百</c>.</param>
/// <param name="Unit">
/// The normalised unit: <c>%</c>, <c>pp</c> (个百分点), <c>‰</c>, <c>元</c>, <c>人</c>, <c>人次</c>, <c>吨</c>, <c>斤</c>, <c>倍</c>,
/// <c>年</c>… with scale words folded into <see cref="Value"/>; empty for a bare number.
/// </param>
/// <param name="Kind">Amount, calendar year, or magnitude class.</param>
public sealed record Quantity(int Start, int Length, decimal Value, decimal? Max, Comparator Comparator, bool IsApproximate, string Unit, QuantityKind Kind)
{
    /// <summary>Offset just past the quantity's last character.</summary>
    public int End => Start + Length;

    /// <summary>The quantity's characters in <paramref name="source"/>, the text it was found in.</summary>
    public string GetText(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Substring(Start, Length);
    }
}
