namespace PolicyLens.Pipeline;

/// <summary>
/// Where an analysis spent its time, stage by stage, so that a slow run says which stage to look at
/// (<c>policylens analyze --timings</c> prints it). Stages that run on several threads at once (targets, mentions,
/// themes) are summed over the threads, so on two cores they can add up to more than the wall time.
/// </summary>
/// <param name="Reading">Reading the corpus: decoding, normalising and splitting into documents, with their metadata.</param>
/// <param name="Targets">Finding numeric targets (the target extractor).</param>
/// <param name="Mentions">Finding mentions of formulas and policies (the mention sources) and counting the document.</param>
/// <param name="ThemeClassifierLoading">Loading the theme classifier (in the background, while the first documents are read).</param>
/// <param name="WaitingForThemeClassifier">Documents' time spent waiting for the classifier to be loaded.</param>
/// <param name="Themes">Classifying the sentences into themes.</param>
/// <param name="Rows">Writing the per-document rows (documents, mentions, targets).</param>
/// <param name="Statistics">Computing the corpus statistics and writing their tables, then publishing every file.</param>
public sealed record AnalyzeStageTimes(
    TimeSpan Reading,
    TimeSpan Targets,
    TimeSpan Mentions,
    TimeSpan ThemeClassifierLoading,
    TimeSpan WaitingForThemeClassifier,
    TimeSpan Themes,
    TimeSpan Rows,
    TimeSpan Statistics)
{
    /// <summary>No time in any stage (an analysis that did not measure them, such as a merge).</summary>
    public static AnalyzeStageTimes None { get; } = new(default, default, default, default, default, default, default, default);
}
