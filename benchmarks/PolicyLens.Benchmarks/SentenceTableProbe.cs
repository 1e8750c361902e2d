// `--sentence-table [FOLDER] [ROUNDS]`: a Stopwatch probe of what analyze's sentences table costs in process (issue 15).
using System.Diagnostics;
using PolicyLens.Analysis.Themes;
using PolicyLens.Export;
using PolicyLens.Text;

namespace PolicyLens.Benchmarks;

/// <summary>
/// The per-sentence table's own work on a corpus (by default gwr + cpc-congress, as benchmarks/sentence-table.sh): the
/// classifier's rows with and without what only the table needs (<c>forTable</c>: section, source offsets, text), then
/// the rows written to a file in each format, one format at a time and all three together as analyze writes them.
/// Round 1 is cold (what one analyze run pays: JIT of the table's code paths included); later rounds are warm. The
/// last three figures of a round are pieces of the writers' work timed alone: the two real columns formatted as in CSV,
/// the text transcoded to UTF-8, and the text's UTF-8 scanned for characters JSON escapes.
/// </summary>
internal static class SentenceTableProbe
{
    /// <summary>
    /// <c>--sentence-table-loop FORMATS ROUNDS [null]</c>: the rows made once, then the table written ROUNDS times in each of
    /// FORMATS (csv,json,jsonl,parquet) as analyze writes it (a hashed temporary file renamed into place), or to a null
    /// stream; prints each format's thread CPU time per write (first, median, best), then (to files, more than one format)
    /// all of them together as analyze writes them, row by row. For profilers (perf, dotnet-trace): the writers' own code,
    /// warm, without the classification around it.
    /// </summary>
    internal static void Loop(IReadOnlyList<string> folders, IReadOnlyList<ExportFormat> formats, int rounds, bool toNull)
    {
        Document[] documents = [.. folders.SelectMany(f => new CorpusReader(CorpusOptions.Default).Read(f))];
        SentenceTheme[] rows = [.. documents.SelectMany(d => ThemeClassifier.Default.ClassifyDocument(d, forTable: true))];
        string output = Directory.CreateTempSubdirectory("policylens-sentence-loop-").FullName;
        try
        {
            foreach (ExportFormat format in formats)
            {
                var times = new List<double>();
                for (int round = 0; round < rounds; round++)
                {
                    double start = StageProbe.ThreadCpuSeconds();
                    if (toNull)
                    {
                        SentenceTable.Table.Write(Stream.Null, format, rows);
                    }
                    else
                    {
                        using TableWriter writer = TableWriter.Create(SentenceTable.Schema, output, format);
                        SentenceTable.Table.Write(writer, rows);
                        writer.Complete();
                    }

                    times.Add((StageProbe.ThreadCpuSeconds() - start) * 1000);
                }

                Report(format.ToString(), rows.Length, rounds, toNull, times);
            }

            if (formats.Count > 1 && !toNull)
            {
                // All the formats together, as analyze writes a table: each row's cells read once and handed to every writer in turn.
                var times = new List<double>();
                var cells = new TableCell[SentenceTable.Schema.Columns.Count];
                for (int round = 0; round < rounds; round++)
                {
                    double start = StageProbe.ThreadCpuSeconds();
                    TableWriter[] writers = [.. formats.Select(f => TableWriter.Create(SentenceTable.Schema, output, f))];
                    foreach (SentenceTheme row in rows)
                    {
                        SentenceTable.Table.FillCells(row, cells);
                        foreach (TableWriter writer in writers)
                        {
                            writer.WriteCells(cells);
                        }
                    }

                    foreach (TableWriter writer in writers)
                    {
                        writer.Complete();
                        writer.Dispose();
                    }

                    times.Add((StageProbe.ThreadCpuSeconds() - start) * 1000);
                }

                Report(string.Join('+', formats), rows.Length, rounds, toNull, times);
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static void Report(string what, int rows, int rounds, bool toNull, List<double> times)
    {
        double[] sorted = [.. times.Order()];
        Console.WriteLine($"{what}: {rows} rows, {rounds} writes{(toNull ? " to a null stream" : "")}, thread CPU ms: first {times[0]:F1}, median {sorted[sorted.Length / 2]:F1}, best {sorted[0]:F1}");
    }

    internal static void Run(IReadOnlyList<string> folders, int rounds)
    {
        Document[] documents = [.. folders.SelectMany(f => new CorpusReader(CorpusOptions.Default).Read(f))];
        ThemeClassifier classifier = ThemeClassifier.Default;
        string output = Directory.CreateTempSubdirectory("policylens-sentence-probe-").FullName;
        try
        {
            SentenceTheme[] rows = [];
            for (int round = 1; round <= rounds; round++)
            {
                var sw = Stopwatch.StartNew();
                int count = 0;
                foreach (Document d in documents)
                {
                    count += classifier.ClassifyDocument(d, forTable: false).Count;
                }

                double without = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                rows = [.. documents.SelectMany(d => classifier.ClassifyDocument(d, forTable: true))];
                double with = sw.Elapsed.TotalMilliseconds;
                Console.Write($"round {round}: {rows.Length} rows; classify {without:F1} ms, forTable {with:F1} ms (+{with - without:F1})");
                foreach (ExportFormat format in new[] { ExportFormat.Csv, ExportFormat.Json, ExportFormat.Parquet })
                {
                    sw.Restart();
                    using (TableWriter writer = TableWriter.Create(SentenceTable.Schema, output, format))
                    {
                        SentenceTable.Table.Write(writer, rows);
                        writer.Complete();
                    }

                    double toFile = sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    SentenceTable.Table.Write(Stream.Null, format, rows);
                    double toNull = sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    using (var plain = new FileStream(Path.Combine(output, "plain"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                    {
                        SentenceTable.Table.Write(plain, format, rows);
                    }

                    Console.Write($"; {format} {toFile:F1} ms (null stream {toNull:F1}, unhashed file {sw.Elapsed.TotalMilliseconds:F1})");
                }

                sw.Restart();
                TableWriter[] all = [.. new[] { ExportFormat.Csv, ExportFormat.Json, ExportFormat.Parquet }.Select(f => TableWriter.Create(SentenceTable.Schema, output, f))];
                foreach (TableWriter w in all)
                {
                    SentenceTable.Table.Write(w, rows);
                    w.Complete();
                    w.Dispose();
                }

                Console.Write($"; all three {sw.Elapsed.TotalMilliseconds:F1} ms");
                Span<byte> bytes = new byte[1 << 16];
                sw.Restart();
                foreach (SentenceTheme r in rows)
                {
                    r.Probability.TryFormat(bytes, out _, "R", System.Globalization.CultureInfo.InvariantCulture);
                    r.SecondaryProbability.TryFormat(bytes, out _, "R", System.Globalization.CultureInfo.InvariantCulture);
                }

                Console.Write($"; reals formatted {sw.Elapsed.TotalMilliseconds:F1} ms");
                sw.Restart();
                foreach (SentenceTheme r in rows)
                {
                    System.Text.Unicode.Utf8.FromUtf16(r.Text, bytes, out _, out _);
                }

                Console.Write($"; text to UTF-8 {sw.Elapsed.TotalMilliseconds:F1} ms");
                sw.Restart();
                foreach (SentenceTheme r in rows)
                {
                    _ = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping.FindFirstCharacterToEncodeUtf8(System.Text.Encoding.UTF8.GetBytes(r.Text));
                }

                Console.WriteLine($"; JSON escape scan (with UTF-8) {sw.Elapsed.TotalMilliseconds:F1} ms; GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
