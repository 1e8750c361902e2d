using PolicyLens.Export;

namespace PolicyLens.Pipeline;

/// <summary>
/// The files of one analysis: for each table a writer per requested format, plus the Parquet partials. Nothing is
/// renamed into place until <see cref="CompleteAll"/>; disposing without it removes every temporary file, so a failed
/// run leaves the previous outputs untouched and no partial file.
/// </summary>
internal sealed class TableSet(string directory, ExportFormat formats) : IDisposable
{
    private readonly List<TableFileWriter> _all = [];

    /// <summary>Opens a table in every requested format.</summary>
    public Writers Open(TableSchema schema)
    {
        Directory.CreateDirectory(directory);
        var writers = new List<TableFileWriter>();
        foreach (ExportFormat format in new[] { ExportFormat.Csv, ExportFormat.Json, ExportFormat.Parquet })
        {
            if (formats.HasFlag(format))
            {
                writers.Add(Track(TableFileWriter.Create(schema, directory, format)));
            }
        }

        return new Writers(writers);
    }

    /// <summary>Opens a partial-counts table (Parquet, under <c>partials/</c>).</summary>
    public Writers OpenPartial(TableSchema schema)
    {
        string folder = Path.Combine(directory, AnalyzeJob.PartialsFolder);
        Directory.CreateDirectory(folder);
        return new Writers([Track(TableFileWriter.Create(schema, folder, ExportFormat.Parquet))]);
    }

    /// <summary>Completes every file and returns their paths.</summary>
    public IReadOnlyList<string> CompleteAll()
    {
        foreach (TableFileWriter writer in _all)
        {
            writer.Complete();
        }

        return [.. _all.Select(w => w.Path)];
    }

    public void Dispose()
    {
        foreach (TableFileWriter writer in _all)
        {
            writer.Dispose();
        }
    }

    private TableFileWriter Track(TableFileWriter writer)
    {
        _all.Add(writer);
        return writer;
    }

    /// <summary>One table's writers, one per format.</summary>
    internal readonly struct Writers(IReadOnlyList<TableFileWriter> writers)
    {
        public void WriteRow(object?[] row)
        {
            foreach (TableFileWriter writer in writers)
            {
                writer.WriteRow(row);
            }
        }
    }
}
