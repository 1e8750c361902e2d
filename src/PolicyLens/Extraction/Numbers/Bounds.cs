// The bound words before and after a number and the verbs of decrease, as named lists.
namespace PolicyLens.Extraction.Numbers;

/// <summary>
/// The words that bound a number: before it (<c>不低于</c>, <c>超过</c>, <c>约</c>, <c>控制在</c>) and after it (<c>以上</c>,
/// <c>以内</c>, <c>左右</c>), and the verbs of decrease (<c>降低</c>, <c>下降</c>) that make a stated change negative.
/// </summary>
internal static class Bounds
{
    /// <summary>Words before a number, longest first so that 不超过 is not read as 超过.</summary>
    internal static readonly (string Word, Comparator Comparator)[] Prefixes =
    [
        ("不超过", Comparator.Le), ("不高于", Comparator.Le), ("不大于", Comparator.Le), ("不多于", Comparator.Le),
        ("不低于", Comparator.Ge), ("不少于", Comparator.Ge), ("不小于", Comparator.Ge), ("超过了", Comparator.Gt),
        ("控制在", Comparator.Le), ("控制到", Comparator.Le),
        ("至少", Comparator.Ge), ("超过", Comparator.Gt), ("高于", Comparator.Gt), ("多于", Comparator.Gt), ("大于", Comparator.Gt),
        ("突破", Comparator.Gt), ("超", Comparator.Gt), ("低于", Comparator.Lt), ("少于", Comparator.Lt), ("小于", Comparator.Lt), ("不到", Comparator.Lt),
        ("不足", Comparator.Lt), ("大约", Comparator.Approx), ("约为", Comparator.Approx), ("将近", Comparator.Approx),
        ("接近", Comparator.Approx), ("约", Comparator.Approx), ("近", Comparator.Approx),
    ];

    /// <summary>Words after a number (and its unit).</summary>
    internal static readonly (string Word, Comparator Comparator)[] Suffixes =
    [
        ("左右", Comparator.Approx), ("上下", Comparator.Approx), ("以上", Comparator.Ge), ("之上", Comparator.Ge),
        ("以下", Comparator.Le), ("以内", Comparator.Le), ("之内", Comparator.Le),
    ];

    /// <summary>A change stated with these is a decrease: <c>降低0.5个百分点</c> is −0.5 pp. <c>降到</c> (down to) is not among them.</summary>
    internal static readonly string[] DecreaseVerbs = ["降低了", "下降了", "减少了", "回落了", "降低", "下降", "减少", "回落", "减", "降"];
}
