// One row read back from a table file, whose cells are found by column name.
namespace PolicyLens.Export;

/// <summary>
/// One row of a table read back by <see cref="TableReader"/>: cells by column name (<c>row.Integer("count")</c>), never by
/// position, so that a reader keeps working when columns are added or reordered.
/// </summary>
public sealed class TableRecord
{
    private readonly object?[] _values;

    internal TableRecord(TableSchema schema, object?[] values, string source, long row)
    {
        Schema = schema;
        _values = values;
        Source = source;
        Row = row;
    }

    /// <summary>The layout the row was read as.</summary>
    public TableSchema Schema { get; }

    /// <summary>The file the row comes from.</summary>
    public string Source { get; }

    /// <summary>The row's number in the file, from 1 (not counting a header).</summary>
    public long Row { get; }

    /// <summary>The cells in <see cref="Schema"/>'s column order: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or null.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>A text cell, or null when it is empty.</summary>
    public string? TextOrNull(string column) => Cell(column, ColumnType.String) as string;

    /// <summary>A text cell, empty when missing.</summary>
    public string Text(string column) => TextOrNull(column) ?? "";

    /// <summary>An integer cell, or null.</summary>
    public long? Integer(string column) => Cell(column, ColumnType.Integer) as long?;

    /// <summary>A real cell, or null (also for NaN).</summary>
    public double? Real(string column) => Cell(column, ColumnType.Real) is double d && !double.IsNaN(d) ? d : null;

    /// <summary>A true/false cell, or null.</summary>
    public bool? Boolean(string column) => Cell(column, ColumnType.Boolean) as bool?;

    /// <summary>An integer cell that must be there.</summary>
    /// <exception cref="InputException">It is empty.</exception>
    public long RequiredInteger(string column) =>
        Integer(column) ?? throw new InputException(Source, $"row {Row}, column '{column}': the cell is empty, and {Schema.Name} needs a number there");

    /// <summary>A text cell that must be there.</summary>
    /// <exception cref="InputException">It is empty.</exception>
    public string RequiredText(string column) =>
        TextOrNull(column) ?? throw new InputException(Source, $"row {Row}, column '{column}': the cell is empty, and {Schema.Name} needs a value there");

    private object? Cell(string column, ColumnType type)
    {
        int index = Schema.IndexOf(column);
        if (Schema.Columns[index].Type != type)
        {
            throw new ArgumentException($"Column '{column}' of '{Schema.Name}' is {Schema.Columns[index].Type}, not {type}.", nameof(column));
        }

        return _values[index];
    }
}
