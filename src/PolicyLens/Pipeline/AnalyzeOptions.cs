// The options of the main job and of merging its shards.
using PolicyLens.Analysis;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;

namespace PolicyLens.Pipeline;

/// <summary>How <see cref="AnalyzeJob"/> reads, counts and writes a corpus. Immutable; vary it with <c>with</c>.</summary>
public sealed record AnalyzeOptions
{
    private IReadOnlyList<IMentionSource>? _mentionSources;

    /// <summary>The defaults: group by year, all three formats, every core.</summary>
    public static AnalyzeOptions Default { get; } = new();

    /// <summary>Where the tables are written (created if missing).</summary>
    public string OutputDirectory { get; init; } = "policylens-out";

    /// <summary>What documents are grouped by.</summary>
    public GroupBy GroupBy { get; init; } = GroupBy.Year;

    /// <summary>The file formats of every table.</summary>
    public ExportFormat Formats { get; init; } = ExportFormat.Csv | ExportFormat.Json | ExportFormat.Parquet;

    /// <summary>
    /// Where mentions of formulas, policies and the like come from (targets are always extracted): by default the slogan
    /// extractor with the built-in lexicon.
    /// </summary>
    /// <remarks>The built-in source is made only when read: options that name their own sources never build it.</remarks>
    public IReadOnlyList<IMentionSource> MentionSources
    {
        get => _mentionSources ??= [SloganMentionSource.Default];
        init => _mentionSources = value;
    }

    /// <summary>The target extractor.</summary>
    public TargetExtractor Targets { get; init; } = TargetExtractor.Default;

    /// <summary>Whether every sentence is classified into a policy theme for the <c>themes</c> and <c>entropy</c> tables;
    /// false leaves them empty and saves the time of classifying.</summary>
    public bool ClassifyThemes { get; init; } = true;

    /// <summary>
    /// Whether the <c>sentences</c> table (one row per classified sentence, with its source offsets, section and text) is
    /// written; false writes it empty and skips what only the table needs (the theme shares and entropy are the same).
    /// <c>policylens analyze --no-sentences</c>; README, "The main job", measures what the table costs.
    /// </summary>
    public bool SentenceTable { get; init; } = true;

    /// <summary>
    /// Whether the <c>sentences</c> table has the sentence's text as its last column (<c>text</c>). False by default: the
    /// table is the per-sentence coding (offsets, section, themes), 11.4 of 26.6 MB lighter on gwr + cpc-congress, and the
    /// sentences behind each theme's share are in the <c>theme_sentences</c> table. <c>policylens analyze
    /// --sentence-text</c>; the manifest records it, so <c>merge</c> takes only shards that agree on it.
    /// </summary>
    public bool SentenceText { get; init; }

    /// <summary>
    /// The classifier whose sentence themes give the <c>themes</c> and <c>entropy</c> tables; null means the built-in
    /// model, which is then loaded in the background while the first documents are read.
    /// </summary>
    public ThemeClassifier? Themes { get; init; }

    /// <summary>How the corpus is read.</summary>
    public CorpusOptions Corpus { get; init; } = CorpusOptions.Default;

    /// <summary>How trend statuses are decided.</summary>
    public TrendOptions Trends { get; init; } = TrendOptions.Default;

    /// <summary>This run's shard, from 0: it analyses the documents whose position in the corpus is <see cref="Shard"/> modulo <see cref="ShardCount"/>.</summary>
    public int Shard { get; init; }

    /// <summary>Number of shards the corpus is split into (1: the whole corpus).</summary>
    public int ShardCount { get; init; } = 1;

    /// <summary>
    /// Characters analysed between two compacting collections of the whole heap, which keep a long run's memory flat (0:
    /// never, the runtime's own collections only). A run's background collections sweep the old generation but do not
    /// compact it, so its free space grows slowly with the corpus; one blocking collection every 20 M characters (18 over a
    /// 1 GB corpus, which took no longer for them) keeps the resident size of a 1 GB run level. The tables do not depend on it.
    /// </summary>
    public long CompactHeapEvery { get; init; } = 20_000_000;

    /// <summary>Documents analysed at once; the output does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Stops the run between documents: nothing is published, the staging folder is removed, and the run throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Told of progress every few documents.</summary>
    public IProgress<AnalyzeProgress>? Progress { get; init; }
}
