// The files of one run: a writer per table and format inside the run's staging folder, published together with a manifest.
using PolicyLens.Export;

namespace PolicyLens.Pipeline;

/// <summary>
/// The files of one analysis: for each table a writer per requested format, plus the Parquet partials, all inside a
/// <see cref="StagedOutput"/>. Nothing reaches the output folder until <see cref="Publish"/>; disposing without it removes
/// the staging folder, so a failed or interrupted run leaves the previous outputs untouched and no partial file.
/// </summary>
internal sealed class TableSet(string directory, ExportFormat formats) : IDisposable
{
    private static readonly ExportFormat[] Formats = [ExportFormat.Csv, ExportFormat.Json, ExportFormat.JsonLines, ExportFormat.Parquet];
    private readonly StagedOutput _staging = new(directory);
    private readonly List<(TableWriter Writer, string RelativePath)> _all = [];
    private readonly Lock _lock = new();

    /// <summary>Opens a table in every requested format.</summary>
    public Writers<TRow> Open<TRow>(Table<TRow> table)
    {
        // A plain test, not Where with a lambda: a lambda in this generic method was compiled by the JIT for every row type
        // that is a value type (issue 14, start-up code).
        var writers = new List<TableWriter>();
        foreach (ExportFormat format in Formats)
        {
            if (formats.HasFlag(format))
            {
                writers.Add(Track(TableWriter.Create(table.Schema, _staging.DirectoryPath, format), table.Schema.FileName(format)));
            }
        }

        return new Writers<TRow>(table, [.. writers]);
    }

    /// <summary>Opens a partial-counts table (Parquet, under <c>partials/</c>).</summary>
    public Writers<TRow> OpenPartial<TRow>(Table<TRow> table)
    {
        string folder = Path.Combine(_staging.DirectoryPath, AnalyzeJob.PartialsFolder);
        Directory.CreateDirectory(folder);
        return new Writers<TRow>(table, [Track(TableWriter.Create(table.Schema, folder, ExportFormat.Parquet), $"{AnalyzeJob.PartialsFolder}/{table.Schema.FileName(ExportFormat.Parquet)}")]);
    }

    /// <summary>Completes every file not yet completed, writes the manifest and publishes the run in one step; returns the published files.</summary>
    public IReadOnlyList<string> Publish(RunManifest manifest)
    {
        // Loops, not Where and ToDictionary over the (writer, path) tuples: those were compiled by the JIT at every run.
        var files = new Dictionary<string, StagedFile>(_all.Count, StringComparer.Ordinal);
        foreach ((TableWriter writer, string relativePath) in _all)
        {
            if (!writer.IsCompleted)
            {
                writer.Complete();
            }

            files.Add(relativePath, new StagedFile(writer.Schema, writer.Format, writer.FileHash));
        }

        return _staging.Publish(manifest, files);
    }

    public void Dispose()
    {
        foreach ((TableWriter writer, _) in _all)
        {
            writer.Dispose();
        }

        _staging.Dispose();
    }

    // Tables are opened from several threads at once (the statistics tables); each table is written by one.
    private TableWriter Track(TableWriter writer, string relativePath)
    {
        lock (_lock)
        {
            _all.Add((writer, relativePath));
        }

        return writer;
    }

    /// <summary>One table's writers, one per format; each is used by one thread at a time.</summary>
    internal readonly struct Writers<TRow>(Table<TRow> table, TableWriter[] writers)
    {
        // One row's typed cells, reused for every row: read once from the row, whatever the number of formats; each
        // writer encodes a row's cells before the next is filled in, and a table is written by one thread at a time.
        private readonly TableCell[] _cells = new TableCell[table.Columns.Count];

        /// <summary>Writes a row of the table's row type.</summary>
        public void Write(TRow row)
        {
            table.FillCells(row, _cells);
            for (int i = 0; i < writers.Length; i++)
            {
                writers[i].WriteCells(_cells);
            }
        }

        /// <summary>Writes every row; returns these writers.</summary>
        public Writers<TRow> WriteAll(IEnumerable<TRow> rows)
        {
            foreach (TRow row in rows)
            {
                Write(row);
            }

            return this;
        }

        /// <summary>Completes the table's files (they are published later, with the others).</summary>
        public void Complete()
        {
            foreach (TableWriter writer in writers)
            {
                writer.Complete();
            }
        }

        /// <summary>Writes cells already in the table's column order (a row read back by <see cref="TableReader"/>).</summary>
        public void WriteCells(object?[] cells)
        {
            foreach (TableWriter writer in writers)
            {
                writer.WriteRow(cells);
            }
        }
    }
}
