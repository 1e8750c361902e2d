namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// The hand-coded development sentences (the validate format of /work/gold/FORMATS.md), never from a held-out report:
/// <c>dev-coded.tsv</c> (87 sentences of development provincial and municipal reports) and <c>dev-coded-2-train.tsv</c> /
/// <c>dev-coded-2-test.tsv</c> (273 more, split by report: training reads the first, nothing reads the second), and the
/// third coding (branch themes5), split by the same reports: <c>dev-coded-3-train.tsv</c> / <c>dev-coded-3-test.tsv</c>
/// (273 more drawn at random) and <c>dev-coded-3-edges-train.tsv</c> / <c>dev-coded-3-edges-test.tsv</c> (565 openings and
/// closings, where the procedural sentences are), and the fourth coding (branch themes6), split by the same reports:
/// <c>dev-coded-4-train.tsv</c> / <c>dev-coded-4-test.tsv</c> (585 middle sentences, most of them where the round-5 model
/// was unsure; tools/themes/sample_dev_coded_4.py), and the fifth coding (branch themes7), split by the same reports:
/// <c>dev-coded-5-train.tsv</c> / <c>dev-coded-5-test.tsv</c> (468 middle sentences drawn at random, as the unseen test
/// sets are; tools/themes/sample_dev_coded_5.py), and the sixth coding (branch themes9): <c>dev-coded-6-train.tsv</c> (338
/// middle sentences drawn at random from the 26 training reports only, coded twice and adjudicated; the second pass is
/// <c>dev-coded-6-train-pass2.tsv</c>; tools/themes/sample_dev_coded_6.py).
/// </summary>
public static class DevCodedSentences
{
    public sealed record Row(string File, int Start, int End, string Theme, string Sentence);

    public static string Path { get; } = System.IO.Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Analysis", "Themes", "dev-coded.tsv");

    /// <summary>The 273 sentences coded on branch themes2, the part training reads (26 reports).</summary>
    public static string TrainPath { get; } = System.IO.Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Analysis", "Themes", "dev-coded-2-train.tsv");

    /// <summary>The 273 sentences coded on branch themes2, the part kept out of training and of every choice (13 other reports).</summary>
    public static string TestPath { get; } = System.IO.Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Analysis", "Themes", "dev-coded-2-test.tsv");

    /// <summary>The third coding's random sentences of the 26 training reports: training reads them.</summary>
    public static string Train3Path { get; } = Here("dev-coded-3-train.tsv");

    /// <summary>The third coding's random sentences of the 13 test reports: never trained on, never used to choose.</summary>
    public static string Test3Path { get; } = Here("dev-coded-3-test.tsv");

    /// <summary>The third coding's openings and closings of the 26 training reports: training reads them.</summary>
    public static string EdgesTrainPath { get; } = Here("dev-coded-3-edges-train.tsv");

    /// <summary>The third coding's openings and closings of the 13 test reports: never trained on, never used to choose.</summary>
    public static string EdgesTestPath { get; } = Here("dev-coded-3-edges-test.tsv");

    /// <summary>The fourth coding's sentences of the 26 training reports (mostly where the model was unsure): training reads them.</summary>
    public static string Train4Path { get; } = Here("dev-coded-4-train.tsv");

    /// <summary>The fourth coding's sentences of the 13 test reports: never trained on, never used to choose.</summary>
    public static string Test4Path { get; } = Here("dev-coded-4-test.tsv");

    /// <summary>The fifth coding's random middle sentences of the 26 training reports: training reads them.</summary>
    public static string Train5Path { get; } = Here("dev-coded-5-train.tsv");

    /// <summary>The fifth coding's random middle sentences of the 13 test reports: never trained on, never used to choose.</summary>
    public static string Test5Path { get; } = Here("dev-coded-5-test.tsv");

    /// <summary>The sixth coding's random middle sentences of the 26 training reports, adjudicated (no test part).</summary>
    public static string Train6Path { get; } = Here("dev-coded-6-train.tsv");

    /// <summary>The sixth coding's second pass, by the same coder without looking at the first (not adjudicated, never trained on).</summary>
    public static string Train6SecondPassPath { get; } = Here("dev-coded-6-train-pass2.tsv");

    /// <summary>Every hand-coded file the shipped model trains on (<c>policylens themes train … --hand-coded</c>, in this order).</summary>
    public static IReadOnlyList<string> TrainingPaths { get; } = [TrainPath, Train3Path, EdgesTrainPath, Train4Path, Train5Path];

    public static IReadOnlyList<Row> All { get; } = Read(Path);

    public static IReadOnlyList<Row> Train { get; } = Read(TrainPath);

    public static IReadOnlyList<Row> Test { get; } = Read(TestPath);

    public static IReadOnlyList<Row> Train3 { get; } = Read(Train3Path);

    public static IReadOnlyList<Row> Test3 { get; } = Read(Test3Path);

    public static IReadOnlyList<Row> EdgesTrain { get; } = Read(EdgesTrainPath);

    public static IReadOnlyList<Row> EdgesTest { get; } = Read(EdgesTestPath);

    public static IReadOnlyList<Row> Train4 { get; } = Read(Train4Path);

    public static IReadOnlyList<Row> Test4 { get; } = Read(Test4Path);

    public static IReadOnlyList<Row> Train5 { get; } = Read(Train5Path);

    public static IReadOnlyList<Row> Test5 { get; } = Read(Test5Path);

    public static IReadOnlyList<Row> Train6 { get; } = Read(Train6Path);

    public static IReadOnlyList<Row> Train6SecondPass { get; } = Read(Train6SecondPassPath);

    private static string Here(string name) => System.IO.Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Analysis", "Themes", name);

    private static List<Row> Read(string path) =>
    [
        .. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Select(c => new Row(c[0], int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), c[3], c[4])),
    ];
}
