// Where and when a formula was first used officially, as far as the lexicon's sources know. The corpus can say
// when a formula first appears in a given collection (FirstYearIn); this records the claim to test that against.
namespace PolicyLens.Extraction.Slogans;

/// <summary>The first official appearance of a formula.</summary>
/// <param name="Date">ISO date, possibly partial (<c>2018</c>, <c>2018-07</c>, <c>2018-07-31</c>); null when unknown.</param>
/// <param name="Venue">The meeting, speech or document, in English.</param>
/// <param name="Confidence">How well the date is attested.</param>
/// <param name="Note">Anything a researcher should know before citing the date.</param>
public sealed record FirstAppearance(string? Date, string? Venue, AppearanceConfidence Confidence, string? Note = null)
{
    /// <summary>The year of <see cref="Date"/>, or null when no date is recorded.</summary>
    public int? Year => Date is { Length: >= 4 } d && int.TryParse(d.AsSpan(0, 4), out int year) ? year : null;
}
