using System.Globalization;
using System.Text;

namespace PolicyLens.Export;

/// <summary>
/// RFC 4180 CSV: UTF-8 without BOM, CRLF line ends, a header row, a field quoted when it holds a comma, a quote or
/// a line break. A text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return is prefixed
/// with <c>'</c> so that a spreadsheet does not run it as a formula (OWASP's advice); numeric columns are left alone,
/// so a negative number stays a number.
/// </summary>
public sealed class CsvTableWriter : TableFileWriter
{
    private readonly StreamWriter _writer;

    /// <summary>Opens <paramref name="path"/> (through a temporary file) and writes the header.</summary>
    public CsvTableWriter(TableSchema schema, string path)
        : base(schema, path)
    {
        _writer = new StreamWriter(Stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\r\n", AutoFlush = false };
        for (int i = 0; i < schema.Columns.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            CsvField.WriteQuoted(_writer, schema.Columns[i].Name);
        }

        _writer.Write("\r\n");
    }

    /// <summary>A text cell made safe to open in a spreadsheet (see the class remarks).</summary>
    public static string Neutralise(string text) => CsvField.Neutralise(text);

    /// <inheritdoc />
    protected override void WriteRowCore(ReadOnlySpan<object?> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            switch (Schema.Columns[i].Type)
            {
                case ColumnType.Integer:
                    _writer.Write(AsInteger(values[i])?.ToString(CultureInfo.InvariantCulture));
                    break;
                case ColumnType.Real:
                    _writer.Write(AsReal(values[i])?.ToString("R", CultureInfo.InvariantCulture));
                    break;
                default:
                    CsvField.WriteText(_writer, AsText(values[i]));
                    break;
            }
        }

        _writer.Write("\r\n");
    }

    /// <inheritdoc />
    protected override void Finish() => _writer.Flush();
}
