namespace PolicyLens.Export;

/// <summary>
/// Writes one table to one file, row by row, so that a table larger than memory can be written. The rows go to a
/// temporary file beside the target, which is renamed over the target only by <see cref="Complete"/>: a crash or an
/// exception never leaves a half-written export, and disposing without completing removes the temporary file.
/// </summary>
public abstract class TableFileWriter : IDisposable
{
    private readonly string _temporaryPath;
    private bool _completed;
    private bool _disposed;

    /// <summary>Opens the temporary file for <paramref name="path"/>.</summary>
    protected TableFileWriter(TableSchema schema, string path)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(path);
        Schema = schema;
        Path = System.IO.Path.GetFullPath(path);
        _temporaryPath = $"{Path}.partial-{Environment.ProcessId}-{Guid.NewGuid():N}";
        Stream = new FileStream(_temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>The table's schema.</summary>
    public TableSchema Schema { get; }

    /// <summary>The file the table ends up in.</summary>
    public string Path { get; }

    /// <summary>Rows written so far.</summary>
    public long RowCount { get; private set; }

    /// <summary>The temporary file's stream.</summary>
    protected Stream Stream { get; }

    /// <summary>Opens a writer for <paramref name="format"/> (exactly one format).</summary>
    public static TableFileWriter Create(TableSchema schema, string directory, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(schema);
        string path = System.IO.Path.Combine(directory, schema.Name + format switch
        {
            ExportFormat.Csv => ".csv",
            ExportFormat.Json => ".json",
            ExportFormat.Parquet => ".parquet",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Name exactly one format."),
        });
        return format switch
        {
            ExportFormat.Csv => new CsvTableWriter(schema, path),
            ExportFormat.Json => new JsonTableWriter(schema, path),
            _ => new ParquetTableWriter(schema, path),
        };
    }

    /// <summary>Writes one row: one value per column, <see cref="string"/>, <see cref="long"/>/<see cref="int"/>, <see cref="double"/>, or null.</summary>
    public void WriteRow(params ReadOnlySpan<object?> values)
    {
        ObjectDisposedException.ThrowIf(_disposed || _completed, this);
        if (values.Length != Schema.Columns.Count)
        {
            throw new ArgumentException($"Table '{Schema.Name}' has {Schema.Columns.Count} columns; the row has {values.Length} values.", nameof(values));
        }

        WriteRowCore(values);
        RowCount++;
    }

    /// <summary>Finishes the file and moves it into place, replacing an older one.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed || _completed, this);
        Finish();
        Stream.Flush();
        Stream.Dispose();
        File.Move(_temporaryPath, Path, overwrite: true);
        _completed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the file; without <see cref="Complete"/>, the temporary file is deleted and the target left as it was.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (disposing && !_completed)
        {
            Stream.Dispose();
            File.Delete(_temporaryPath);
        }
    }

    /// <summary>Writes one row's values in the format.</summary>
    protected abstract void WriteRowCore(ReadOnlySpan<object?> values);

    /// <summary>Writes whatever the format needs after the last row.</summary>
    protected abstract void Finish();

    /// <summary>A value as a 64-bit integer, or null.</summary>
    protected static long? AsInteger(object? value) => value switch
    {
        null => null,
        long l => l,
        int i => i,
        _ => throw new ArgumentException($"Expected an integer, got {value.GetType().Name} '{value}'."),
    };

    /// <summary>A value as a double, or null (NaN is missing).</summary>
    protected static double? AsReal(object? value) => value switch
    {
        null => null,
        double d => double.IsNaN(d) ? null : d,
        float f => float.IsNaN(f) ? null : f,
        long l => l,
        int i => i,
        _ => throw new ArgumentException($"Expected a number, got {value.GetType().Name} '{value}'."),
    };

    /// <summary>A value as text, or null.</summary>
    protected static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
