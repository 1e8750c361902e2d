using System.Globalization;
using nietras.SeparatedValues;

namespace PolicyLens.Export;

/// <summary>
/// Reads back a table of an analysis folder (what <c>policylens analyze</c> wrote) as rows of <see cref="string"/>,
/// <see cref="long"/> and <see cref="double"/> values, null where missing: from the Parquet file when there is one,
/// else from the CSV file. Readers downstream of the analysis (the HTML report) use it so that they work whichever of
/// the two formats was asked for.
/// </summary>
public static class AnalysisTableReader
{
    /// <summary>True when <paramref name="directory"/> holds <paramref name="schema"/>'s table as Parquet or CSV.</summary>
    public static bool Exists(string directory, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(schema);
        return File.Exists(PathOf(directory, schema, ".parquet")) || File.Exists(PathOf(directory, schema, ".csv"));
    }

    /// <summary>The rows of <paramref name="schema"/>'s table in <paramref name="directory"/>, streamed.</summary>
    /// <exception cref="FileNotFoundException">Neither <c>NAME.parquet</c> nor <c>NAME.csv</c> is in the folder.</exception>
    /// <exception cref="InvalidDataException">The file's columns are not the schema's.</exception>
    public static IEnumerable<object?[]> ReadRows(string directory, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(schema);
        string parquet = PathOf(directory, schema, ".parquet");
        if (File.Exists(parquet))
        {
            return ParquetTableReader.ReadRows(parquet, schema);
        }

        string csv = PathOf(directory, schema, ".csv");
        if (File.Exists(csv))
        {
            return ReadCsv(csv, schema);
        }

        throw new FileNotFoundException(
            $"{directory}: neither {schema.Name}.parquet nor {schema.Name}.csv is there. Point at a folder written by 'policylens analyze' " +
            "with --formats parquet or csv (JSON alone cannot be read back).", parquet);
    }

    private static string PathOf(string directory, TableSchema schema, string extension) => Path.Combine(directory, schema.Name + extension);

    private static IEnumerable<object?[]> ReadCsv(string path, TableSchema schema)
    {
        using SepReader reader = Sep.Reader(o => o with { Unescape = true, Sep = new Sep(',') }).FromFile(path);
        IReadOnlyList<string> names = reader.Header.ColNames;
        if (!names.SequenceEqual(schema.Columns.Select(c => c.Name)))
        {
            throw new InvalidDataException(
                $"{path}: expected the columns of '{schema.Name}' ({string.Join(", ", schema.Columns.Select(c => c.Name))}), found {string.Join(", ", names)}.");
        }

        foreach (SepReader.Row row in reader)
        {
            var values = new object?[schema.Columns.Count];
            for (int c = 0; c < values.Length; c++)
            {
                ReadOnlySpan<char> cell = row[c].Span;
                values[c] = schema.Columns[c].Type switch
                {
                    _ when cell.IsEmpty => null,
                    ColumnType.Integer => long.Parse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture),
                    ColumnType.Real => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture),
                    _ => Restore(cell.ToString()),
                };
            }

            yield return values;
        }
    }

    // CsvTableWriter.Neutralise put a quote before text a spreadsheet would run as a formula; take it off again.
    private static string Restore(string text) =>
        text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? text[1..] : text;
}
