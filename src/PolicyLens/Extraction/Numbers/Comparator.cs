// How a stated number relates to the true figure.
namespace PolicyLens.Extraction.Numbers;

/// <summary>
/// How a stated number relates to the true figure: <c>6.5%左右</c> is <see cref="Approx"/>, <c>1100万人以上</c> is
/// <see cref="Ge"/>, <c>6%－6.5%</c> is <see cref="Range"/>. Shared by quantities and the target records built on them.
/// </summary>
public enum Comparator
{
    /// <summary>Exactly the value (no qualifier): <c>增长7.5％</c>.</summary>
    Eq,

    /// <summary>About the value: <c>左右</c>, <c>约</c>, <c>上下</c>, <c>十来万</c>.</summary>
    Approx,

    /// <summary>At least the value: <c>以上</c>, <c>不低于</c>, <c>不少于</c>, <c>至少</c>.</summary>
    Ge,

    /// <summary>More than the value: <c>超过</c>, <c>高于</c>, <c>500多亿</c>.</summary>
    Gt,

    /// <summary>At most the value: <c>以内</c>, <c>以下</c>, <c>不超过</c>, <c>控制在…</c>.</summary>
    Le,

    /// <summary>Less than the value: <c>低于</c>, <c>不到</c>.</summary>
    Lt,

    /// <summary>Between the value and the upper value: <c>6%－6.5%</c>, <c>百分之八至九</c>, <c>两三个</c>.</summary>
    Range,
}
