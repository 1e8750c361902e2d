// Whether a figure is a goal, a result, a forecast, or none of these.
namespace PolicyLens.Extraction.Targets;

/// <summary>Whether a figure is a goal, a reported result, a forecast, or none of these that the text makes clear.</summary>
public enum TargetKind
{
    /// <summary>A goal: <c>今年…主要预期目标是：国内生产总值增长7.5%左右</c>.</summary>
    Target,

    /// <summary>A reported result: <c>过去一年…国内生产总值增长7.8%</c>.</summary>
    Actual,

    /// <summary>A forecast or preliminary figure: <c>预计</c>.</summary>
    Estimate,

    /// <summary>None of the above can be told from the wording.</summary>
    Other,
}
