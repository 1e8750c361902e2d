// `--parquet-footer [REPEATS]`: what a long Parquet table keeps alive while it is written (issue 14's flat memory).
using System.Diagnostics;
using Parquet;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Text;

namespace PolicyLens.Benchmarks;

/// <summary>
/// Writes the sentences table of gwr + cpc-congress REPEATS times over into one Parquet file, as <c>analyze</c> writes it
/// on a corpus REPEATS times as large (230 repeats: about the 1 GB generated corpus of benchmarks/analyze-scale.sh, some
/// 1,400 row groups), and prints the live managed heap (after a full blocking collection) at each tenth of the rows. The
/// rows themselves are made once and stay alive throughout, so what the heap gains after the first tenth (which fills the
/// column buffers) is what the writer keeps for every row group until the file is closed: the footer entries. Live bytes do not depend on the machine's
/// load, unlike resident sizes and times, so one run of each build is a fair comparison.
/// </summary>
internal static class ParquetFooterProbe
{
    internal static void Run(IReadOnlyList<string> folders, int repeats)
    {
        Document[] documents = [.. folders.SelectMany(f => new CorpusReader(CorpusOptions.Default).Read(f))];
        SentenceTheme[] rows = [.. documents.SelectMany(d => ThemeClassifier.Default.ClassifyDocument(d, forTable: true))];
        documents = [];
        string output = Directory.CreateTempSubdirectory("policylens-footer-probe-").FullName;
        try
        {
            var heap = new List<long> { LiveBytes() };
            double cpu = StageProbe.ThreadCpuSeconds();
            var wall = Stopwatch.StartNew();
            string path;
            using (TableWriter writer = TableWriter.Create(SentenceTable.Schema, output, ExportFormat.Parquet))
            {
                for (int i = 1; i <= repeats; i++)
                {
                    SentenceTable.Table.Write(writer, rows);
                    if (i * 10 / repeats != (i - 1) * 10 / repeats)
                    {
                        heap.Add(LiveBytes());
                    }
                }

                writer.Complete();
                path = writer.Path!;
            }

            cpu = StageProbe.ThreadCpuSeconds() - cpu;
            int groups;
            using (FileStream file = File.OpenRead(path))
            {
                ParquetReader reader = ParquetReader.CreateAsync(file).GetAwaiter().GetResult();
                groups = reader.RowGroupCount;
                reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            // The first tenth fills the column buffers and Parquet.Net's pools; what the last nine add is kept per row group.
            long growth = heap[^1] - heap[1];
            double groupsAfterFirstTenth = groups * 0.9;
            Console.WriteLine($"sentences table: {rows.Length:N0} rows x {repeats} = {(long)rows.Length * repeats:N0} rows, {groups:N0} row groups, " +
                $"{new FileInfo(path).Length / 1e6:F1} MB; written in {wall.Elapsed.TotalSeconds:F1} s wall, {cpu:F1} s thread CPU (with {heap.Count} full collections)");
            Console.WriteLine($"live heap MB at the start and each tenth: {string.Join(' ', heap.Select(b => (b / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}");
            Console.WriteLine($"kept over the last nine tenths: {growth / 1e6:F2} MB, {growth / groupsAfterFirstTenth:F0} bytes a row group " +
                $"({growth / groupsAfterFirstTenth / SentenceTable.Schema.Columns.Count:F0} a column chunk of {SentenceTable.Schema.Columns.Count})");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static long LiveBytes()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
