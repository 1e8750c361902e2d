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
public static class MergeJob
{
    /// <summary>Merges the shard output folders into <see cref="AnalyzeOptions.OutputDirectory"/>.</summary>
    /// <exception cref="FileNotFoundException">A shard folder lacks a file the merge needs; the message names it.</exception>
    public static AnalyzeSummary Run(IReadOnlyList<string> shardDirectories, AnalyzeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(shardDirectories);
        options ??= AnalyzeOptions.Default;
        if (shardDirectories.Count == 0)
        {
            throw new ArgumentException("Name at least one shard output folder.", nameof(shardDirectories));
        }

        var clock = Stopwatch.StartNew();
        var counts = new CorpusCounts();

        // The themes, in the order the shards' classifier gave them (each shard writes every theme of every group).
        var themeRows = shardDirectories.SelectMany(s => Rows(s, AnalysisTables.ThemeCounts, partial: true)).ToList();
        var themes = new ThemeCounts([.. themeRows.Select(r => (string)r[2]!).Distinct(StringComparer.Ordinal)]);
        foreach (object?[] r in themeRows)
        {
            themes.Add(Group(r), (string)r[2]!, (long)r[3]!);
        }

        foreach (string shard in shardDirectories)
        {
            foreach (object?[] r in Rows(shard, AnalysisTables.GroupCounts, partial: true))
            {
                counts.AddGroup(Group(r), new GroupTotals((long)r[2]!, (long)r[3]!, (long)r[4]!, (long)r[5]!));
            }

            foreach (object?[] r in Rows(shard, AnalysisTables.ItemCounts, partial: true))
            {
                counts.AddItem(Group(r), new ItemKey((string)r[2]!, (string)r[3]!), new ItemCounts((long)r[4]!, (long)r[5]!, (long)r[6]!));
            }

            foreach (object?[] r in Rows(shard, AnalysisTables.PairCounts, partial: true))
            {
                counts.AddPair(Group(r), new ItemKey((string)r[2]!, (string)r[3]!), new ItemKey((string)r[4]!, (string)r[5]!), (long)r[6]!);
            }
        }

        // A document's ordinal orders everything; mentions and targets follow their document.
        var ordinals = new Dictionary<string, long>(StringComparer.Ordinal);
        using var writers = new TableSet(options.OutputDirectory, options.Formats);
        long documents = 0, characters = 0, mentions = 0, targets = 0;
        TableSet.Writers docs = writers.Open(AnalysisTables.Documents);
        foreach (object?[] row in MergeByKey(shardDirectories, AnalysisTables.Documents, r => (long)r[0]!))
        {
            ordinals[(string)row[1]!] = (long)row[0]!;
            documents++;
            characters += (long)row[AnalysisTables.Documents.IndexOf("characters")]!;
            docs.WriteRow(row);
        }

        TableSet.Writers mentionRows = writers.Open(AnalysisTables.Mentions);
        foreach (object?[] row in MergeByKey(shardDirectories, AnalysisTables.Mentions, r => ordinals[(string)r[0]!]))
        {
            mentions++;
            mentionRows.WriteRow(row);
        }

        TableSet.Writers targetRows = writers.Open(AnalysisTables.Targets);
        foreach (object?[] row in MergeByKey(shardDirectories, AnalysisTables.Targets, r => ordinals[(string)r[0]!]))
        {
            targets++;
            targetRows.WriteRow(row);
        }

        TableSet.Writers sentenceRows = writers.Open(SentenceTable.Schema);
        foreach (object?[] row in MergeByKey(shardDirectories, SentenceTable.Schema, r => ordinals[(string)r[0]!]))
        {
            sentenceRows.WriteRow(row);
        }

        TableSet.Writers sectionRows = writers.Open(SectionTable.Schema);
        foreach (object?[] row in MergeByKey(shardDirectories, SectionTable.Schema, r => ordinals[(string)r[0]!]))
        {
            sectionRows.WriteRow(row);
        }

        AnalyzeJob.WriteStatistics(writers, counts, themes, options.Trends);
        IReadOnlyList<string> files = writers.CompleteAll();
        return new AnalyzeSummary(documents, documents, [], characters, mentions, targets, clock.Elapsed, files);
    }

    private static GroupKey Group(object?[] row) => new((string)row[0]!, (double?)row[1]);

    private static IEnumerable<object?[]> Rows(string shard, TableSchema schema, bool partial)
    {
        string path = partial
            ? Path.Combine(shard, AnalyzeJob.PartialsFolder, schema.Name + ".parquet")
            : Path.Combine(shard, schema.Name + ".parquet");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{path} is missing: merge needs each shard's Parquet tables and partials/ (shard runs always write them).", path);
        }

        return ParquetTableReader.ReadRows(path, schema);
    }

    /// <summary>A k-way merge of the shards' rows, each shard already in key order; ties keep shard order.</summary>
    private static IEnumerable<object?[]> MergeByKey(IReadOnlyList<string> shards, TableSchema schema, Func<object?[], long> key)
    {
        var cursors = shards.Select(s => Rows(s, schema, partial: false).GetEnumerator()).ToArray();
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
                object?[] row = cursors[i].Current;
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
}
