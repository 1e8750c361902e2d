using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PolicyLens.Tests.Packaging;

/// <summary>
/// The package as a user gets it: a fresh console project outside the repository references PolicyLens from the local
/// feed (its own nuget.config: the feed, then nuget.org), runs the README's library example on the seed, and prints what
/// the README says it prints. Also the package's contents, and the tool installed from the feed.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageConsumerTests(PackageFeed feed) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string _work = Directory.CreateTempSubdirectory("policylens-consumer-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void The_library_package_carries_its_readme_licence_repository_docs_and_display_extension_and_no_jieba_dependency()
    {
        using ZipArchive package = ZipFile.OpenRead(feed.Package("PolicyLens"));
        string[] entries = [.. package.Entries.Select(e => e.FullName)];
        Assert.Contains("README.md", entries);
        Assert.Contains("lib/net10.0/PolicyLens.dll", entries);
        Assert.Contains("lib/net10.0/PolicyLens.xml", entries);
        Assert.Contains("interactive-extensions/dotnet/extension.dib", entries);
        // Dictionary, HMM tables, lexicon, themes and model are resources of the assembly: nothing beside it.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && !e.EndsWith(".dll", StringComparison.Ordinal) && !e.EndsWith(".xml", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("content", StringComparison.Ordinal));

        XDocument nuspec;
        using (Stream stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open())
        {
            nuspec = XDocument.Load(stream);
        }

        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        XElement repository = metadata.Element(ns + "repository")!;
        Assert.Equal("https://github.com/policylens/policylens", repository.Attribute("url")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
        string[] dependencies = [.. metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value)];
        Assert.DoesNotContain("jieba.NET", dependencies);
        Assert.Contains("Sep", dependencies);
        Assert.Contains("PolicyLens.Segmenter", dependencies); // the Tokenization stage, a package of its own

        Assert.True(File.Exists(feed.Package("PolicyLens", "snupkg")), "the symbols package is missing");
    }

    [Fact]
    public void The_readme_example_compiles_against_the_package_and_runs_on_the_seed()
    {
        string example = ReadmeExample(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        Assert.Equal(example, ReadmeExample(Path.Combine(SharedData.RepositoryRoot, "src", "PolicyLens", "README.md")));

        (string assets, ProcessRunner.Result run) = BuildAndRun("PolicyLens", example);
        Assert.DoesNotContain("jieba", assets, StringComparison.OrdinalIgnoreCase);
        string[] lines = run.Output.ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal(
            [
                "Lexicon\t求真务实\tSourceSpan { Start = 153, End = 157, Length = 4 }",
                "Lexicon\t中华民族伟大复兴战略全局\tSourceSpan { Start = 197, End = 210, Length = 13 }",
                "Lexicon\t习近平新时代中国特色社会主义思想\tSourceSpan { Start = 220, End = 236, Length = 16 }",
                "Lexicon\t不忘初心、牢记使命主题教育\tSourceSpan { Start = 249, End = 264, Length = 15 }", // the campaign, quotation marks included (round 19)
                "Lexicon\t省域副中心城市\tSourceSpan { Start = 273, End = 280, Length = 7 }",
                "other\t2000人\tTarget\t市公安局每天在会场、代表委员驻地、沿途交通疏导直接投入安保警力不少于2000人", // the page's one target
                "other\t6个\tOther\t会议听取了各代表团关于审议政府、计划、财政、人大常委会、法院、检察院6个工作报告决议草案的情况汇报",
            ],
            lines);
    }

    [Fact]
    public void The_segmenter_package_alone_brings_no_ML_Parquet_or_MathNet_and_cuts_the_seed_as_python_jieba_does()
    {
        string example = ReadmeExample(Path.Combine(SharedData.RepositoryRoot, "src", "PolicyLens.Segmenter", "README.md"), SegmenterMarker);
        (string assets, ProcessRunner.Result run) = BuildAndRun("PolicyLens.Segmenter", example);
        Assert.DoesNotContain("\"PolicyLens/", assets, StringComparison.Ordinal);
        foreach (string heavy in new[] { "Microsoft.ML", "Parquet", "MathNet", "Sep/", "jieba" })
        {
            Assert.DoesNotContain(heavy, assets, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(_work, "bin"), "*.dll"),
            dll => Path.GetFileName(dll) is not ("Consumer.dll" or "PolicyLens.Segmenter.dll"));
        Assert.Equal(
            ["坚持 / 以 / 供给 / 侧 / 结构性 / 改革 / 为主 / 线", "坚持 / 以 / 供给侧结构性改革 / 为主 / 线", "0 2", "2 1"],
            run.Output.ReplaceLineEndings("\n").Trim().Split('\n'));

        // The packaged segmenter, driven by a second program, cuts the seed page token for token as Python jieba did.
        string seed = SharedData.Require("seed/000_e6291346d70f122d.txt");
        string reference = SharedData.Require("reference/jieba-0.42.1/accurate-hmm/seed/000_e6291346d70f122d.tok");
        File.WriteAllText(Path.Combine(_work, "Consumer", "Program.cs"), """
            using PolicyLens.Tokenization;
            string text = File.ReadAllText(args[0]);
            using var output = new StreamWriter(args[1]) { NewLine = "\n" };
            foreach (string word in JiebaSegmenter.Default.Cut(text))
                output.WriteLine(word.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t"));
            """);
        string tokens = Path.Combine(_work, "tokens.txt");
        _ = BuildAndRun("PolicyLens.Segmenter", null, [seed, tokens]);
        Assert.Equal(File.ReadAllText(reference).ReplaceLineEndings("\n"), File.ReadAllText(tokens));
    }

    /// <summary>
    /// Builds a fresh console project outside the repository that references <paramref name="packageId"/> from the feed
    /// (its own nuget.config: the feed, then nuget.org), with <paramref name="program"/> as Program.cs (null: keep the
    /// one there), and runs it from the repository root. Returns the restore's assets file and the run.
    /// </summary>
    private (string Assets, ProcessRunner.Result Run) BuildAndRun(string packageId, string? program, string[]? arguments = null)
    {
        string project = Path.Combine(_work, "Consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="policylens-local" value="{feed.Folder}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{packageId}" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        if (program is not null)
        {
            File.WriteAllText(Path.Combine(project, "Program.cs"), program);
        }

        string bin = Path.Combine(_work, "bin");
        ProcessRunner.Run("dotnet", ["build", "-c", "Release", "-o", bin], project, Timeout, feed.Environment)
            .EnsureSuccess("dotnet build of the consumer project");

        // The package, not the repository, was used, and it brought nothing but assemblies.
        string assets = File.ReadAllText(Path.Combine(project, "obj", "project.assets.json"));
        Assert.Contains($"\"{packageId}/{feed.Version}\"", assets, StringComparison.Ordinal);
        Assert.DoesNotContain(
            Directory.EnumerateFiles(bin, "*", SearchOption.AllDirectories).Select(Path.GetExtension),
            e => e is not (".dll" or ".pdb" or ".xml" or ".json" or ".so" or ".dylib" or ".dbg" or ".dwarf" or "" or ".exe"));

        // Run from the repository root, as the README's relative path to the sample assumes.
        ProcessRunner.Result run = ProcessRunner.Run("dotnet", ["exec", Path.Combine(bin, "Consumer.dll"), .. arguments ?? []],
                SharedData.RepositoryRoot, Timeout)
            .EnsureSuccess($"the program using {packageId}");
        return (assets, run);
    }

    [Fact]
    public void The_tool_installs_from_the_feed_and_tokenizes_the_seed()
    {
        string tools = Path.Combine(_work, "tools");
        ProcessRunner.Run("dotnet", ["tool", "install", "PolicyLens.Cli", "--version", feed.Version, "--tool-path", tools, "--add-source", feed.Folder],
                _work, Timeout, feed.Environment)
            .EnsureSuccess("dotnet tool install PolicyLens.Cli");

        ProcessRunner.Result run = ProcessRunner.Run(Path.Combine(tools, "policylens"), ["tokenize", "samples/hengyang-2020-01-10.txt"], SharedData.RepositoryRoot, Timeout)
            .EnsureSuccess("policylens tokenize");
        Assert.Contains(" / ", run.Output, StringComparison.Ordinal);
        Assert.Contains("衡阳", run.Output, StringComparison.Ordinal);
    }

    private const string LibraryMarker = "<!-- library example: compiled and run by PackageConsumerTests -->";
    private const string SegmenterMarker = "<!-- segmenter example: compiled and run by PackageConsumerTests -->";

    /// <summary>The C# block after the marker comment: the README's five-line library example, or another marked one.</summary>
    internal static string ReadmeExample(string readme, string marker = LibraryMarker)
    {
        Match match = Regex.Match(File.ReadAllText(readme).ReplaceLineEndings("\n"),
            Regex.Escape(marker) + @"\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"{readme} has no ```csharp block after '{marker}'.");
        return match.Groups["code"].Value;
    }
}
