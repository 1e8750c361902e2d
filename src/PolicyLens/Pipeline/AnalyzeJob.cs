// The main job: corpus in, every table of the analysis out, published as one transaction.
using System.Diagnostics;
using System.Globalization;
using PolicyLens.Analysis;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Extraction.Slogans;
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
/// Output is a transaction: every file is written into a staging folder beside the output folder, and once the whole
/// analysis has succeeded the folder is published in one atomic step with its manifest (<c>datapackage.json</c>, see
/// <see cref="RunManifest"/>). A failed, cancelled or killed run leaves the previous outputs as they were and no partial
/// file; the published folder holds exactly the new run's files. The additive counts are also written to
/// <c>partials/</c> as Parquet, so shards can be merged (<see cref="MergeJob"/>) into exactly the tables of one run.
/// </para>
/// </remarks>
public static class AnalyzeJob
{
    /// <summary>The folder, under the output directory, of the partial counts.</summary>
    public const string PartialsFolder = "partials";

    private const int ProgressEvery = 16;

    // Documents per analysing thread read and not yet written: enough that a long report does not stall the others
    // (the national reports run to 40,000 characters, a resolution to 2,000), few enough that memory stays flat.
    private const int DocumentsInFlight = 4;

    /// <summary>Analyses the corpus at <paramref name="input"/> (a folder, a file, a .jsonl or a .csv) and publishes the tables.</summary>
    /// <param name="input">The corpus.</param>
    /// <param name="options">How to read, count and write; <see cref="AnalyzeOptions.Default"/> when null.</param>
    /// <exception cref="InputException">Nothing exists at <paramref name="input"/>, the corpus (or this shard) has no document, nothing readable exists at it (or its name is not valid UTF-8), or the output folder holds files PolicyLens did not write.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled (<see cref="AnalyzeOptions.Cancellation"/>); earlier output is as it was.</exception>
    public static AnalyzeSummary Run(string input, AnalyzeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= AnalyzeOptions.Default;
        CancellationToken cancellationToken = options.Cancellation;
        FileKind kind = TextFile.KindOf(input);
        if (kind is not (FileKind.Regular or FileKind.Directory))
        {
            throw TextFile.NotRegular(input, kind);
        }

        if (options.ShardCount < 1 || options.Shard < 0 || options.Shard >= options.ShardCount)
        {
            throw new ArgumentException($"Shard {options.Shard} of {options.ShardCount} does not exist; shards are numbered 0 to N-1.", nameof(options));
        }

        var clock = Stopwatch.StartNew();
        var reader = new CorpusReader(options.Corpus);
        var stages = new StageClock();

        // A shard's tables are merged later from Parquet, so a shard always writes it.
        ExportFormat formats = options.ShardCount > 1 ? options.Formats | ExportFormat.Parquet : options.Formats;
        using var fingerprint = new CorpusFingerprint();
        var writers = new TableSet(options.OutputDirectory, formats);
        try
        {
            // The classifier takes a while to load; read and extract the first documents meanwhile.
            Task<ThemeClassifier?> classifier = Task.Run(() =>
            {
                long start = Stopwatch.GetTimestamp();
                ThemeClassifier? loaded = options.ClassifyThemes ? options.Themes ?? ThemeClassifier.Default : null;
                stages.Add(ref stages.ThemeClassifierLoading, start);
                return loaded;
            }, cancellationToken);
            // So is the mention sources' one-time set-up (the built-in lexicon, its segmenter, the matcher, the finders'
            // static tables): made here, beside reading and the first targets, not in the first document's mentions stage.
            _ = Task.Run(() => WarmUp(options.MentionSources), cancellationToken);
            var counts = new CorpusCounts();
            ThemeCounts? themes = null;
            long documents = 0, characters = 0, mentions = 0, targets = 0, compactedAt = 0;
            var docs = writers.Open(AnalysisTables.Documents);
            var mentionRows = writers.Open(AnalysisTables.Mentions);
            var targetRows = writers.Open(AnalysisTables.Targets);
            var sentenceRows = writers.Open(SentenceTable.For(options.SentenceText));
            var surest = new SurestSentences<SentenceTheme>(ThemeSentenceTable.PerTheme);
            var sectionRows = writers.Open(SectionTable.Table);

            // Every shard reads (and fingerprints) the whole corpus, in order, and analyses its own documents.
            IEnumerable<ShardDocument> mine = ShardDocuments(stages.TimeReading(reader.Read(input)), fingerprint, options.Shard, options.ShardCount);
            // One document at a time to each thread, in order, at most DocumentsInFlight per thread read and not yet written.
            int threads = Math.Max(1, options.MaxDegreeOfParallelism);
            var results = OrderedWork.Select(mine, x => Analyze(x.Document, x.Ordinal, options, classifier, stages),
                threads, threads * DocumentsInFlight, cancellationToken);

            foreach ((DocumentAnalysis analysis, IReadOnlyList<TargetRecord> records, IReadOnlyList<SentenceTheme> sentences, int ordinal) in results)
            {
                long rowsStart = Stopwatch.GetTimestamp();
                counts.Add(analysis.Observation);
                themes ??= new ThemeCounts(classifier.Result?.Themes ?? []);
                themes.Add(analysis.Group, sentences);
                docs.Write((ordinal, analysis));
                for (int i = 0; i < analysis.Mentions.Count; i++)
                {
                    mentionRows.Write((analysis, i));
                }

                targetRows.WriteAll(records);
                if (options.SentenceTable)
                {
                    sentenceRows.WriteAll(sentences);
                    foreach (SentenceTheme sentence in sentences)
                    {
                        surest.Count(sentence.Theme, 1);
                        // Without --sentence-text the rows carry no text: the few the theme_sentences table may keep get theirs here.
                        if (surest.WouldKeep(sentence.Theme, sentence.Probability, ordinal, sentence.Sentence))
                        {
                            surest.Offer(sentence.Theme, sentence.Probability, ordinal, sentence.Sentence,
                                options.SentenceText ? sentence : sentence with { Text = ThemeClassifier.SentenceText(analysis.Document, sentence.Sentence) });
                        }
                    }
                }

                sectionRows.WriteAll(SectionTable.Rows(analysis.Document));

                documents++;
                characters += analysis.Document.Text.Length;
                mentions += analysis.Mentions.Count;
                targets += records.Count;
                stages.Add(ref stages.Rows, rowsStart);
                if (options.CompactHeapEvery > 0 && characters - compactedAt >= options.CompactHeapEvery)
                {
                    compactedAt = characters;
                    CompactHeap();
                }

                if (documents % ProgressEvery == 0)
                {
                    options.Progress?.Report(new AnalyzeProgress(documents, characters, clock.Elapsed));
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (documents == 0)
            {
                throw fingerprint.Documents == 0
                    ? new InputException(input, "the corpus has no document to analyse" + (reader.Summary.Skipped.Count > 0 ? $" ({reader.Summary.Skipped.Count} sources skipped)" : ""),
                        remedy: "point at a folder of .txt/.md files, a .jsonl or a .csv corpus; earlier output is left as it was")
                    : new InputException(input, $"shard {options.Shard}/{options.ShardCount} has no document: the corpus has only {fingerprint.Documents}",
                        remedy: "use fewer shards");
            }

            options.Progress?.Report(new AnalyzeProgress(documents, characters, clock.Elapsed));
            long statisticsStart = Stopwatch.GetTimestamp();
            // The per-document tables' last Parquet row groups are compressed while the statistics are computed.
            WriteStatistics(writers, counts, themes ?? new ThemeCounts(classifier.Result?.Themes ?? []), options.Trends,
                options.MaxDegreeOfParallelism, cancellationToken, docs.Complete, mentionRows.Complete, targetRows.Complete, sentenceRows.Complete, sectionRows.Complete,
                () => writers.Open(ThemeSentenceTable.Table).WriteAll(SurestRows(surest)).Complete());
            var manifest = new RunManifest(RunManifest.NewRunId(), fingerprint.Value, fingerprint.Documents, options.Shard, options.ShardCount, Describe(options, formats));
            IReadOnlyList<string> files = writers.Publish(manifest);
            stages.Add(ref stages.Statistics, statisticsStart);
            return new AnalyzeSummary(documents, reader.Summary.DocumentsRead, reader.Summary.Skipped, characters, mentions, targets, clock.Elapsed, files)
            {
                Stages = stages.Times(),
            };
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A Task's result (the theme classifier's loading) wraps its failure; the caller wants the (first) failure itself.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        finally
        {
            writers.Dispose();
        }
    }

    // A blocking, compacting collection of every generation, the large-object heap included (AnalyzeOptions.CompactHeapEvery):
    // the background collections that run during a long job sweep gen2 without compacting it, and its free space grew from
    // 4 to 16 MB over a 1 GB corpus while the data alive stayed at 11 MB. With that little alive a collection is short: the 1 GB run with
    // them took 55.6 s against 58.4 s without (README, Benchmarks, after the twelfth round).
    private static void CompactHeap()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    // A short text with a formula, a numbered formula, a chain, a titled document and a named policy: extracting from it
    // runs every finder once, so their static set-up is done too.
    private const string WarmUpText = "坚持稳中求进工作总基调，扎实做好“六稳”工作，全面落实“六保”任务，推动高质量发展。" +
        "认真贯彻《中华人民共和国预算法》，实施乡村振兴战略，深化“放管服”改革，打好三大攻坚战。";

    // A document of this shard and its ordinal in the whole corpus; and what analysing it gave. Classes, not value tuples:
    // OrderedWork over reference types runs its shared, precompiled code, over value tuples the JIT compiled its iterator
    // and worker at every run (11 methods; issue 14, start-up code).
    private sealed record ShardDocument(Document Document, int Ordinal);

    private sealed record AnalysedDocument(DocumentAnalysis Analysis, IReadOnlyList<TargetRecord> Records, IReadOnlyList<SentenceTheme> Sentences, int Ordinal);

    // The documents of one shard with their ordinals in the whole corpus, every document fingerprinted on the way. A plain
    // iterator, not Select/Select/Where over (Document, int): those LINQ iterators over value tuples are not precompiled
    // and were compiled by the JIT at every run (issue 14, start-up code).
    private static IEnumerable<ShardDocument> ShardDocuments(IEnumerable<Document> documents,
        CorpusFingerprint fingerprint, int shard, int shardCount)
    {
        int ordinal = 0;
        foreach (Document document in documents)
        {
            fingerprint.Add(document, ordinal);
            if (ordinal % shardCount == shard)
            {
                yield return new ShardDocument(document, ordinal);
            }

            ordinal++;
        }
    }

    /// <summary>
    /// Builds the slogan mention sources among <paramref name="sources"/> and runs each once on a short text, so that the
    /// first document does not pay for their set-up. Other sources are left alone (their calls may have side effects).
    /// A failure is not reported here: the first document's mentions stage meets it again and fails the run as it did
    /// without the warm-up (the built-in source, lexicon and segmenter are made once, so it is the very same exception).
    /// </summary>
    internal static void WarmUp(IReadOnlyList<IMentionSource> sources)
    {
        try
        {
            foreach (IMentionSource source in sources)
            {
                if (source is SloganMentionSource slogans)
                {
                    _ = slogans.Extractor.Extract(WarmUpText);
                }
            }
        }
#pragma warning disable CA1031 // Deliberately swallowed: the run reports the failure where it always did.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>The options that shape the tables, as the manifest records them; a merge checks that its shards agree on all but <c>formats</c>.</summary>
    internal static Dictionary<string, string> Describe(AnalyzeOptions options, ExportFormat formats) => new(StringComparer.Ordinal)
    {
        ["group_by"] = AnalysisTables.Name(options.GroupBy),
        ["classify_themes"] = options.ClassifyThemes ? "true" : "false",
        ["themes_model"] = options.Themes is null ? "built-in" : "custom",
        ["trends"] = options.Trends.ToString(),
        ["sentence_text"] = options.SentenceText ? "true" : "false",
        ["min_confidence"] = MinimumConfidenceName(options.MentionSources),
        ["formats"] = FormatNames(formats),
    };

    /// <summary>
    /// The confidence thresholds of the formula sources, as the manifest records them: <c>none</c>, or <c>kind=p</c> pairs in
    /// kind order (<c>lexicon=0.5,quoted=0.5,…</c>); shards counted under different thresholds do not merge.
    /// </summary>
    internal static string MinimumConfidenceName(IReadOnlyList<IMentionSource> sources)
    {
        var thresholds = new List<string>();
        foreach (IMentionSource source in sources)
        {
            if (source is SloganMentionSource slogans)
            {
                foreach ((MentionKind kind, double minimum) in slogans.Extractor.Options.MinimumConfidence.OrderBy(t => t.Key))
                {
                    thresholds.Add(string.Create(CultureInfo.InvariantCulture, $"{kind.ToString().ToLowerInvariant()}={minimum}"));
                }
            }
        }

        return thresholds.Count == 0 ? "none" : string.Join(',', thresholds);
    }

    /// <summary>Formats as the command line names them: <c>csv,json,parquet</c>.</summary>
    internal static string FormatNames(ExportFormat formats)
    {
        // A loop, not Where and Select over (format, name) pairs: those were compiled by the JIT at every run.
        var names = new List<string>(4);
        foreach (ExportFormat format in (ReadOnlySpan<ExportFormat>)[ExportFormat.Csv, ExportFormat.Json, ExportFormat.JsonLines, ExportFormat.Parquet])
        {
            if (formats.HasFlag(format))
            {
                names.Add(format switch { ExportFormat.Csv => "csv", ExportFormat.Json => "json", ExportFormat.JsonLines => "jsonl", _ => "parquet" });
            }
        }

        return string.Join(',', names);
    }

    /// <summary>
    /// Writes the tables computed from counts, and the counts themselves as partials, each table on the first free core
    /// (slowest first), together with <paramref name="alongside"/> (the per-document tables' completion). Each file is
    /// still written by one thread, in order, so the bytes do not depend on the number of cores.
    /// </summary>
    internal static void WriteStatistics(TableSet writers, CorpusCounts counts, ThemeCounts themes, TrendOptions trends,
        int degreeOfParallelism, CancellationToken cancellationToken, params IEnumerable<Action> alongside)
    {
        // Slowest first (gwr + cpc-congress: trends 100 ms, co-occurrence 70 ms, keyness 60 ms, partials 40 ms, frequencies 35 ms).
        Action[] tables =
        [
            () => writers.Open(AnalysisTables.Trends).WriteAll(CorpusStatistics.Trends(counts, trends)).Complete(),
            () => writers.Open(AnalysisTables.Cooccurrence).WriteAll(CorpusStatistics.Cooccurrence(counts)).Complete(),
            .. alongside,
            () => writers.Open(AnalysisTables.Keyness).WriteAll(CorpusStatistics.KeynessByGroup(counts)).Complete(),
            () => writers.OpenPartial(AnalysisTables.PairCounts).WriteAll(PairRows(counts)).Complete(),
            () => writers.Open(AnalysisTables.Frequencies).WriteAll(CorpusStatistics.Frequencies(counts)).Complete(),
            () => writers.OpenPartial(AnalysisTables.ItemCounts).WriteAll(ItemRows(counts)).Complete(),
            () => writers.OpenPartial(AnalysisTables.GroupCounts).WriteAll(GroupRows(counts)).Complete(),
            () => writers.Open(AnalysisTables.Themes).WriteAll(themes.Shares()).Complete(),
            () => writers.Open(AnalysisTables.Entropy).WriteAll(themes.Entropies()).Complete(),
            () => writers.OpenPartial(AnalysisTables.ThemeCounts).WriteAll(themes.Shares()).Complete(),
        ];
        try
        {
            Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degreeOfParallelism), CancellationToken = cancellationToken }, tables);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The caller wants the (first) failure itself, as a serial run would have thrown it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    // The theme_sentences rows (an iterator, not Select: see GroupRows).
    private static IEnumerable<SurestSentence> SurestRows(SurestSentences<SentenceTheme> surest)
    {
        foreach (SurestSentences<SentenceTheme>.Ranked row in surest.Rows())
        {
            yield return new SurestSentence(row.Theme, row.Sentences, row.Rank, row.Item);
        }
    }

    // The item and pair counts in their order (iterators, not the read-only views of their arrays: enumerating an array of
    // these key-value pairs through an interface was generic code the JIT compiled at every run).
    private static IEnumerable<KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts>> ItemRows(CorpusCounts counts)
    {
        foreach (KeyValuePair<(GroupKey Group, ItemKey Item), ItemCounts> row in counts.SortedItems)
        {
            yield return row;
        }
    }

    private static IEnumerable<KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long>> PairRows(CorpusCounts counts)
    {
        foreach (KeyValuePair<(GroupKey Group, ItemKey First, ItemKey Second), long> row in counts.SortedPairs)
        {
            yield return row;
        }
    }

    // Each group with its totals (an iterator, not Select over value-tuple rows: generic code the JIT compiled at start-up).
    private static IEnumerable<(GroupKey Group, GroupTotals Totals)> GroupRows(CorpusCounts counts)
    {
        foreach (GroupKey g in counts.Groups)
        {
            yield return (g, counts[g]);
        }
    }

    private static AnalysedDocument Analyze(
        Document document, int ordinal, AnalyzeOptions options, Task<ThemeClassifier?> classifier, StageClock stages)
    {
        long start = Stopwatch.GetTimestamp();
        IReadOnlyList<TargetRecord> found = options.Targets.ExtractFromText(document);
        start = stages.Add(ref stages.Targets, start);
        DocumentAnalysis analysis = DocumentAnalysis.Create(document, options.GroupBy, options.MentionSources, TargetMentionSource.Mentions(found));
        start = stages.Add(ref stages.Mentions, start);

        // Themes last: the classifier may still be loading while the first documents get this far.
        // The Text stage's sentences, each with its source offsets and section: the rows of the sentences table.
        IReadOnlyList<SentenceTheme> sentences = [];
        if (options.ClassifyThemes)
        {
            ThemeClassifier? themes = classifier.Result;
            start = stages.Add(ref stages.WaitingForThemeClassifier, start);
            sentences = themes?.ClassifyDocument(document, forTable: options.SentenceTable, withText: options.SentenceText) ?? [];
            stages.Add(ref stages.Themes, start);
        }

        return new AnalysedDocument(analysis, [.. found.Select(r => r.InSource(document))], sentences, ordinal);
    }

    /// <summary>Stopwatch ticks spent in each stage, added from every thread.</summary>
    private sealed class StageClock
    {
        internal long Reading;
        internal long Targets;
        internal long Mentions;
        internal long ThemeClassifierLoading;
        internal long WaitingForThemeClassifier;
        internal long Themes;
        internal long Rows;
        internal long Statistics;

        /// <summary>Adds the time since <paramref name="start"/> to <paramref name="stage"/>; returns now, the next stage's start.</summary>
        internal long Add(ref long stage, long start)
        {
            long now = Stopwatch.GetTimestamp();
            Interlocked.Add(ref stage, now - start);
            return now;
        }

        /// <summary>The documents of <paramref name="source"/>, the time taken to produce each added to <see cref="Reading"/>.</summary>
        internal IEnumerable<Document> TimeReading(IEnumerable<Document> source)
        {
            using IEnumerator<Document> documents = source.GetEnumerator();
            while (true)
            {
                long start = Stopwatch.GetTimestamp();
                bool more = documents.MoveNext();
                Add(ref Reading, start);
                if (!more)
                {
                    yield break;
                }

                yield return documents.Current;
            }
        }

        internal AnalyzeStageTimes Times() => new(
            Stopwatch.GetElapsedTime(0, Reading),
            Stopwatch.GetElapsedTime(0, Targets),
            Stopwatch.GetElapsedTime(0, Mentions),
            Stopwatch.GetElapsedTime(0, ThemeClassifierLoading),
            Stopwatch.GetElapsedTime(0, WaitingForThemeClassifier),
            Stopwatch.GetElapsedTime(0, Themes),
            Stopwatch.GetElapsedTime(0, Rows),
            Stopwatch.GetElapsedTime(0, Statistics));
    }
}
