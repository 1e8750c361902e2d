// The typed table model: a table's name and columns, each column with the typed accessor that reads it from a row object.
using System.Runtime.CompilerServices;

namespace PolicyLens.Export;

/// <summary>
/// A table whose rows are objects of type <typeparamref name="TRow"/>: its name (which is also its file name) and its
/// columns, each with a name, a type, a description and the accessor that reads the cell from a row. The declaration
/// is the only place a table's layout is written down: <see cref="TableWriter"/> writes it in every format,
/// <see cref="TableReader"/> reads it back by column name, and the manifest and the README describe it from here.
/// <see cref="Write(TableWriter, IEnumerable{TRow})"/> reads each cell once per row through its typed accessor and hands
/// the writer typed values (no boxed cell, whatever the number of formats); <see cref="Cells"/> gives the boxed cells.
/// Immutable: every column method returns a new table.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <example>
/// <code>
/// public static Table&lt;ThemeShare&gt; Themes { get; } = new Table&lt;ThemeShare&gt;("themes")
///     .Text("group", "the group", r =&gt; r.Group.Label)
///     .Real("group_time", "the group's time in years", r =&gt; r.Group.Time)
///     .Text("theme", "theme code", r =&gt; r.Theme)
///     .Integer("characters", "classified characters", r =&gt; r.Characters)
///     .Real("share", "the theme's share", r =&gt; r.Share);
/// </code>
/// </example>
public sealed class Table<TRow>
{
    private readonly TableColumn<TRow>[] _columns;

    // Each column's typed accessor as given (a Func<TRow, string?>, long?, double? or bool? by the column's type) and
    // that type: what the writers read, one delegate call per cell, the cell made without boxing.
    private readonly Delegate[] _cells;
    private readonly ColumnType[] _types;

    /// <summary>A table called <paramref name="name"/> with no columns yet.</summary>
    public Table(string name)
        : this(name, [], [])
    {
    }

    private Table(string name, TableColumn<TRow>[] columns, Delegate[] cells)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _columns = columns;
        _cells = cells;
        // A loop, not a lambda: a lambda of this generic class is compiled by the JIT for every row type that is a value
        // type (issue 14, start-up code).
        _types = new ColumnType[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            _types[i] = columns[i].Type;
        }
        Schema = new TableSchema(name, columns);
    }

    /// <summary>The table's name, also its file name (<c>frequencies.csv</c>).</summary>
    public string Name { get; }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<TableColumn<TRow>> Columns => _columns;

    /// <summary>The untyped layout: what files hold and readers check.</summary>
    public TableSchema Schema { get; }

    /// <summary>Adds a text column.</summary>
    public Table<TRow> Text(string name, string description, Func<TRow, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return With(new TableColumn<TRow>(name, ColumnType.String, description, r => value(r)), value);
    }

    /// <summary>Adds a 64-bit integer column.</summary>
    public Table<TRow> Integer(string name, string description, Func<TRow, long?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return With(new TableColumn<TRow>(name, ColumnType.Integer, description, r => value(r)), value);
    }

    /// <summary>Adds a 64-bit float column (NaN is written as missing).</summary>
    public Table<TRow> Real(string name, string description, Func<TRow, double?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return With(new TableColumn<TRow>(name, ColumnType.Real, description, r => value(r)), value);
    }

    /// <summary>Adds a true/false column.</summary>
    public Table<TRow> Boolean(string name, string description, Func<TRow, bool?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return With(new TableColumn<TRow>(name, ColumnType.Boolean, description, r => value(r)), value);
    }

    /// <summary>The cells of <paramref name="row"/>, in column order.</summary>
    public object?[] Cells(TRow row)
    {
        var cells = new object?[_columns.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = _columns[i].Value(row);
        }

        return cells;
    }

    /// <summary>Reads the typed cells of <paramref name="row"/> into <paramref name="cells"/> (one per column): a writer's reused row.</summary>
    internal void FillCells(TRow row, Span<TableCell> cells)
    {
        Delegate[] accessors = _cells;
        ColumnType[] types = _types;
        for (int i = 0; i < accessors.Length; i++)
        {
            // The accessor's type is the column's (see With's callers): no checked cast.
            Delegate accessor = accessors[i];
            cells[i] = types[i] switch
            {
                ColumnType.String => TableCell.OfText(Unsafe.As<Func<TRow, string?>>(accessor)(row)),
                ColumnType.Integer => TableCell.OfInteger(Unsafe.As<Func<TRow, long?>>(accessor)(row)),
                ColumnType.Real => TableCell.OfReal(Unsafe.As<Func<TRow, double?>>(accessor)(row)),
                _ => TableCell.OfBoolean(Unsafe.As<Func<TRow, bool?>>(accessor)(row)),
            };
        }
    }

    /// <summary>Writes <paramref name="rows"/> to <paramref name="writer"/>, which must have been opened for this table.</summary>
    public void Write(TableWriter writer, IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        if (!ReferenceEquals(writer.Schema, Schema))
        {
            throw new ArgumentException($"The writer is open for table '{writer.Schema.Name}', not '{Name}'.", nameof(writer));
        }

        // One array of cells for the whole table: the encoders read a row's cells before the next row is written.
        var cells = new TableCell[_columns.Length];
        foreach (TRow row in rows)
        {
            FillCells(row, cells);
            writer.WriteCells(cells);
        }
    }

    /// <summary>Writes the whole table to <paramref name="output"/> in <paramref name="format"/> (one format), leaving the stream open.</summary>
    public void Write(Stream output, ExportFormat format, IEnumerable<TRow> rows)
    {
        using TableWriter writer = TableWriter.Create(Schema, output, format);
        Write(writer, rows);
        writer.Complete();
    }

    private Table<TRow> With(TableColumn<TRow> column, Delegate cell)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column.Name);
        if (_columns.Any(c => c.Name == column.Name))
        {
            throw new ArgumentException($"Table '{Name}' already has a column '{column.Name}'.", nameof(column));
        }

        return new Table<TRow>(Name, [.. _columns, column], [.. _cells, cell]);
    }
}
