namespace PolicyLens.Analysis;

/// <summary>One row of the <c>trends</c> table: an item's course over the groups of a time axis.</summary>
/// <param name="Item">The item.</param>
/// <param name="FirstGroup">The first group it is mentioned in.</param>
/// <param name="LastGroup">The last group it is mentioned in.</param>
/// <param name="PeakGroup">The group where its rate is highest (the earliest on a tie).</param>
/// <param name="PeakRate">That rate, per 10,000 characters.</param>
/// <param name="GroupsSeen">Number of groups it is mentioned in.</param>
/// <param name="Slope">Least-squares slope of the rate per 10,000 characters against time, per year.</param>
/// <param name="SlopeP">Two-sided p-value of the slope.</param>
/// <param name="Tau">Mann–Kendall tau of the rate series.</param>
/// <param name="TauP">Its two-sided p-value.</param>
/// <param name="Status">The resulting status.</param>
public sealed record TrendRow(
    ItemKey Item, GroupKey FirstGroup, GroupKey LastGroup, GroupKey PeakGroup, double PeakRate, int GroupsSeen,
    double Slope, double SlopeP, double Tau, double TauP, TrendStatus Status);
