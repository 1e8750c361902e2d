using Parquet;
using Parquet.Schema;

namespace PolicyLens.Export;

/// <summary>
/// Apache Parquet through Parquet.Net: typed, nullable columns (<c>string</c>, <c>int64</c>, <c>double</c>), Snappy
/// compression, row groups of <see cref="RowGroupSize"/> rows so that memory stays bounded, and the schema version in
/// the file's key-value metadata (<c>policylens.schema_version</c>). DuckDB, Arrow, pandas and Spark read it as it is.
/// </summary>
public sealed class ParquetTableWriter : TableFileWriter
{
    /// <summary>Rows buffered before a row group is written.</summary>
    public const int RowGroupSize = 100_000;

    private readonly ParquetSchema _schema;
    private readonly DataField[] _fields;
    private readonly List<object?>[] _buffers;
    private ParquetWriter? _writer;

    /// <summary>Opens <paramref name="path"/> (through a temporary file).</summary>
    public ParquetTableWriter(TableSchema schema, string path)
        : base(schema, path)
    {
        _fields = [.. schema.Columns.Select(c => c.Type switch
        {
            ColumnType.Integer => (DataField)new DataField<long?>(c.Name),
            ColumnType.Real => new DataField<double?>(c.Name),
            _ => new DataField(c.Name, typeof(string), true),
        })];
        _schema = new ParquetSchema(_fields);
        _buffers = [.. schema.Columns.Select(_ => new List<object?>())];
    }

    /// <inheritdoc />
    protected override void WriteRowCore(ReadOnlySpan<object?> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            _buffers[i].Add(Schema.Columns[i].Type switch
            {
                ColumnType.Integer => AsInteger(values[i]),
                ColumnType.Real => AsReal(values[i]),
                _ => AsText(values[i]),
            });
        }

        if (_buffers[0].Count >= RowGroupSize)
        {
            FlushRowGroup();
        }
    }

    /// <inheritdoc />
    protected override void Finish()
    {
        if (_buffers[0].Count > 0 || _writer is null)
        {
            FlushRowGroup();
        }

        Wait(_writer!.DisposeAsync().AsTask());
        _writer = null;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (_writer is not null)
            {
                Wait(_writer.DisposeAsync().AsTask());
            }
        }

        base.Dispose(disposing);
    }

    private void FlushRowGroup()
    {
        _writer ??= Wait(ParquetWriter.CreateAsync(_schema, Stream));
        _writer.CustomMetadata = new Dictionary<string, string>
        {
            ["policylens.schema_version"] = TableSchema.Version,
            ["policylens.table"] = Schema.Name,
        };
        using ParquetRowGroupWriter group = _writer.CreateRowGroup();
        for (int i = 0; i < _fields.Length; i++)
        {
            List<object?> values = _buffers[i];
            Task write = Schema.Columns[i].Type switch
            {
                ColumnType.Integer => group.WriteAsync<long>(_fields[i], values.Select(v => (long?)v).ToArray().AsMemory()),
                ColumnType.Real => group.WriteAsync<double>(_fields[i], values.Select(v => (double?)v).ToArray().AsMemory()),
                _ => group.WriteAsync(_fields[i], values.Select(v => (string?)v).ToArray()),
            };
            Wait(write);
            values.Clear();
        }
    }

    // Parquet.Net's API is asynchronous only; the writers here are synchronous, like the rest of the export stage.
    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
