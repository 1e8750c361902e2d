// The one reader of PolicyLens tables: CSV, JSON Lines or Parquet back into rows found by column name.
using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace PolicyLens.Export;

/// <summary>
/// Reads back a table that <see cref="TableWriter"/> wrote (Parquet, CSV or JSON Lines) as <see cref="TableRecord"/>s, streamed,
/// with memory bounded by one Parquet row group. Columns are matched by name: a file may hold them in another order or
/// hold more of them, but every column of the schema must be there. Whatever is wrong with a file (a missing column, a
/// cell that is not a number, a damaged Parquet file) is an <see cref="InputException"/> naming the file, and the row and
/// column where there is one.
/// </summary>
public static class TableReader
{
    /// <summary>The rows of the table file at <paramref name="path"/> (<c>.parquet</c>, <c>.csv</c> or <c>.jsonl</c>) as <paramref name="schema"/>.</summary>
    /// <exception cref="InputException">The file is missing, damaged or not a table of that layout.</exception>
    public static IEnumerable<TableRecord> Read(string path, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(schema);
        if (!File.Exists(path))
        {
            throw new InputException(path, $"the table '{schema.Name}' is not there", remedy: "point at a folder written by 'policylens analyze'");
        }

        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".PARQUET" => ReadParquet(path, schema),
            ".CSV" => ReadCsv(path, schema),
            ".JSONL" => ReadJsonLines(path, schema),
            _ => throw new InputException(path, "only .parquet, .csv and .jsonl tables can be read back"),
        };
    }

    /// <summary>
    /// The rows of <paramref name="schema"/>'s table in an analysis folder: the Parquet file when there is one, else the
    /// CSV file. When the folder has a manifest (<c>datapackage.json</c>) only the files it lists are read, so that a
    /// file left by another run is never taken for this run's.
    /// </summary>
    /// <exception cref="InputException">Neither file is there, or the one there cannot be read.</exception>
    public static IEnumerable<TableRecord> ReadFolder(string directory, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(schema);
        return FindInFolder(directory, schema) is { } path
            ? Read(path, schema)
            : throw new InputException(directory, $"neither {schema.Name}.parquet nor {schema.Name}.csv is part of this analysis",
                remedy: "point at a folder written by 'policylens analyze' with --formats parquet or csv (JSON alone cannot be read back)");
    }

    /// <summary>True when <paramref name="directory"/> holds <paramref name="schema"/>'s table as Parquet or CSV (listed in its manifest, if it has one).</summary>
    public static bool Exists(string directory, TableSchema schema) => FindInFolder(directory, schema) is not null;

    private static string? FindInFolder(string directory, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(schema);
        RunManifest? manifest = RunManifest.TryRead(directory);
        foreach (ExportFormat format in new[] { ExportFormat.Parquet, ExportFormat.Csv })
        {
            string name = schema.FileName(format);
            string path = Path.Combine(directory, name);
            if (File.Exists(path) && (manifest is null || manifest.Lists(name)))
            {
                return path;
            }
        }

        return null;
    }

    private static IEnumerable<TableRecord> ReadParquet(string path, TableSchema schema)
    {
        using FileStream stream = File.OpenRead(path);
        ParquetReader reader = Guard(path, () => Wait(ParquetReader.CreateAsync(stream)));
        try
        {
            DataField[] fields = reader.Schema.GetDataFields();
            DataField[] mine = [.. schema.Columns.Select(c => fields.FirstOrDefault(f => f.Name == c.Name)
                ?? throw MissingColumn(path, schema, c.Name, fields.Select(f => f.Name)))];
            long row = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                Array[] columns = Guard(path, () =>
                {
                    using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
                    int rows = checked((int)group.RowCount);
                    return schema.Columns.Select((c, i) => c.Type switch
                    {
                        ColumnType.Integer => Read<long>(group, mine[i], rows),
                        ColumnType.Real => Read<double>(group, mine[i], rows),
                        ColumnType.Boolean => Read<bool>(group, mine[i], rows),
                        _ => (Array)ReadStrings(group, mine[i], rows),
                    }).ToArray();
                });
                int count = columns.Length == 0 ? 0 : columns[0].Length;
                for (int r = 0; r < count; r++)
                {
                    var values = new object?[columns.Length];
                    for (int c = 0; c < columns.Length; c++)
                    {
                        values[c] = columns[c].GetValue(r);
                    }

                    yield return new TableRecord(schema, values, path, ++row);
                }
            }
        }
        finally
        {
            Wait(reader.DisposeAsync().AsTask());
        }
    }

    private static IEnumerable<TableRecord> ReadCsv(string path, TableSchema schema)
    {
        using SepReader reader = Guard(path, () => Sep.Reader(o => o with { Unescape = true, Sep = new Sep(',') }).FromFile(path));
        IReadOnlyList<string> names = reader.Header.ColNames;
        int[] indices = [.. schema.Columns.Select(c => names.ToList().IndexOf(c.Name) is int i and >= 0 ? i : throw MissingColumn(path, schema, c.Name, names))];
        long row = 0;
        while (true)
        {
            TableRecord? record = Guard(path, () =>
            {
                if (!reader.MoveNext())
                {
                    return null;
                }

                row++;
                SepReader.Row current = reader.Current;
                var values = new object?[indices.Length];
                for (int c = 0; c < values.Length; c++)
                {
                    values[c] = Parse(path, schema.Columns[c], row, current[indices[c]].ToString());
                }

                return new TableRecord(schema, values, path, row);
            }, () => row + 1);
            if (record is null)
            {
                yield break;
            }

            yield return record;
        }
    }

    private static IEnumerable<TableRecord> ReadJsonLines(string path, TableSchema schema)
    {
        using var lines = new StreamReader(path, System.Text.Encoding.UTF8);
        long row = 0;
        while (lines.ReadLine() is { } line)
        {
            row++;
            if (line.Length == 0)
            {
                continue;
            }

            yield return Guard(path, () =>
            {
                using JsonDocument json = JsonDocument.Parse(line);
                var values = new object?[schema.Columns.Count];
                for (int c = 0; c < values.Length; c++)
                {
                    TableColumn column = schema.Columns[c];
                    if (!json.RootElement.TryGetProperty(column.Name, out JsonElement cell))
                    {
                        throw MissingColumn(path, schema, column.Name, json.RootElement.EnumerateObject().Select(p => p.Name));
                    }

                    values[c] = (cell.ValueKind, column.Type) switch
                    {
                        (JsonValueKind.Null, _) => null,
                        (JsonValueKind.String, ColumnType.String) => cell.GetString(),
                        (JsonValueKind.String, _) => throw BadCell(path, column, row, cell.GetString()!, "a JSON number or boolean"),
                        _ => Parse(path, column, row, cell.GetRawText()),
                    };
                }

                return new TableRecord(schema, values, path, row);
            }, () => row);
        }
    }

    /// <summary>A CSV or JSON cell as its column's type; text keeps what the writer's formula guard added taken off again.</summary>
    private static object? Parse(string path, TableColumn column, long row, string cell)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        return column.Type switch
        {
            ColumnType.Integer => long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l) ? l : throw BadCell(path, column, row, cell, "an integer"),
            ColumnType.Real => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : throw BadCell(path, column, row, cell, "a number"),
            ColumnType.Boolean => cell switch { "true" => true, "false" => false, _ => throw BadCell(path, column, row, cell, "true or false") },
            _ => CsvField.Restore(cell),
        };
    }

    private static InputException BadCell(string path, TableColumn column, long row, string cell, string expected) =>
        new(path, $"row {row}, column '{column.Name}': '{Shorten(cell)}' is not {expected}", remedy: "the file was changed after PolicyLens wrote it; re-run the analysis");

    private static InputException MissingColumn(string path, TableSchema schema, string column, IEnumerable<string> found) =>
        new(path, $"no column '{column}' (table '{schema.Name}' needs {string.Join(", ", schema.Columns.Select(c => c.Name))}; found {string.Join(", ", found)})",
            remedy: "point at a table written by this version of PolicyLens");

    private static string Shorten(string cell) => cell.Length <= 40 ? cell : cell[..40] + "…";

    /// <summary>Runs a read, turning whatever a damaged file makes the libraries throw into one <see cref="InputException"/> naming it.</summary>
    private static T Guard<T>(string path, Func<T> read, Func<long>? row = null)
    {
        try
        {
            return read();
        }
        catch (InputException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            string where = row is null ? "" : $"row {row()}: ";
            throw new InputException(path, $"{where}the table cannot be read ({e.GetType().Name}: {FirstLine(e.Message)})",
                remedy: "the file is damaged or was changed after PolicyLens wrote it; re-run the analysis", innerException: e);
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd('\r');

    private static T?[] Read<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        var values = new T?[rows];
        Wait(group.ReadAsync<T>(field, values.AsMemory()).AsTask());
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
