namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// The hand-coded development sentences (<c>dev-coded.tsv</c>, the validate format of /work/gold/FORMATS.md): 87
/// sentences of development provincial and municipal reports, coded by hand, never any held-out report.
/// </summary>
public static class DevCodedSentences
{
    public sealed record Row(string File, int Start, int End, string Theme, string Sentence);

    public static string Path { get; } = System.IO.Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Analysis", "Themes", "dev-coded.tsv");

    public static IReadOnlyList<Row> All { get; } =
    [
        .. File.ReadLines(Path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Select(c => new Row(c[0], int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), c[3], c[4])),
    ];
}
