// How the finders' specification tests read a sentence: the built-in extractor's mentions of it, all or only the policy names
// or the parallel chains.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The mentions <see cref="SloganExtractor.Default"/> reports in one sentence (a 2026 document named "t").</summary>
internal static class SloganSentences
{
    /// <summary>Every mention of <paramref name="text"/>, in text order.</summary>
    internal static IReadOnlyList<SloganMention> Mentions(string text) => SloganExtractor.Default.Extract(text, new ExtractionContext("t", 2026));

    /// <summary>The mentions of <paramref name="text"/> no other mention holds (the count's unit by default), in text order.</summary>
    internal static List<SloganMention> Outermost(string text) => [.. Mentions(text).Where(m => !m.Nested)];

    /// <summary>The policy-name mentions of <paramref name="text"/>, in text order.</summary>
    internal static IReadOnlyList<SloganMention> Policies(string text) => [.. Mentions(text).Where(m => m.Kind == MentionKind.Policy)];

    /// <summary>The parallel chains reported in <paramref name="text"/>, in text order.</summary>
    internal static IReadOnlyList<SloganMention> Chains(string text) => [.. Mentions(text).Where(m => m.Kind == MentionKind.Parallel)];
}
