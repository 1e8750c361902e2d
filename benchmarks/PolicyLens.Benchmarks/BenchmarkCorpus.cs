using System.Text;

namespace PolicyLens.Benchmarks;

/// <summary>The benchmark input: every national Government Work Report in ../shared/corpus/gwr, read from the team's shared data.</summary>
public static class BenchmarkCorpus
{
    private static readonly Lazy<string[]> Documents = new(Load);

    /// <summary>The reports, one string each, in file-name order.</summary>
    public static IReadOnlyList<string> GwrDocuments => Documents.Value;

    /// <summary>All reports joined by a blank line (about 3.2 MB of UTF-8).</summary>
    public static string GwrText { get; } = string.Join("\n\n", Documents.Value);

    /// <summary>UTF-8 size of <see cref="GwrText"/>, for throughput figures.</summary>
    public static long GwrUtf8Bytes { get; } = Encoding.UTF8.GetByteCount(GwrText);

    /// <summary>The gwr folder, found by walking up from the working directory to the checkout's sibling shared/.</summary>
    public static string GwrFolder
    {
        get
        {
            string? overridden = Environment.GetEnvironmentVariable("POLICYLENS_SHARED");
            if (!string.IsNullOrEmpty(overridden))
            {
                return Path.Combine(overridden, "corpus", "gwr");
            }

            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PolicyLens.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "gwr"));
                }
            }

            throw new DirectoryNotFoundException("Cannot find PolicyLens.sln above the benchmark's folder; set POLICYLENS_SHARED.");
        }
    }

    private static string[] Load()
    {
        string folder = GwrFolder;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The benchmarks read the real corpus at {folder}; put the shared/ folder beside the checkout or set POLICYLENS_SHARED.");
        }

        return [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }
}
