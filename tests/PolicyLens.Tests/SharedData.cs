namespace PolicyLens.Tests;

/// <summary>
/// Finds the team's real data in <c>../shared</c> beside the checkout (override with <c>POLICYLENS_SHARED</c>).
/// In CI (<c>CI=true</c>) a test that needs it fails when it is missing; elsewhere it is skipped, saying why.
/// </summary>
public static class SharedData
{
    /// <summary>The checkout's root: the folder holding PolicyLens.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared data folder, whether or not it exists.</summary>
    public static string Root { get; } =
        Environment.GetEnvironmentVariable("POLICYLENS_SHARED") is { Length: > 0 } overridden
            ? Path.GetFullPath(overridden)
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool IsAvailable => Directory.Exists(Path.Combine(Root, "corpus"));

    /// <summary>The full path of <paramref name="relativePath"/> under the shared folder; skips (or, in CI, fails) the test when it is missing.</summary>
    public static string Require(string relativePath)
    {
        string path = Path.Combine(Root, relativePath);
        if (File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        string message = $"This test reads real data from '{path}', which is missing. Put the team's shared/ folder beside the checkout " +
                         "(or set POLICYLENS_SHARED).";
        if (IsCI)
        {
            Assert.Fail(message + " CI=true, so this is a failure, not a skip.");
        }

        Assert.Skip(message);
        return path;
    }

    /// <summary>
    /// The full path of a text a gold or judged file names: <c>unseen/…</c> is one of the official texts kept in the repository as
    /// the unseen test set of 2026-12-02 (<c>tests/PolicyLens.Tests/Data/unseen/</c>, see its SOURCES.md: documents of 2024–2026
    /// the rules were never written from); anything else lies under the shared <c>corpus/</c> (skipping, or in CI failing, the
    /// test when that is missing).
    /// </summary>
    public static string CorpusFile(string relativePath) =>
        relativePath.StartsWith(UnseenPrefix, StringComparison.Ordinal)
            ? Path.Combine(RepositoryRoot, "tests", "PolicyLens.Tests", "Data", "unseen", relativePath[UnseenPrefix.Length..])
            : Path.Combine(Require("corpus"), relativePath);

    /// <summary>The prefix of the repository's unseen texts in gold and judged files (<c>unseen/gd-15th-fyp-proposal.txt</c>).</summary>
    public const string UnseenPrefix = "unseen/";

    /// <summary>Reads a shared text file as UTF-8, newlines kept as they are.</summary>
    public static string ReadText(string relativePath) => File.ReadAllText(Require(relativePath));

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyLens.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PolicyLens.sln not found above {AppContext.BaseDirectory}.");
    }
}
