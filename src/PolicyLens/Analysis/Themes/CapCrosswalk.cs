// The crosswalk from PolicyLens's themes to the Comparative Agendas Project's major topics, read from cap-crosswalk.tsv.
using System.Globalization;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// The crosswalk from the built-in themes to the major topics of the Comparative Agendas Project's Master Codebook, so
/// that shares can be compared with CAP-coded corpora. Data, embedded in the assembly (<c>cap-crosswalk.tsv</c>, whose
/// comment names the codebook and how the mapping was made).
/// </summary>
/// <example><c>CapCrosswalk.Find("employment")?.MajorTopic</c> is 5 (Labor).</example>
public static class CapCrosswalk
{
    private const string ResourceName = "PolicyLens.Analysis.Themes.cap-crosswalk.tsv";

    private static readonly Lazy<IReadOnlyList<CapTopic>> Rows = new(Load);

    // The rows by theme (the first row of a theme, as a search in order would find it): Find runs once per row of the
    // sentences table, 34,000 times for the national corpus.
    private static readonly Lazy<Dictionary<string, CapTopic>> ByTheme = new(() =>
    {
        var byTheme = new Dictionary<string, CapTopic>(StringComparer.Ordinal);
        foreach (CapTopic row in Rows.Value)
        {
            byTheme.TryAdd(row.Theme, row);
        }

        return byTheme;
    });

    /// <summary>Every theme's row, in the order of <c>themes.json</c>.</summary>
    public static IReadOnlyList<CapTopic> All => Rows.Value;

    /// <summary>The row of <paramref name="theme"/>, or null for <c>none</c> and for themes the built-in taxonomy does not have.</summary>
    public static CapTopic? Find(string theme) => theme is not null && ByTheme.Value.TryGetValue(theme, out CapTopic? row) ? row : null;

    private static List<CapTopic> Load()
    {
        using Stream stream = typeof(CapCrosswalk).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the PolicyLens assembly; rebuild the library.");
        using var reader = new StreamReader(stream);
        var rows = new List<CapTopic>();
        bool header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            string[] c = line.Split('\t');
            int[] also = c[3].Length == 0 ? [] : [.. c[3].Split('|').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
            rows.Add(new CapTopic(c[0], int.Parse(c[1], CultureInfo.InvariantCulture), c[2], also, c.Length > 4 ? c[4] : string.Empty));
        }

        return rows;
    }
}
