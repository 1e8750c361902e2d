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

    /// <summary>Opens a table in every requested format.</summary>
    public Writers<TRow> Open<TRow>(Table<TRow> table)
    {
        var writers = new List<TableWriter>();
        foreach (ExportFormat format in Formats.Where(f => formats.HasFlag(f)))
        {
            writers.Add(Track(TableWriter.Create(table.Schema, _staging.DirectoryPath, format), table.Schema.FileName(format)));
        }

        return new Writers<TRow>(table, writers);
    }

    /// <summary>Opens a partial-counts table (Parquet, under <c>partials/</c>).</summary>
    public Writers<TRow> OpenPartial<TRow>(Table<TRow> table)
    {
        string folder = Path.Combine(_staging.DirectoryPath, AnalyzeJob.PartialsFolder);
        Directory.CreateDirectory(folder);
        return new Writers<TRow>(table, [Track(TableWriter.Create(table.Schema, folder, ExportFormat.Parquet), $"{AnalyzeJob.PartialsFolder}/{table.Schema.FileName(ExportFormat.Parquet)}")]);
    }

    /// <summary>Completes every file, writes the manifest and publishes the run in one step; returns the published files.</summary>
    public IReadOnlyList<string> Publish(RunManifest manifest)
    {
        foreach ((TableWriter writer, _) in _all)
        {
            writer.Complete();
        }

        return _staging.Publish(manifest, _all.ToDictionary(w => w.RelativePath, w => (w.Writer.Schema, w.Writer.Format)));
    }

    public void Dispose()
    {
        foreach ((TableWriter writer, _) in _all)
        {
            writer.Dispose();
        }

        _staging.Dispose();
    }

    private TableWriter Track(TableWriter writer, string relativePath)
    {
        _all.Add((writer, relativePath));
        return writer;
    }

    /// <summary>One table's writers, one per format.</summary>
    internal readonly struct Writers<TRow>(Table<TRow> table, IReadOnlyList<TableWriter> writers)
    {
        /// <summary>Writes a row of the table's row type.</summary>
        public void Write(TRow row) => WriteCells(table.Cells(row));

        /// <summary>Writes every row.</summary>
        public void WriteAll(IEnumerable<TRow> rows)
        {
            foreach (TRow row in rows)
            {
                Write(row);
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
