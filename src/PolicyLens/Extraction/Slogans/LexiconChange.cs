// One line of `policylens lexicon diff`: an entry added, removed or changed between two lexicons.
namespace PolicyLens.Extraction.Slogans;

/// <summary>A difference between two lexicons, found by <see cref="LexiconMaintenance.Diff"/>.</summary>
/// <param name="Change"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Canonical">The entry's canonical form.</param>
/// <param name="Detail">For a changed entry, the fields that differ with their old and new values; else empty.</param>
public sealed record LexiconChange(string Change, string Canonical, string Detail);
