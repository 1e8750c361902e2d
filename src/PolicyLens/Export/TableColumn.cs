// One column of an exported table, as files and readers see it: name, type, description.
namespace PolicyLens.Export;

/// <summary>One column of an exported table.</summary>
/// <param name="Name">The column name, lower snake case (<c>rate_per_10k</c>).</param>
/// <param name="Type">Its type.</param>
/// <param name="Description">What a cell means, with its counting unit; documented in the README's schema tables.</param>
public record TableColumn(string Name, ColumnType Type, string Description);
