// Reads the hand-coded gold files (tab-separated, '#' comment lines, a header line first): one field accessor per row,
// so each test says which columns it reads and how, not how the file is laid out.
namespace PolicyLens.Tests;

/// <summary>The rows of a gold TSV file (the format of the gold files' headers), each as a lookup by column name.</summary>
internal static class GoldTsv
{
    /// <summary>The column names of the file's header line (none for a file of comments only).</summary>
    public static string[] Columns(string path) =>
        File.ReadLines(path).FirstOrDefault(line => !line.StartsWith('#') && line.Trim().Length > 0)?.Split('\t') ?? [];

    public static IEnumerable<Func<string, string>> Rows(string path)
    {
        string[] header = [];
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (header.Length == 0)
            {
                header = fields;
                continue;
            }

            string[] row = fields;
            string[] columns = header;
            // A row may stop before trailing empty columns (an empty note): those read as empty.
            yield return column =>
            {
                int i = Array.IndexOf(columns, column);
                if (i < 0)
                {
                    throw new InvalidDataException($"{path}: no column '{column}'");
                }

                return i < row.Length ? row[i] : "";
            };
        }
    }
}
