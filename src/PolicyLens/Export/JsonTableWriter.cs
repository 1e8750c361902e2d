using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyLens.Export;

/// <summary>
/// One JSON document per table: <c>{"schema_version": "1.0", "table": name, "columns": [{"name", "type", "description"}],
/// "rows": [{column: value, …}, …]}</c>. Chinese text is written as it is, not as <c>\u</c> escapes; missing values and
/// NaN are <c>null</c>. Rows are streamed, so a large table never sits in memory.
/// </summary>
public sealed class JsonTableWriter : TableFileWriter
{
    private readonly Utf8JsonWriter _json;

    /// <summary>Opens <paramref name="path"/> (through a temporary file) and writes the header.</summary>
    public JsonTableWriter(TableSchema schema, string path)
        : base(schema, path)
    {
        _json = new Utf8JsonWriter(Stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false });
        _json.WriteStartObject();
        _json.WriteString("schema_version", TableSchema.Version);
        _json.WriteString("table", schema.Name);
        _json.WriteStartArray("columns");
        foreach (TableColumn column in schema.Columns)
        {
            _json.WriteStartObject();
            _json.WriteString("name", column.Name);
            _json.WriteString("type", column.Type switch { ColumnType.Integer => "integer", ColumnType.Real => "number", _ => "string" });
            _json.WriteString("description", column.Description);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("rows");
    }

    /// <inheritdoc />
    protected override void WriteRowCore(ReadOnlySpan<object?> values)
    {
        _json.WriteStartObject();
        for (int i = 0; i < values.Length; i++)
        {
            TableColumn column = Schema.Columns[i];
            switch (column.Type)
            {
                case ColumnType.Integer when AsInteger(values[i]) is long l:
                    _json.WriteNumber(column.Name, l);
                    break;
                case ColumnType.Real when AsReal(values[i]) is double d:
                    _json.WriteNumber(column.Name, d);
                    break;
                case ColumnType.String when AsText(values[i]) is string s:
                    _json.WriteString(column.Name, s);
                    break;
                default:
                    _json.WriteNull(column.Name);
                    break;
            }
        }

        _json.WriteEndObject();
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    /// <inheritdoc />
    protected override void Finish()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Dispose();
        Stream.WriteByte((byte)'\n');
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // After Complete the writer is already closed; before it, its pending bytes are not wanted.
        base.Dispose(disposing);
    }
}
