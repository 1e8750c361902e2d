using System.Diagnostics;
using PolicyLens.Analysis;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Extraction;
using PolicyLens.Extraction.Targets;
using PolicyLens.Text;

namespace PolicyLens.Pipeline;

/// <summary>
/// The main job, end to end: read a corpus (Text), find mentions and targets in each document (Extraction), count them
/// per group and compute the statistics (Analysis), and write every table (Export). This is the one place where the
/// stages meet; the CLI's <c>analyze</c> and the notebooks call it.
/// </summary>
/// <remarks>
/// <para>
/// Documents are read one at a time and analysed in parallel, in order, so memory stays bounded by the vocabulary of
/// counted items, not by the size of the corpus, and the output does not depend on the number of threads.
/// </para>
/// <para>
/// Every file is written under a temporary name and all are renamed only once the whole analysis has succeeded: an
/// interrupted run leaves the previous outputs as they were and no partial file. The additive counts are also written
/// to <c>partials/</c> as Parquet, so shards can be merged (<see cref="MergeJob"/>) into exactly the tables of one run.
/// </para>
/// </remarks>
public static class AnalyzeJob
{
    /// <summary>The folder, under the output directory, of the partial counts.</summary>
    public const string PartialsFolder = "partials";

    private const int ProgressEvery = 16;

    /// <summary>Analyses the corpus at <paramref name="input"/> (a folder, a file, a .jsonl or a .csv).</summary>
    /// <exception cref="FileNotFoundException">Nothing exists at <paramref name="input"/>.</exception>
    public static AnalyzeSummary Run(string input, AnalyzeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= AnalyzeOptions.Default;
        if (!File.Exists(input) && !Directory.Exists(input))
        {
            throw new FileNotFoundException($"{input}: no such file or folder", input);
        }

        if (options.ShardCount < 1 || options.Shard < 0 || options.Shard >= options.ShardCount)
        {
            throw new ArgumentException($"Shard {options.Shard} of {options.ShardCount} does not exist; shards are numbered 0 to N-1.", nameof(options));
        }

        var clock = Stopwatch.StartNew();
        var reader = new CorpusReader(options.Corpus);

        // A shard's tables are merged later from Parquet, so a shard always writes it.
        ExportFormat formats = options.ShardCount > 1 ? options.Formats | ExportFormat.Parquet : options.Formats;
        var writers = new TableSet(options.OutputDirectory, formats);
        try
        {
            // The classifier takes a while to load; read and extract the first documents meanwhile.
            Task<ThemeClassifier?> classifier = Task.Run(() => options.ClassifyThemes ? options.Themes ?? ThemeClassifier.Default : null);
            var counts = new CorpusCounts();
            ThemeCounts? themes = null;
            long documents = 0, characters = 0, mentions = 0, targets = 0;
            TableSet.Writers docs = writers.Open(AnalysisTables.Documents);
            TableSet.Writers mentionRows = writers.Open(AnalysisTables.Mentions);
            TableSet.Writers targetRows = writers.Open(AnalysisTables.Targets);

            IEnumerable<(Document Document, int Ordinal)> mine = reader.Read(input)
                .Select((d, i) => (d, i))
                .Where(x => x.i % options.ShardCount == options.Shard);
            var results = mine
                .AsParallel().AsOrdered()
                .WithDegreeOfParallelism(Math.Max(1, options.MaxDegreeOfParallelism))
                .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                .Select(x => Analyze(x.Document, x.Ordinal, options, classifier));

            foreach ((DocumentAnalysis analysis, IReadOnlyList<TargetRecord> records, IReadOnlyList<ClassifiedSentence> sentences, int ordinal) in results)
            {
                counts.Add(analysis.Observation);
                themes ??= new ThemeCounts(classifier.Result?.Themes ?? []);
                themes.Add(analysis.Group, sentences);
                docs.WriteRow([(long)ordinal, .. AnalysisTables.Row(analysis)]);
                foreach (object?[] row in AnalysisTables.MentionRows(analysis))
                {
                    mentionRows.WriteRow(row);
                }

                foreach (TargetRecord record in records)
                {
                    targetRows.WriteRow(AnalysisTables.Row(record));
                }

                documents++;
                characters += analysis.Document.Text.Length;
                mentions += analysis.Mentions.Count;
                targets += records.Count;
                if (documents % ProgressEvery == 0)
                {
                    options.Progress?.Report(new AnalyzeProgress(documents, characters, clock.Elapsed));
                }
            }

            options.Progress?.Report(new AnalyzeProgress(documents, characters, clock.Elapsed));
            WriteStatistics(writers, counts, themes ?? new ThemeCounts(classifier.Result?.Themes ?? []), options.Trends);
            IReadOnlyList<string> files = writers.CompleteAll();
            return new AnalyzeSummary(documents, reader.Summary.DocumentsRead, reader.Summary.Skipped, characters, mentions, targets, clock.Elapsed, files);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // PLINQ wraps the failures of the documents in flight; the caller wants the (first) failure itself.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        finally
        {
            writers.Dispose();
        }
    }

    /// <summary>Writes the tables computed from counts, and the counts themselves as partials.</summary>
    internal static void WriteStatistics(TableSet writers, CorpusCounts counts, ThemeCounts themes, TrendOptions trends)
    {
        Write(writers.Open(AnalysisTables.Themes), themes.Shares().Select(r => new object?[] { r.Group.Label, r.Group.Time, r.Theme, r.Characters, r.Share }));
        Write(writers.Open(AnalysisTables.Entropy), themes.Entropies().Select(r => new object?[] { r.Group.Label, r.Group.Time, r.Entropy.Entropy, r.Entropy.NormalizedEntropy }));
        Write(writers.OpenPartial(AnalysisTables.ThemeCounts), themes.Shares().Select(r => new object?[] { r.Group.Label, r.Group.Time, r.Theme, r.Characters }));
        Write(writers.Open(AnalysisTables.Frequencies), CorpusStatistics.Frequencies(counts).Select(AnalysisTables.Row));
        Write(writers.Open(AnalysisTables.Trends), CorpusStatistics.Trends(counts, trends).Select(AnalysisTables.Row));
        Write(writers.Open(AnalysisTables.Keyness), CorpusStatistics.KeynessByGroup(counts).Select(AnalysisTables.Row));
        Write(writers.Open(AnalysisTables.Cooccurrence), CorpusStatistics.Cooccurrence(counts).Select(AnalysisTables.Row));

        Write(writers.OpenPartial(AnalysisTables.GroupCounts), counts.Groups.Select(g =>
        {
            GroupTotals t = counts[g];
            return new object?[] { g.Label, g.Time, t.Documents, t.Characters, t.Paragraphs, t.Mentions };
        }));
        Write(writers.OpenPartial(AnalysisTables.ItemCounts), counts.Items.Select(e => new object?[]
        {
            e.Key.Group.Label, e.Key.Group.Time, e.Key.Item.Kind, e.Key.Item.Canonical, e.Value.Mentions, e.Value.Documents, e.Value.Paragraphs,
        }));
        Write(writers.OpenPartial(AnalysisTables.PairCounts), counts.Pairs.Select(e => new object?[]
        {
            e.Key.Group.Label, e.Key.Group.Time, e.Key.First.Kind, e.Key.First.Canonical, e.Key.Second.Kind, e.Key.Second.Canonical, e.Value,
        }));
    }

    private static void Write(TableSet.Writers table, IEnumerable<object?[]> rows)
    {
        foreach (object?[] row in rows)
        {
            table.WriteRow(row);
        }
    }

    private static (DocumentAnalysis Analysis, IReadOnlyList<TargetRecord> Records, IReadOnlyList<ClassifiedSentence> Sentences, int Ordinal) Analyze(
        Document document, int ordinal, AnalyzeOptions options, Task<ThemeClassifier?> classifier)
    {
        IReadOnlyList<TargetRecord> found = options.Targets.Extract(document.Text, ExtractionContext.Of(document));
        DocumentAnalysis analysis = DocumentAnalysis.Create(document, options.GroupBy, options.MentionSources, TargetMentionSource.Mentions(found));

        // Themes last: the classifier may still be loading while the first documents get this far.
        IReadOnlyList<ClassifiedSentence> sentences = classifier.Result?.ClassifyText(document.Text) ?? [];
        return (analysis, [.. found.Select(r => r.InSource(document))], sentences, ordinal);
    }
}
