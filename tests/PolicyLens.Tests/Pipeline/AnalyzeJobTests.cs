using System.Globalization;
using DuckDB.NET.Data;
using PolicyLens.Analysis;
using PolicyLens.Export;
using PolicyLens.Pipeline;
using PolicyLens.Text;

namespace PolicyLens.Tests.Pipeline;

/// <summary>
/// The main job on the real reports: what it finds, that shards merge into exactly one run, that the output does not
/// depend on threads, that a failed run leaves nothing half-written, that bad inputs are skipped and reported, and that
/// DuckDB reads the exports with the documented types.
/// </summary>
public sealed class AnalyzeJobTests(GwrAnalysisFixture gwr) : IDisposable, IClassFixture<GwrAnalysisFixture>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-analyze-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out(string name) => Path.Combine(_folder, name);

    /// <summary>A table of the shared analysis of the reports, read by column name.</summary>
    private IEnumerable<TableRecord> Read(TableSchema table) => TableReader.ReadFolder(gwr.Output, table);

    private static string Gwr => SharedData.Require("corpus/gwr");

    [Fact]
    public void Formulas_are_first_seen_when_the_reports_first_use_them()
    {
        Dictionary<string, TableRecord> trends = Read(AnalysisTables.Trends.Schema).Where(r => r.Text("kind") == "lexicon").ToDictionary(r => r.Text("canonical"));
        Assert.Equal("2016", trends["供给侧结构性改革"].Text("first_group"));
        Assert.Equal("2024", trends["新质生产力"].Text("first_group"));
        Assert.Equal("new", trends["新质生产力"].Text("status"));
        Assert.Equal("2019", trends["六稳"].Text("first_group"));
    }

    [Fact]
    public void High_quality_development_rises_after_2018()
    {
        var rates = Read(AnalysisTables.Frequencies.Schema)
            .Where(r => r.Text("kind") == "lexicon" && r.Text("canonical") == "高质量发展")
            .ToDictionary(r => int.Parse(r.Text("group"), CultureInfo.InvariantCulture), r => r.Real("rate_per_10k")!.Value);
        Assert.Equal(2018, rates.Keys.Min());
        double[] reports = [.. rates.Where(r => r.Key is >= 2018 and not 2020).OrderBy(r => r.Key).Select(r => r.Value)];
        Assert.True(reports[^4..].Average() > reports[0], $"rates per 10,000 characters: {string.Join(", ", reports)}");
        TableRecord trend = Read(AnalysisTables.Trends.Schema).Single(r => r.Text("kind") == "lexicon" && r.Text("canonical") == "高质量发展");
        Assert.Equal("rising", trend.Text("status"));
    }

    [Fact]
    public void Theme_shares_sum_to_one_per_group_and_entropy_is_reported_for_every_group()
    {
        var shares = Read(AnalysisTables.Themes.Schema).GroupBy(r => r.Text("group")).ToDictionary(g => g.Key, g => g.Sum(r => r.Real("share") ?? 0));
        Assert.All(shares.Values, s => Assert.Equal(1.0, s, 9));
        string[] entropyGroups = [.. Read(AnalysisTables.Entropy.Schema).Select(r => r.Text("group"))];
        Assert.Equal(shares.Keys.Order(), entropyGroups.Order());
    }

    [Fact]
    public void The_target_series_holds_the_gdp_targets_of_the_gold_table()
    {
        string[] rows = File.ReadAllLines(Path.Combine(gwr.Output, "targets.csv"));
        string gold = Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Extraction", "Targets", "gwr-headline-targets.tsv");
        foreach (string[] g in File.ReadLines(gold).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).Where(f => f[1] == "gdp_growth"))
        {
            string prefix = $"{g[0]},{g[0]},gdp_growth,";
            string tail = $",{g[2]},{g[3]},{g[4]},{g[5]},%,target,{g[7]},";
            Assert.True(rows.Any(r => r.StartsWith(prefix, StringComparison.Ordinal) && r.Contains(tail, StringComparison.Ordinal)), $"no row {prefix}…{tail}");
        }
    }

    [Fact]
    public void Shards_merged_give_exactly_the_tables_of_a_single_run()
    {
        var options = new AnalyzeOptions { Formats = ExportFormat.Csv | ExportFormat.Json };
        for (int i = 0; i < 3; i++)
        {
            AnalyzeJob.Run(Gwr, options with { OutputDirectory = Out($"shard{i}"), Shard = i, ShardCount = 3 });
        }

        MergeJob.Run([Out("shard0"), Out("shard1"), Out("shard2")], options with { OutputDirectory = Out("merged") });
        AssertReadmeQueryGivesTheMergedRates();
        foreach (TableSchema table in AnalysisTables.Results)
        {
            foreach (string extension in new[] { ".csv", ".json" })
            {
                string name = table.Name + extension;
                Assert.True(File.ReadAllBytes(Path.Combine(gwr.Output, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Out("merged"), name))), $"{name} differs");
            }
        }
    }

    [Fact]
    public void The_output_does_not_depend_on_the_number_of_threads()
    {
        AnalyzeJob.Run(Gwr, new AnalyzeOptions { OutputDirectory = Out("one"), MaxDegreeOfParallelism = 1 });
        // Every table is byte-identical; the manifest differs only by its run id and time.
        foreach (string file in Directory.GetFiles(Out("one"), "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != RunManifest.FileName))
        {
            string other = Path.Combine(gwr.Output, Path.GetRelativePath(Out("one"), file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(other)), $"{Path.GetRelativePath(Out("one"), file)} differs");
        }
    }

    [Fact]
    public void Compacting_the_heap_after_every_document_changes_no_table()
    {
        // The fixture's run compacts never (gwr is 1.3 M characters, under the default 20 M); this one after each document.
        int before = GC.CollectionCount(GC.MaxGeneration);
        AnalyzeSummary summary = AnalyzeJob.Run(Gwr, new AnalyzeOptions { OutputDirectory = Out("compacted"), CompactHeapEvery = 1 });
        Assert.True(GC.CollectionCount(GC.MaxGeneration) - before >= summary.Documents, "a full collection after every document");
        foreach (string file in Directory.GetFiles(Out("compacted"), "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != RunManifest.FileName))
        {
            string other = Path.Combine(gwr.Output, Path.GetRelativePath(Out("compacted"), file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(other)), $"{Path.GetRelativePath(Out("compacted"), file)} differs");
        }
    }

    [Fact]
    public void An_interrupted_run_leaves_the_previous_outputs_and_no_partial_file()
    {
        string seed = SharedData.Require("seed");
        AnalyzeJob.Run(seed, new AnalyzeOptions { OutputDirectory = Out("run") });
        Dictionary<string, byte[]> before = Directory.GetFiles(Out("run"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        var failing = new AnalyzeOptions { OutputDirectory = Out("run"), MentionSources = [new FailingSource()] };
        Assert.Throws<InvalidOperationException>(() => AnalyzeJob.Run(Gwr, failing));

        string[] after = Directory.GetFiles(Out("run"), "*", SearchOption.AllDirectories);
        Assert.Equal(before.Keys.Order(), after.Order());
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
    }

    [Fact]
    public void Unreadable_inputs_are_reported_and_skipped_and_the_rest_is_analysed()
    {
        string corpus = Out("corpus");
        Directory.CreateDirectory(corpus);
        File.Copy(SharedData.Require("corpus/gwr/2019.txt"), Path.Combine(corpus, "2019.txt"));
        File.WriteAllBytes(Path.Combine(corpus, "2018.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x13, 0x37]);
        File.WriteAllBytes(Path.Combine(corpus, "2017.txt"), []);

        AnalyzeSummary summary = AnalyzeJob.Run(corpus, new AnalyzeOptions { OutputDirectory = Out("run"), Formats = ExportFormat.Csv });
        Assert.Equal(1, summary.Documents);
        Assert.Equal(2, summary.Skipped.Count);
        Assert.All(summary.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.Contains(summary.Skipped, s => s.Path.EndsWith("2018.txt", StringComparison.Ordinal));
        Assert.Contains(summary.Skipped, s => s.Path.EndsWith("2017.txt", StringComparison.Ordinal));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(Out("run"), "documents.csv")).Length);
    }

    [Fact]
    public void The_exports_open_in_DuckDB_with_the_documented_column_types()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (TableSchema table in AnalysisTables.Results)
        {
            string parquet = Path.Combine(gwr.Output, table.Name + ".parquet").Replace("'", "''", StringComparison.Ordinal);
            using DuckDBCommand describe = connection.CreateCommand();
            describe.CommandText = $"DESCRIBE SELECT * FROM read_parquet('{parquet}')";
            using var reader = describe.ExecuteReader();
            var types = new List<(string Name, string Type)>();
            while (reader.Read())
            {
                types.Add((reader.GetString(0), reader.GetString(1)));
            }

            Assert.Equal(table.Columns.Select(c => c.Name), types.Select(t => t.Name));
            for (int i = 0; i < table.Columns.Count; i++)
            {
                string expected = table.Columns[i].Type switch { ColumnType.Integer => "BIGINT", ColumnType.Real => "DOUBLE", _ => "VARCHAR" };
                Assert.True(expected == types[i].Type, $"{table.Name}.{types[i].Name} is {types[i].Type}, documented as {expected}");
            }
        }

        using DuckDBCommand query = connection.CreateCommand();
        string targets = Path.Combine(gwr.Output, "targets.csv").Replace("'", "''", StringComparison.Ordinal);
        query.CommandText = $"SELECT value, value_max FROM read_csv_auto('{targets}') WHERE year = 2019 AND indicator = 'gdp_growth' AND kind = 'target'";
        using var rows = query.ExecuteReader();
        Assert.True(rows.Read());
        Assert.Equal(6.0, Convert.ToDouble(rows.GetValue(0), CultureInfo.InvariantCulture));
        Assert.Equal(6.5, Convert.ToDouble(rows.GetValue(1), CultureInfo.InvariantCulture));
    }

    /// <summary>The README's DuckDB query over the shards' partials gives the rates of the merged frequencies table.</summary>
    private void AssertReadmeQueryGivesTheMergedRates()
    {
        string readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        int start = readme.IndexOf("```sql\n", StringComparison.Ordinal) + "```sql\n".Length;
        string sql = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (DuckDBCommand set = connection.CreateCommand())
        {
            set.CommandText = $"SET file_search_path = '{_folder.Replace("'", "''", StringComparison.Ordinal)}'";
            set.ExecuteNonQuery();
        }

        var fromDuckDb = new Dictionary<(string, string, string), double>();
        using (DuckDBCommand query = connection.CreateCommand())
        {
            query.CommandText = sql;
            using var rows = query.ExecuteReader();
            while (rows.Read())
            {
                fromDuckDb[(rows.GetString(0), rows.GetString(1), rows.GetString(2))] = Convert.ToDouble(rows.GetValue(4), CultureInfo.InvariantCulture);
            }
        }

        string[] lines = File.ReadAllLines(Path.Combine(Out("merged"), "frequencies.csv"));
        Assert.Equal(lines.Length - 1, fromDuckDb.Count);
        foreach (string[] f in lines.Skip(1).Select(l => l.Split(',')))
        {
            Assert.Equal(double.Parse(f[7], CultureInfo.InvariantCulture), fromDuckDb[(f[0], f[2], f[3])], 9);
        }
    }

    /// <summary>A mention source that fails half-way through a corpus, as a crash would.</summary>
    private sealed class FailingSource : IMentionSource
    {
        private int _calls;

        public IEnumerable<ItemMention> FindMentions(Document document) =>
            Interlocked.Increment(ref _calls) > 10 ? throw new InvalidOperationException("simulated failure") : [];
    }
}
