// Merging shard outputs: validated to be the shards of one run, each exactly once, then combined into one run's tables.
using System.Diagnostics;
using PolicyLens.Analysis;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;

namespace PolicyLens.Pipeline;

/// <summary>
/// Combines the outputs of shard runs (<c>analyze --shard I/N</c>) into exactly the tables of a single run: the partial
/// counts are added and every statistic is recomputed from the sums; documents, mentions, targets and sentences are merged in the
/// corpus's order (each shard's rows are already in that order, so the merge streams).
/// </summary>
/// <remarks>
/// Before anything is read, the shards' manifests must show one run covered exactly once: the same corpus fingerprint,
/// the same options (all but the formats), the same schema version, shard counts equal to the number of folders given,
/// and every shard index from 0 to N-1 once. Every file the merge reads must have the size and SHA-256 its manifest
/// lists. Whatever is wrong is an <see cref="InputException"/> naming the shard folder or file.
/// </remarks>
public static class MergeJob
{
    /// <summary>Merges the shard output folders into <see cref="AnalyzeOptions.OutputDirectory"/> and publishes the result with its manifest.</summary>
    /// <exception cref="InputException">The folders are not exactly the shards of one run, or a shard's file is missing or damaged.</exception>
    public static AnalyzeSummary Run(IReadOnlyList<string> shardDirectories, AnalyzeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(shardDirectories);
        options ??= AnalyzeOptions.Default;
        CancellationToken cancellationToken = options.Cancellation;
        if (shardDirectories.Count == 0)
        {
            throw new ArgumentException("Name at least one shard output folder.", nameof(shardDirectories));
        }

        var clock = Stopwatch.StartNew();
        RunManifest[] manifests = Validate(shardDirectories);
        var shards = shardDirectories.Zip(manifests, (folder, manifest) => new Shard(folder, manifest)).OrderBy(s => s.Manifest.Shard).ToArray();

        var counts = new CorpusCounts();

        // The themes, in the order the shards' classifier gave them (each shard writes every theme of every group).
        var themeRows = shards.SelectMany(s => s.Partial(AnalysisTables.ThemeCounts.Schema)).ToList();
        var themes = new ThemeCounts([.. themeRows.Select(r => r.Text("theme")).Distinct(StringComparer.Ordinal)]);
        foreach (TableRecord r in themeRows)
        {
            themes.Add(Group(r), r.Text("theme"), r.RequiredInteger("characters"));
        }

        foreach (Shard shard in shards)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (TableRecord r in shard.Partial(AnalysisTables.GroupCounts.Schema))
            {
                counts.AddGroup(Group(r), new GroupTotals(r.RequiredInteger("documents"), r.RequiredInteger("characters"), r.RequiredInteger("paragraphs"), r.RequiredInteger("mentions")));
            }

            foreach (TableRecord r in shard.Partial(AnalysisTables.ItemCounts.Schema))
            {
                counts.AddItem(Group(r), Item(r, "kind", "canonical"), new ItemCounts(r.RequiredInteger("mentions"), r.RequiredInteger("documents"), r.RequiredInteger("paragraphs")));
            }

            foreach (TableRecord r in shard.Partial(AnalysisTables.PairCounts.Schema))
            {
                counts.AddPair(Group(r), Item(r, "kind_a", "canonical_a"), Item(r, "kind_b", "canonical_b"), r.RequiredInteger("paragraphs"));
            }
        }

        // A document's ordinal orders everything; mentions and targets follow their document.
        var ordinals = new Dictionary<string, long>(StringComparer.Ordinal);
        using var writers = new TableSet(options.OutputDirectory, options.Formats);
        long documents = 0, characters = 0, mentions = 0, targets = 0;
        var docs = writers.Open(AnalysisTables.Documents);
        foreach (TableRecord row in MergeByKey(shards, AnalysisTables.Documents.Schema, r => r.RequiredInteger("ordinal")))
        {
            ordinals[row.RequiredText("doc")] = row.RequiredInteger("ordinal");
            documents++;
            characters += row.RequiredInteger("characters");
            docs.WriteCells([.. row.Values]);
        }

        var mentionRows = writers.Open(AnalysisTables.Mentions);
        foreach (TableRecord row in MergeByKey(shards, AnalysisTables.Mentions.Schema, r => Ordinal(ordinals, r)))
        {
            mentions++;
            mentionRows.WriteCells([.. row.Values]);
        }

        var targetRows = writers.Open(AnalysisTables.Targets);
        foreach (TableRecord row in MergeByKey(shards, AnalysisTables.Targets.Schema, r => Ordinal(ordinals, r)))
        {
            targets++;
            targetRows.WriteCells([.. row.Values]);
        }

        // The shards agree on sentence_text (checked above); the merge writes the table as they did.
        Table<SentenceTheme> sentenceTable = SentenceTable.For(shards[0].Manifest.Options.GetValueOrDefault("sentence_text") == "true");
        var sentenceRows = writers.Open(sentenceTable);
        foreach (TableRecord row in MergeByKey(shards, sentenceTable.Schema, r => Ordinal(ordinals, r)))
        {
            sentenceRows.WriteCells([.. row.Values]);
        }

        // The surest sentences of each theme: the union of the shards' rows cut to the same top rows, each theme's count summed.
        var surest = new SurestSentences<object?[]>(ThemeSentenceTable.PerTheme);
        TableSchema surestSchema = ThemeSentenceTable.Schema;
        int themeColumn = surestSchema.IndexOf("theme"), countColumn = surestSchema.IndexOf("sentences"), rankColumn = surestSchema.IndexOf("rank");
        foreach (Shard shard in shards)
        {
            foreach (TableRecord row in shard.Table(surestSchema))
            {
                string theme = row.RequiredText("theme");
                if (row.RequiredInteger("rank") == 1)
                {
                    surest.Count(theme, row.RequiredInteger("sentences"));
                }

                surest.Offer(theme, row.Real("probability") ?? 0, Ordinal(ordinals, row), row.RequiredInteger("sentence"), [.. row.Values]);
            }
        }

        var surestRows = writers.Open(ThemeSentenceTable.Table);
        foreach (SurestSentences<object?[]>.Ranked row in surest.Rows())
        {
            object?[] cells = row.Item;
            cells[themeColumn] = row.Theme;
            cells[countColumn] = row.Sentences;
            cells[rankColumn] = (long)row.Rank;
            surestRows.WriteCells(cells);
        }

        var sectionRows = writers.Open(SectionTable.Table);
        foreach (TableRecord row in MergeByKey(shards, SectionTable.Schema, r => Ordinal(ordinals, r)))
        {
            sectionRows.WriteCells([.. row.Values]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        AnalyzeJob.WriteStatistics(writers, counts, themes, options.Trends, Environment.ProcessorCount, cancellationToken,
            docs.Complete, mentionRows.Complete, targetRows.Complete, sentenceRows.Complete, sectionRows.Complete, surestRows.Complete);
        RunManifest first = shards[0].Manifest;
        var runOptions = new Dictionary<string, string>(first.Options.ToDictionary(), StringComparer.Ordinal) { ["formats"] = AnalyzeJob.FormatNames(options.Formats) };
        var manifest = new RunManifest(RunManifest.NewRunId(), first.CorpusFingerprint, first.Documents, 0, 1, runOptions, [.. shards.Select(s => s.Manifest.RunId)]);
        IReadOnlyList<string> files = writers.Publish(manifest);
        return new AnalyzeSummary(documents, documents, [], characters, mentions, targets, clock.Elapsed, files);
    }

    /// <summary>The shards' manifests, checked to describe one run covered exactly once.</summary>
    private static RunManifest[] Validate(IReadOnlyList<string> folders)
    {
        var manifests = folders.Select(f => RunManifest.TryRead(f) ?? throw new InputException(f,
            $"no {RunManifest.FileName}: not the output of 'policylens analyze --shard I/N' (or written by a version before manifests)",
            remedy: "re-run that shard")).ToArray();
        RunManifest reference = manifests[0];
        for (int i = 0; i < manifests.Length; i++)
        {
            RunManifest m = manifests[i];
            if (m.SchemaVersion != TableSchema.Version)
            {
                throw new InputException(folders[i], $"written with schema version {m.SchemaVersion}; this merge reads {TableSchema.Version}",
                    remedy: "re-run every shard with the same PolicyLens version");
            }

            if (m.MergedFrom.Count > 0)
            {
                throw new InputException(folders[i], "is already a merged run, not a shard", remedy: "merge the shard folders themselves");
            }

            if (m.ShardCount != folders.Count)
            {
                throw new InputException(folders[i], $"is shard {m.Shard}/{m.ShardCount}, but {folders.Count} shard folders were given",
                    remedy: $"give all {m.ShardCount} shards of the run, each once");
            }

            if (m.CorpusFingerprint != reference.CorpusFingerprint || m.Documents != reference.Documents)
            {
                throw new InputException(folders[i], $"comes from another corpus than {folders[0]} (fingerprint {Short(m.CorpusFingerprint)}, not {Short(reference.CorpusFingerprint)})",
                    remedy: "merge only the shards of one run");
            }

            foreach (string name in m.Options.Keys.Union(reference.Options.Keys).Where(k => k != "formats"))
            {
                string mine = m.Options.GetValueOrDefault(name) ?? "(none)", theirs = reference.Options.GetValueOrDefault(name) ?? "(none)";
                if (mine != theirs)
                {
                    throw new InputException(folders[i], $"was run with {name} = {mine}, but {folders[0]} with {name} = {theirs}",
                        remedy: "merge only the shards of one run");
                }
            }

            int twin = Array.FindIndex(manifests, 0, i, o => o.Shard == m.Shard);
            if (twin >= 0)
            {
                throw new InputException(folders[i], $"is shard {m.Shard}/{m.ShardCount} again (so is {folders[twin]}); its counts would be added twice",
                    remedy: "give each shard once");
            }
        }

        return manifests;
    }

    private static string Short(string fingerprint) => fingerprint.Length > 19 ? fingerprint[..19] + "…" : fingerprint;

    private static long Ordinal(Dictionary<string, long> ordinals, TableRecord row)
    {
        string doc = row.RequiredText("doc");
        return ordinals.TryGetValue(doc, out long ordinal)
            ? ordinal
            : throw new InputException(row.Source, $"row {row.Row}: document '{doc}' is not in any shard's documents table", remedy: "the shard is damaged; re-run it");
    }

    private static GroupKey Group(TableRecord row) => new(row.RequiredText("group"), row.Real("group_time"));

    private static ItemKey Item(TableRecord row, string kind, string canonical) => new(row.RequiredText(kind), row.RequiredText(canonical));

    /// <summary>A k-way merge of the shards' rows, each shard already in key order; ties keep shard order.</summary>
    private static IEnumerable<TableRecord> MergeByKey(Shard[] shards, TableSchema schema, Func<TableRecord, long> key)
    {
        var cursors = shards.Select(s => s.Table(schema).GetEnumerator()).ToArray();
        try
        {
            var queue = new PriorityQueue<int, (long Key, int Shard)>();
            for (int i = 0; i < cursors.Length; i++)
            {
                if (cursors[i].MoveNext())
                {
                    queue.Enqueue(i, (key(cursors[i].Current), i));
                }
            }

            while (queue.TryDequeue(out int i, out _))
            {
                TableRecord row = cursors[i].Current;
                yield return row;
                if (cursors[i].MoveNext())
                {
                    queue.Enqueue(i, (key(cursors[i].Current), i));
                }
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                cursor.Dispose();
            }
        }
    }

    /// <summary>One shard folder and its manifest; every file is checked against the manifest before it is read.</summary>
    private sealed record Shard(string Folder, RunManifest Manifest)
    {
        public IEnumerable<TableRecord> Table(TableSchema schema) => Read(schema.FileName(ExportFormat.Parquet), schema);

        public IEnumerable<TableRecord> Partial(TableSchema schema) => Read($"{AnalyzeJob.PartialsFolder}/{schema.FileName(ExportFormat.Parquet)}", schema);

        private IEnumerable<TableRecord> Read(string relativePath, TableSchema schema)
        {
            ManifestResource resource = Manifest.Resources.FirstOrDefault(r => r.Path == relativePath)
                ?? throw new InputException(Path.Combine(Folder, relativePath), $"not listed in the shard's {RunManifest.FileName}: merge needs each shard's Parquet tables and partials/",
                    remedy: "re-run the shard (shard runs always write them)");
            Manifest.Verify(Folder, resource);
            return TableReader.Read(Path.Combine(Folder, relativePath), schema);
        }
    }
}
