// One measured thing a target can be about, with the words that name it.
namespace PolicyLens.Extraction.Targets;

/// <summary>
/// One measured thing a target can be about, with the words that name it: <c>gdp_growth</c> is named by a subject
/// (<c>国内生产总值</c>, <c>地区生产总值</c>, <c>经济</c>…) followed by a verb (<c>增长</c>) and measured in %.
/// </summary>
/// <param name="Code">The canonical code, e.g. <c>gdp_growth</c>, <c>urban_new_jobs</c>.</param>
/// <param name="Subjects">Words that name what is measured; a statement must contain one before its number.</param>
/// <param name="Verbs">Words one of which must stand between the subject and the number (<c>增长</c>); empty when the subject alone suffices (<c>城镇登记失业率4.5%</c>).</param>
/// <param name="Units">Normalised units the indicator is measured in (see <see cref="Numbers.Quantity.Unit"/>); a number in another unit is not about it.</param>
public sealed record Indicator(string Code, IReadOnlyList<string> Subjects, IReadOnlyList<string> Verbs, IReadOnlyList<string> Units)
{
    /// <summary>
    /// Subjects that name the indicator only standing alone or after a place (<c>全省经济增长</c>), not as the head of a longer
    /// noun (<c>海洋经济</c>, <c>数字经济</c>, <c>民营经济</c> are not the economy's GDP).
    /// </summary>
    public IReadOnlyList<string> Bare { get; init; } = [];

    /// <summary>The code given to a numeric statement about something no indicator in the vocabulary names.</summary>
    public const string OtherCode = "other";
}
