// The file formats a table is written in.
namespace PolicyLens.Export;

/// <summary>File formats a table can be written in; combine them to write several at once.</summary>
[Flags]
public enum ExportFormat
{
    /// <summary>No file.</summary>
    None = 0,

    /// <summary>RFC 4180 CSV: UTF-8 without BOM, CRLF line ends, a header row, text cells that could start a spreadsheet formula neutralised.</summary>
    Csv = 1,

    /// <summary>One JSON document per table: the schema version, the columns with their types, and the rows as objects.</summary>
    Json = 2,

    /// <summary>Apache Parquet (through Parquet.Net), typed columns, Snappy-compressed, the schema version in the file's metadata.</summary>
    Parquet = 4,

    /// <summary>JSON Lines: one JSON object per row and line (LF), the same field names and values as <see cref="Json"/>'s rows, no header.</summary>
    JsonLines = 8,
}
