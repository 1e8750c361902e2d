// The Export stage's cost per format: the sentences table of the national reports written as analyze writes it.
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Text;

namespace PolicyLens.Benchmarks;

/// <summary>
/// The largest table of <c>analyze</c> (the sentences table: one row per sentence, 13 columns) for the 52 national reports,
/// written to a null stream in each format, one thread: the "rows" phase of <c>analyze --timings</c> without the disk.
/// MB/s is of the reports' UTF-8, as in <see cref="StageBenchmarks"/>, so the figures sit beside the stages'.
/// <c>typed</c> is how analyze writes (each cell read once through its column's typed accessor, never boxed);
/// <c>boxed</c> writes the same rows as boxed cells (<see cref="Table{TRow}.Cells"/> and <see cref="TableWriter.WriteRow"/>),
/// the path every table took before the typed cells: the same bytes, for the ratio within one run. <c>to a file</c> is
/// analyze's own path (a file in a folder, hashed for the manifest as it is written), where the disk's costs show.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class TableWriterBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-table-benchmark-").FullName;
    private SentenceTheme[] _rows = [];

    /// <summary>The format written.</summary>
    [Params(ExportFormat.Csv, ExportFormat.Json, ExportFormat.Parquet)]
    public ExportFormat Format { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _rows = [.. new CorpusReader(CorpusOptions.Default).Read(BenchmarkCorpus.GwrFolder).SelectMany(d => ThemeClassifier.Default.ClassifyDocument(d))];

    [Benchmark(Description = "sentences table, typed", Baseline = true)]
    public int Sentences()
    {
        SentenceTable.Table.Write(Stream.Null, Format, _rows);
        return _rows.Length;
    }

    /// <summary>As analyze writes it: to a file in a folder (a temporary file renamed into place), hashed as it is written.</summary>
    [Benchmark(Description = "sentences table, typed, to a file")]
    public int SentencesToFile()
    {
        using TableWriter writer = TableWriter.Create(SentenceTable.Schema, _folder, Format);
        SentenceTable.Table.Write(writer, _rows);
        writer.Complete();
        return _rows.Length;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "sentences table, boxed")]
    public int SentencesBoxed()
    {
        using TableWriter writer = TableWriter.Create(SentenceTable.Schema, Stream.Null, Format);
        foreach (SentenceTheme row in _rows)
        {
            writer.WriteRow(SentenceTable.Table.Cells(row));
        }

        writer.Complete();
        return _rows.Length;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn());
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(5));
        }
    }
}
