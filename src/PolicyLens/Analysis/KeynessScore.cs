namespace PolicyLens.Analysis;

/// <summary>
/// How strongly one item is over- or under-used in a target group against a reference (all other groups).
/// Positive statistics mean over-use in the target, negative under-use, as in quanteda's <c>textstat_keyness</c>.
/// </summary>
/// <param name="TargetCount">Occurrences in the target group (quanteda's <c>a</c>).</param>
/// <param name="ReferenceCount">Occurrences in the reference (<c>b</c>).</param>
/// <param name="TargetTotal">All counted units in the target group (<c>a + c</c>).</param>
/// <param name="ReferenceTotal">All counted units in the reference (<c>b + d</c>).</param>
/// <param name="G2">Log-likelihood ratio G² with Williams' correction, signed.</param>
/// <param name="G2P">Its p-value from χ² with one degree of freedom.</param>
/// <param name="Chi2">Pearson's χ² with Yates' correction where quanteda applies it, signed.</param>
/// <param name="Chi2P">Its p-value.</param>
/// <param name="LogRatio">Hardie's Log Ratio: log₂ of the ratio of relative frequencies, a zero count taken as 0.5.</param>
public sealed record KeynessScore(
    double TargetCount,
    double ReferenceCount,
    double TargetTotal,
    double ReferenceTotal,
    double G2,
    double G2P,
    double Chi2,
    double Chi2P,
    double LogRatio);
