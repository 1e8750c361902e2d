using System.Reflection;

namespace PolicyLens.Tests.Packaging;

/// <summary>
/// The local package feed the notebooks and the package tests read: <c>artifacts/feed/</c> (ignored by git), made by
/// packing the assemblies these tests were built against, as <c>dotnet pack src/PolicyLens -c Release -o artifacts/feed</c>
/// would. Packages are restored into <c>artifacts/nuget-packages/</c>, not the user's global folder, and PolicyLens is
/// removed from it first: a package of the same version restored earlier would otherwise hide every change.
/// </summary>
public sealed class PackageFeed
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public PackageFeed()
    {
        Version = typeof(PolicyLens.Tokenization.JiebaSegmenter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!
            .InformationalVersion.Split('+')[0];
        string artifacts = Path.Combine(SharedData.RepositoryRoot, "artifacts");
        Folder = Path.Combine(artifacts, "feed");
        PackagesFolder = Path.Combine(artifacts, "nuget-packages");
        Directory.CreateDirectory(Folder);
        foreach (string old in Directory.EnumerateFiles(Folder, "PolicyLens*.*nupkg"))
        {
            File.Delete(old);
        }

        foreach (string cached in new[] { "policylens", "policylens.segmenter", "policylens.cli", "policylens.cli.any", "policylens.cli.linux-x64" }.Select(id => Path.Combine(PackagesFolder, id)).Where(Directory.Exists))
        {
            Directory.Delete(cached, recursive: true);
        }

        foreach (string project in new[] { "src/PolicyLens.Segmenter/PolicyLens.Segmenter.csproj", "src/PolicyLens/PolicyLens.csproj", "src/PolicyLens.Cli/PolicyLens.Cli.csproj" })
        {
            // --no-build: the package holds exactly the assemblies these tests ran against (the test build made them). The
            // tool's RID-specific implementations are built by the pack itself (src/PolicyLens.Cli/PolicyLens.Cli.csproj,
            // PackRidSpecificTools): on linux-x64 that is a Native AOT compilation, a minute or two.
            bool tool = project.EndsWith("PolicyLens.Cli.csproj", StringComparison.Ordinal);
            ProcessRunner.Result pack = ProcessRunner.Run("dotnet", ["pack", project, "-c", Configuration, "--no-build", "-o", Folder],
                    SharedData.RepositoryRoot, TimeSpan.FromMinutes(tool ? 20 : 2))
                .EnsureSuccess($"dotnet pack {project}");
            if (tool)
            {
                ToolPackOutput = pack.Output;
            }
        }
    }

    /// <summary>What <c>dotnet pack</c> of the tool printed (the native compiler's warnings among it).</summary>
    public string ToolPackOutput { get; } = "";

    /// <summary>The version every package was packed with (Directory.Build.props).</summary>
    public string Version { get; }

    /// <summary>The feed folder.</summary>
    public string Folder { get; }

    /// <summary>The NuGet global packages folder the tests restore into (NUGET_PACKAGES).</summary>
    public string PackagesFolder { get; }

    /// <summary>The environment of a process that restores from the feed into <see cref="PackagesFolder"/>.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

    /// <summary>The path of one of the packages.</summary>
    public string Package(string id, string extension = "nupkg") => Path.Combine(Folder, $"{id}.{Version}.{extension}");
}

/// <summary>Tests that pack, restore and run from the feed: one pack for all of them, run one at a time (they share the folders).</summary>
[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Package feed";
}
