namespace PolicyLens.Pipeline;

/// <summary>How far an analysis has got.</summary>
/// <param name="Documents">Documents analysed.</param>
/// <param name="Characters">Characters of text analysed.</param>
/// <param name="Elapsed">Time since the start.</param>
public sealed record AnalyzeProgress(long Documents, long Characters, TimeSpan Elapsed)
{
    /// <summary>Characters per second so far.</summary>
    public double CharactersPerSecond => Elapsed.TotalSeconds > 0 ? Characters / Elapsed.TotalSeconds : 0;
}
