using PolicyLens.Text;

namespace PolicyLens.Pipeline;

/// <summary>What an analysis did: what it read and skipped (with reasons), what it found, how long it took, what it wrote.</summary>
/// <param name="Documents">Documents analysed (in this shard).</param>
/// <param name="DocumentsRead">Documents read from the corpus (all shards).</param>
/// <param name="Skipped">Sources that could not be read, with the reason.</param>
/// <param name="Characters">Characters analysed.</param>
/// <param name="Mentions">Mentions found.</param>
/// <param name="Targets">Target statements found (of every kind).</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Files">The files written.</param>
public sealed record AnalyzeSummary(
    long Documents, long DocumentsRead, IReadOnlyList<SkippedSource> Skipped, long Characters, long Mentions, long Targets, TimeSpan Elapsed, IReadOnlyList<string> Files)
{
    /// <summary>Where the time went, stage by stage (<see cref="AnalyzeStageTimes.None"/> for a merge).</summary>
    public AnalyzeStageTimes Stages { get; init; } = AnalyzeStageTimes.None;

    /// <summary>Characters per second.</summary>
    public double CharactersPerSecond => Elapsed.TotalSeconds > 0 ? Characters / Elapsed.TotalSeconds : 0;
}
