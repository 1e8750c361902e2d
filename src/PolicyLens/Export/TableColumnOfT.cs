// A typed column: a TableColumn with the accessor that reads its value from a row object.
namespace PolicyLens.Export;

/// <summary>A column of a <see cref="Table{TRow}"/>: its name, type and description, and how to read its value from a row.</summary>
/// <typeparam name="TRow">The row type (a record of the analysis).</typeparam>
/// <param name="Name">The column name, lower snake case.</param>
/// <param name="Type">Its type; <see cref="Value"/> returns <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or null to match.</param>
/// <param name="Description">What a cell means.</param>
/// <param name="Value">The cell of a row, boxed (<see cref="Table{TRow}.Cells"/>); the writers read the typed accessor the column was declared with instead.</param>
public sealed record TableColumn<TRow>(string Name, ColumnType Type, string Description, Func<TRow, object?> Value)
    : TableColumn(Name, Type, Description);
