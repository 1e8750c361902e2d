namespace PolicyLens.Export;

/// <summary>
/// The name and columns of an exported table. Every file carries <see cref="Version"/> (JSON in its header,
/// Parquet in its key-value metadata; CSV has the README's schema tables) so that readers can tell layouts apart.
/// </summary>
/// <param name="Name">The table's name, which is also its file name (<c>frequencies.csv</c>).</param>
/// <param name="Columns">The columns, in order.</param>
public sealed record TableSchema(string Name, IReadOnlyList<TableColumn> Columns)
{
    /// <summary>The version of every export layout; raised when a column is added, removed or changes meaning.</summary>
    public const string Version = "1.0";

    /// <summary>The index of the column called <paramref name="name"/>.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"Table '{Name}' has no column '{name}'.", nameof(name));
    }
}
