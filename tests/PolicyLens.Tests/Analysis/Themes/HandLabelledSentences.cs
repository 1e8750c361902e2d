namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>The hand-labelled sample of government work report sentences (<c>gwr-hand-labelled.tsv</c>, read by a person, not by the classifier).</summary>
public static class HandLabelledSentences
{
    public const string None = "none";

    public sealed record Row(string File, int Year, string Theme, string Sentence);

    public static IReadOnlyList<Row> All { get; } = Read();

    /// <summary>The rows with a policy theme (not <see cref="None"/>): the ones accuracy is measured on.</summary>
    public static IReadOnlyList<Row> Themed { get; } = [.. All.Where(r => r.Theme != None)];

    private static List<Row> Read()
    {
        string path = Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Analysis", "Themes", "gwr-hand-labelled.tsv");
        return
        [
            .. File.ReadLines(path)
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Skip(1)
                .Select(l => l.Split('\t'))
                .Select(c => new Row(c[0], int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), c[2], c[3])),
        ];
    }
}
