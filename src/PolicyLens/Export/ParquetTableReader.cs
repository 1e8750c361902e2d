using Parquet;
using Parquet.Schema;

namespace PolicyLens.Export;

/// <summary>
/// Reads back a table written by <see cref="ParquetTableWriter"/>, row group by row group, as rows of
/// <see cref="string"/>, <see cref="long"/> and <see cref="double"/> values (null where missing): what merging shards
/// needs, with memory bounded by one row group.
/// </summary>
public static class ParquetTableReader
{
    /// <summary>The rows of the file at <paramref name="path"/>, which must have <paramref name="schema"/>'s columns.</summary>
    /// <exception cref="InvalidDataException">The file is not a table of that schema.</exception>
    public static IEnumerable<object?[]> ReadRows(string path, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(schema);
        using FileStream stream = File.OpenRead(path);
        ParquetReader reader = Wait(ParquetReader.CreateAsync(stream));
        try
        {
            DataField[] fields = reader.Schema.GetDataFields();
            if (!fields.Select(f => f.Name).SequenceEqual(schema.Columns.Select(c => c.Name)))
            {
                throw new InvalidDataException(
                    $"{path}: expected the columns of '{schema.Name}' ({string.Join(", ", schema.Columns.Select(c => c.Name))}), found {string.Join(", ", fields.Select(f => f.Name))}.");
            }

            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
                int rows = checked((int)group.RowCount);
                var columns = new Array[fields.Length];
                for (int c = 0; c < fields.Length; c++)
                {
                    columns[c] = schema.Columns[c].Type switch
                    {
                        ColumnType.Integer => ReadLongs(group, fields[c], rows),
                        ColumnType.Real => ReadDoubles(group, fields[c], rows),
                        _ => ReadStrings(group, fields[c], rows),
                    };
                }

                for (int r = 0; r < rows; r++)
                {
                    var row = new object?[fields.Length];
                    for (int c = 0; c < fields.Length; c++)
                    {
                        row[c] = columns[c].GetValue(r);
                    }

                    yield return row;
                }
            }
        }
        finally
        {
            Wait(reader.DisposeAsync().AsTask());
        }
    }

    private static long?[] ReadLongs(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new long?[rows];
        Wait(group.ReadAsync<long>(field, values.AsMemory()).AsTask());
        return values;
    }

    private static double?[] ReadDoubles(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new double?[rows];
        Wait(group.ReadAsync<double>(field, values.AsMemory()).AsTask());
        return values;
    }

    private static string?[] ReadStrings(ParquetRowGroupReader group, DataField field, int rows)
    {
        var values = new string?[rows];
        Wait(group.ReadAsync(field, values.AsMemory()).AsTask());
        return values;
    }

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
