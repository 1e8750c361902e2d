// The untyped layout of a table: what a file holds and what a reader checks, whatever the row type.
namespace PolicyLens.Export;

/// <summary>
/// The name and columns of an exported table. Every file carries <see cref="Version"/> (JSON in its header,
/// Parquet in its key-value metadata, every format in the run's <c>datapackage.json</c>) so that readers can tell
/// layouts apart. Declare a table as a <see cref="Table{TRow}"/>; this is its <see cref="Table{TRow}.Schema"/>.
/// </summary>
/// <param name="Name">The table's name, which is also its file name (<c>frequencies.csv</c>).</param>
/// <param name="Columns">The columns, in order.</param>
public sealed record TableSchema(string Name, IReadOnlyList<TableColumn> Columns)
{
    /// <summary>The version of every export layout; raised when a column is added, removed or changes meaning.</summary>
    public const string Version = "1.1";

    /// <summary>The index of the column called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">There is no such column.</exception>
    public int IndexOf(string name)
    {
        int index = TryIndexOf(name);
        return index >= 0 ? index : throw new ArgumentException($"Table '{Name}' has no column '{name}'.", nameof(name));
    }

    /// <summary>The index of the column called <paramref name="name"/>, or -1.</summary>
    public int TryIndexOf(string name)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The file name of this table in <paramref name="format"/> (exactly one format): <c>frequencies.csv</c>.</summary>
    public string FileName(ExportFormat format) => Name + format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Json => ".json",
        ExportFormat.JsonLines => ".jsonl",
        ExportFormat.Parquet => ".parquet",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Name exactly one format."),
    };
}
