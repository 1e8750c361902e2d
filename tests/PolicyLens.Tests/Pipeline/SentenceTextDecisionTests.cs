// Issue 15's decision on the sentences table (round 16): no text column by default, --sentence-text adds it back, and the
// theme_sentences table holds the text of each theme's surest sentences for the report; on gwr + cpc-congress.
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Export.Report;
using PolicyLens.Pipeline;
using PolicyLens.Text;

namespace PolicyLens.Tests.Pipeline;

public sealed class SentenceTextDecisionTests(SentenceTextAnalyses runs) : IClassFixture<SentenceTextAnalyses>
{
    private static readonly string[] Extensions = [".csv", ".json", ".jsonl", ".parquet"];

    [Fact]
    public void The_default_sentences_table_has_every_column_but_the_text_with_the_same_values()
    {
        string header = File.ReadLines(Path.Combine(runs.Default, "sentences.csv")).First();
        Assert.Equal(string.Join(',', SentenceTable.Schema.Columns.SkipLast(1).Select(c => c.Name)), header);
        Assert.Equal("text", SentenceTable.Schema.Columns[^1].Name);

        var plain = TableReader.Read(Path.Combine(runs.Default, "sentences.parquet"), SentenceTable.WithoutText.Schema).ToList();
        var full = TableReader.Read(Path.Combine(runs.WithText, "sentences.parquet"), SentenceTable.Schema).ToList();
        Assert.True(plain.Count > 30_000, $"gwr + cpc-congress have some 34,000 sentences, not {plain.Count}");
        Assert.Equal(full.Count, plain.Count);
        for (int i = 0; i < plain.Count; i++)
        {
            Assert.Equal(full[i].Values.SkipLast(1), plain[i].Values);
        }
    }

    [Fact]
    public void Sentence_text_gives_the_table_with_text_byte_for_byte_as_themes_prints_it()
    {
        // The table before this round's decision: every classified sentence, text last, as `themes --table sentences` writes it.
        using var expected = new MemoryStream();
        SentenceTable.Table.Write(expected, ExportFormat.Csv,
            new CorpusReader().Read(runs.Corpus).SelectMany(d => ThemeClassifier.Default.ClassifyDocument(d)));
        Assert.True(expected.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(runs.WithText, "sentences.csv"))),
            "sentences.csv of --sentence-text differs from the table with text");
    }

    [Fact]
    public void Every_other_table_is_the_same_with_or_without_the_text()
    {
        string[] files = [.. Directory.GetFiles(runs.Default, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(runs.Default, f))
            .Where(f => f != RunManifest.FileName && !f.StartsWith("sentences.", StringComparison.Ordinal))];
        Assert.Equal(AnalysisTables.Results.Count - 1, files.Count(f => !f.StartsWith(AnalyzeJob.PartialsFolder, StringComparison.Ordinal)) / Extensions.Length);
        foreach (string file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(runs.Default, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(runs.WithText, file))), $"{file} differs");
        }
    }

    [Fact]
    public void The_manifest_records_the_option()
    {
        Assert.Equal("false", RunManifest.TryRead(runs.Default)!.Options["sentence_text"]);
        Assert.Equal("true", RunManifest.TryRead(runs.WithText)!.Options["sentence_text"]);
    }

    [Fact]
    public void Theme_sentences_holds_each_themes_12_surest_sentences_highest_probability_first_then_in_corpus_order()
    {
        // Recomputed from the full sentences table: every sentence of a theme, sorted, the first twelve.
        Dictionary<string, long> ordinals = TableReader.Read(Path.Combine(runs.Default, "documents.parquet"), AnalysisTables.Documents.Schema)
            .ToDictionary(r => r.RequiredText("doc"), r => r.RequiredInteger("ordinal"), StringComparer.Ordinal);
        var expected = TableReader.Read(Path.Combine(runs.WithText, "sentences.parquet"), SentenceTable.Schema)
            .GroupBy(r => r.Text("theme"))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(r => r.Real("probability")).ThenBy(r => ordinals[r.Text("doc")]).ThenBy(r => r.Integer("sentence"))
                .Take(ThemeSentenceTable.PerTheme)
                .Select((r, i) => new object?[] { g.Key, (long)g.Count(), i + 1L, r.Text("doc"), r.Integer("sentence"), r.Integer("start"), r.Integer("end"),
                    r.TextOrNull("section"), r.Real("probability"), r.TextOrNull("secondary_theme"), r.Text("text") }))
            .ToList();
        var actual = TableReader.Read(Path.Combine(runs.Default, "theme_sentences.parquet"), ThemeSentenceTable.Schema).ToList();

        Assert.Equal(20 * 12, expected.Count); // 19 themes and none, each with more than twelve sentences
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < actual.Count; i++)
        {
            Assert.Equal(expected[i], actual[i].Values);
        }

        // Ties are common at the top (none found by rule has probability 1): they are in corpus order.
        var none = actual.Where(r => r.Text("theme") == ThemeClassifier.None).ToList();
        Assert.Equal(1.0, none[^1].Real("probability"));
        Assert.True(none.Zip(none.Skip(1)).All(p => (ordinals[p.First.Text("doc")], p.First.Integer("sentence")).CompareTo((ordinals[p.Second.Text("doc")], p.Second.Integer("sentence"))) < 0));
    }

    [Fact]
    public void Theme_sentences_is_the_same_in_every_format_and_whatever_the_number_of_threads()
    {
        string one = runs.Scratch("one-thread");
        AnalyzeJob.Run(runs.Corpus, new AnalyzeOptions { OutputDirectory = one, MaxDegreeOfParallelism = 1, Formats = ExportFormat.Csv | ExportFormat.Parquet });
        foreach (string extension in new[] { ".csv", ".parquet" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(one, "theme_sentences" + extension)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(runs.Default, "theme_sentences" + extension))));
        }

        var csv = TableReader.Read(Path.Combine(runs.Default, "theme_sentences.csv"), ThemeSentenceTable.Schema).Select(r => r.Values.ToList()).ToList();
        var parquet = TableReader.Read(Path.Combine(runs.Default, "theme_sentences.parquet"), ThemeSentenceTable.Schema).Select(r => r.Values.ToList()).ToList();
        Assert.Equal(parquet, csv);
    }

    [Fact]
    public void The_report_shows_the_same_sentences_as_when_it_read_the_sentences_table()
    {
        // The report's reading before this round, transcribed: every row of the sentences table, a sorted list of twelve per theme.
        var before = new Dictionary<string, (long Count, List<(string Doc, long Start, long End, string? Section, double P, string? Secondary, string Text)> Surest)>();
        foreach (TableRecord row in TableReader.ReadFolder(runs.WithText, SentenceTable.Schema))
        {
            string theme = row.Text("theme");
            if (!before.TryGetValue(theme, out var entry))
            {
                entry = (0, []);
            }

            var s = (row.Text("doc"), row.Integer("start") ?? 0, row.Integer("end") ?? 0, row.TextOrNull("section"), row.Real("probability") ?? 0, row.TextOrNull("secondary_theme"), row.Text("text"));
            if (entry.Surest.Count < 12 || s.Item5 > entry.Surest[^1].P)
            {
                int at = entry.Surest.FindIndex(x => x.P < s.Item5);
                entry.Surest.Insert(at < 0 ? entry.Surest.Count : at, s);
                if (entry.Surest.Count > 12)
                {
                    entry.Surest.RemoveAt(entry.Surest.Count - 1);
                }
            }

            before[theme] = (entry.Count + 1, entry.Surest);
        }

        ReportData data = ReportData.Load(runs.Default);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), data.SentencesByTheme.Keys.Order(StringComparer.Ordinal));
        foreach ((string theme, var entry) in before)
        {
            (long count, List<ReportData.ThemeSentence> surest) = data.SentencesByTheme[theme];
            Assert.Equal(entry.Count, count);
            Assert.Equal(entry.Surest, surest.Select(s => (s.Document, s.Start, s.End, s.Section, s.Probability, s.Secondary, s.Text)));
        }
    }

    [Fact]
    public void Merged_shards_give_the_single_runs_sentences_and_theme_sentences()
    {
        var options = new AnalyzeOptions { Formats = ExportFormat.Csv, SentenceText = true };
        string[] shards = [runs.Scratch("shard0"), runs.Scratch("shard1")];
        for (int i = 0; i < shards.Length; i++)
        {
            AnalyzeJob.Run(runs.Corpus, options with { OutputDirectory = shards[i], Shard = i, ShardCount = shards.Length });
        }

        string merged = runs.Scratch("merged");
        MergeJob.Run(shards, options with { OutputDirectory = merged });
        foreach (string table in new[] { "sentences.csv", "theme_sentences.csv" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(runs.WithText, table)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(merged, table))), $"{table} differs");
        }

        Assert.Equal("true", RunManifest.TryRead(merged)!.Options["sentence_text"]);
    }

    [Fact]
    public void Merge_refuses_shards_that_disagree_on_the_sentences_text()
    {
        string seed = SharedData.Require("corpus/cpc-congress");
        string[] shards = [runs.Scratch("congress0"), runs.Scratch("congress1")];
        AnalyzeJob.Run(seed, new AnalyzeOptions { OutputDirectory = shards[0], Shard = 0, ShardCount = 2, Formats = ExportFormat.Csv, SentenceText = true });
        AnalyzeJob.Run(seed, new AnalyzeOptions { OutputDirectory = shards[1], Shard = 1, ShardCount = 2, Formats = ExportFormat.Csv });

        var error = Assert.Throws<InputException>(() => MergeJob.Run(shards, new AnalyzeOptions { OutputDirectory = runs.Scratch("congress-merged") }));
        Assert.Contains("sentence_text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_sentences_theme_sentences_is_written_empty_like_the_sentences_table()
    {
        string without = runs.Scratch("no-sentences");
        AnalyzeJob.Run(runs.Corpus, new AnalyzeOptions { OutputDirectory = without, SentenceTable = false, Formats = ExportFormat.Csv });
        Assert.Equal([string.Join(',', ThemeSentenceTable.Schema.Columns.Select(c => c.Name))], File.ReadAllLines(Path.Combine(without, "theme_sentences.csv")));
        Assert.Single(File.ReadAllLines(Path.Combine(without, "sentences.csv")));
        Assert.Empty(ReportData.Load(without).SentencesByTheme);
    }
}
