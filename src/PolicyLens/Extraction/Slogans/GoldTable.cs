// Reads the tab-separated files the accuracy figures are made from (coded formulas, judged mentions): comment lines, a header
// naming the columns, rows by column name; a missing column or a bad cell named with the file and line.
namespace PolicyLens.Extraction.Slogans;

/// <summary>One row of a gold table: its line number and its cells by column name (a row may stop before trailing empty cells).</summary>
internal readonly struct GoldTableRow(string path, int line, string[] cells, Dictionary<string, int> columns)
{
    /// <summary>The row's line in the file (1-based).</summary>
    public int Line => line;

    /// <summary>Whether the header names <paramref name="column"/>.</summary>
    public bool Has(string column) => columns.ContainsKey(column);

    /// <summary>The cell of <paramref name="column"/>, empty where the header has no such column or the row stops before it.</summary>
    public string this[string column] => columns.TryGetValue(column, out int index) && index < cells.Length ? cells[index] : "";

    /// <summary>A format error at this row: "<c>path, line N: reason</c>".</summary>
    public FormatException Error(string reason) => new($"{path}, line {line}: {reason}");
}

/// <summary>Reads a gold table: <c>#</c> comment lines and blank lines skipped, the first other line the header.</summary>
internal static class GoldTable
{
    /// <summary>The rows of <paramref name="path"/>, after checking that the header names every column of <paramref name="required"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">What the file is, for the message of a missing column ("a judged-mention file").</param>
    /// <param name="required">The columns every file of the format has.</param>
    public static IEnumerable<GoldTableRow> Read(string path, string format, params string[] required)
    {
        Dictionary<string, int>? columns = null;
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells.Select((name, index) => (name: name.Trim(), index)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
                if (required.FirstOrDefault(c => !columns.ContainsKey(c)) is { } missing)
                {
                    throw new FormatException($"{path}, line {number}: the header has no '{missing}' column ({format} needs {string.Join(", ", required)}).");
                }

                continue;
            }

            yield return new GoldTableRow(path, number, cells, columns);
        }
    }

    /// <summary>A kind as the tables write it (lexicon, quoted …, any case); not a number.</summary>
    public static bool TryParseKind(string name, out MentionKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !name.Any(char.IsAsciiDigit);
}
