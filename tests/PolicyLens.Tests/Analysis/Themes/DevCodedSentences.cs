namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// The hand-coded development sentences (the validate format of /work/gold/FORMATS.md), never from a held-out report:
/// <c>dev-coded.tsv</c> (87 sentences of development provincial and municipal reports) and <c>dev-coded-2-train.tsv</c> /
/// <c>dev-coded-2-test.tsv</c> (273 more, split by report: training reads the first, nothing reads the second).
/// </summary>
public static class DevCodedSentences
{
    public sealed record Row(string File, int Start, int End, string Theme, string Sentence);

    public static string Path { get; } = System.IO.Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Analysis", "Themes", "dev-coded.tsv");

    /// <summary>The 273 sentences coded on branch themes2, the part training reads (26 reports).</summary>
    public static string TrainPath { get; } = System.IO.Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Analysis", "Themes", "dev-coded-2-train.tsv");

    /// <summary>The 273 sentences coded on branch themes2, the part kept out of training and of every choice (13 other reports).</summary>
    public static string TestPath { get; } = System.IO.Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Analysis", "Themes", "dev-coded-2-test.tsv");

    public static IReadOnlyList<Row> All { get; } = Read(Path);

    public static IReadOnlyList<Row> Train { get; } = Read(TrainPath);

    public static IReadOnlyList<Row> Test { get; } = Read(TestPath);

    private static List<Row> Read(string path) =>
    [
        .. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Select(c => new Row(c[0], int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), c[3], c[4])),
    ];
}
