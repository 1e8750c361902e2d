// One finding of `policylens lexicon check`: what is wrong with which entry, and how bad it is.
namespace PolicyLens.Extraction.Slogans;

/// <summary>A problem <see cref="LexiconMaintenance.Check"/> found in a lexicon.</summary>
/// <param name="Canonical">The entry concerned.</param>
/// <param name="Check">Which check found it: <c>schema</c>, <c>duplicate</c>, <c>overlap</c> or <c>first-appearance</c>.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="IsError">True for errors (a check fails); false for notes a curator should read (a spelling inside another entry's).</param>
public sealed record LexiconProblem(string Canonical, string Check, string Message, bool IsError = true);
