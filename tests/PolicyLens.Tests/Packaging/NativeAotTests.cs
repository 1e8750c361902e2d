using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using PolicyLens.Cli;

namespace PolicyLens.Tests.Packaging;

/// <summary>
/// The Native AOT `policylens` of the tool package (PolicyLens.Cli.linux-x64, made by the feed's pack) against the
/// framework-dependent build these tests run: every table of `analyze` on the sample page the same bytes, the ML.NET
/// commands refused in one line, and no package but Parquet with trim or AOT warnings (src/PolicyLens.Cli/PolicyLens.Cli.csproj
/// says why Parquet's are safe for us). Skipped where the package has no native program (not linux-x64, or no C
/// toolchain to link it); with CI=true that is a failure.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class NativeAotTests(PackageFeed feed) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string _work = Directory.CreateTempSubdirectory("policylens-aot-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void The_native_program_writes_the_same_tables_as_the_framework_dependent_build()
    {
        string native = NativeProgram();
        string sample = Path.Combine(SharedData.RepositoryRoot, "samples", "hengyang-2020-01-10.txt");
        // Both native programs: the one the entry program runs (x86-64-v3 where the CPU has it) and the portable one.
        foreach ((string[] options, string? cpu) in new (string[], string?)[]
                 {
                     (["--formats", "csv,json,jsonl,parquet", "--report"], null), (["--formats", "csv,json,jsonl,parquet", "--report"], "baseline"),
                     (["--sentence-text", "--group-by", "doc"], null), (["--sentence-text", "--group-by", "doc"], "baseline"),
                 })
        {
            // Folders of the same name: the report's title names its folder.
            string jit = Path.Combine(_work, "jit", "out"), aot = Path.Combine(_work, "aot", "out");
            string[] arguments = ["analyze", sample, .. options, "--out"];
            Run("dotnet", ["exec", FrameworkDependentProgram, .. arguments, jit]).EnsureSuccess("policylens analyze (framework-dependent)");
            Run(native, [.. arguments, aot], Cpu(cpu)).EnsureSuccess($"policylens analyze (Native AOT, {NativeCpu.Variable}={cpu})");

            string[] files = [.. Directory.EnumerateFiles(jit, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(jit, f)).Order(StringComparer.Ordinal)];
            Assert.Equal(files, Directory.EnumerateFiles(aot, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(aot, f)).Order(StringComparer.Ordinal));
            Assert.Contains(files, f => f.EndsWith(".parquet", StringComparison.Ordinal)); // the footers ParquetFooterStore slims
            foreach (string file in files)
            {
                if (file == "datapackage.json")
                {
                    // The manifest's run id and time differ in every run; the rest (every table's size and hash) must agree.
                    Assert.Equal(RunId().Replace(File.ReadAllText(Path.Combine(jit, file)), ""), RunId().Replace(File.ReadAllText(Path.Combine(aot, file)), ""));
                    continue;
                }

                Assert.True(File.ReadAllBytes(Path.Combine(jit, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(aot, file))),
                    $"{file} ({string.Join(' ', options)}, {NativeCpu.Variable}={cpu}) differs between the builds.");
            }

            Directory.Delete(jit, recursive: true);
            Directory.Delete(aot, recursive: true);
        }
    }

    [Fact]
    public void The_portable_program_hands_over_to_the_x86_64_v3_program_unless_told_baseline()
    {
        string native = NativeProgram();
        // `--version` of a native program names the instruction set it was compiled for (NativeCpu.NameInVersion).
        string expected = NativeCpu.CpuHasV3() ? "x86-64-v3" : "x86-64-v2";
        Assert.EndsWith($"(native {expected})", Version(native, null));
        Assert.EndsWith("(native x86-64-v2)", Version(native, "baseline"));
        // The v3 program never hands over again (it knows itself by a compiled-in knob, not by its name), and the exit
        // code and standard error of the program that ran come back untouched.
        ProcessRunner.Result wrong = Run(native, ["--no-such-option"], Cpu(null));
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("'--no-such-option'", wrong.Output, StringComparison.Ordinal);

        // A v3 program that cannot be started (not executable): the portable one carries on, saying so only with --debug.
        string v3 = Path.Combine(Path.GetDirectoryName(native)!, NativeCpu.V3FileName);
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(v3, UnixFileMode.UserRead);
        }

        Assert.EndsWith("(native x86-64-v2)", Version(native, null));
        if (NativeCpu.CpuHasV3())
        {
            ProcessRunner.Result debug = Run(native, ["--debug", "tokenize", "--help"], Cpu(null));
            Assert.Equal(0, debug.ExitCode);
            Assert.Contains("could not start", debug.Output, StringComparison.Ordinal);
        }
    }

    private string Version(string program, string? cpu)
    {
        ProcessRunner.Result run = Run(program, ["--version"], Cpu(cpu));
        Assert.Equal(0, run.ExitCode);
        return run.Output.Trim();
    }

    // Unset (empty) unless given: the test must not depend on the environment it runs in.
    private static Dictionary<string, string> Cpu(string? value) => new() { [NativeCpu.Variable] = value ?? "" };

    [Fact]
    public void The_native_program_refuses_the_MLNET_commands_in_one_line_naming_the_framework_dependent_build()
    {
        string native = NativeProgram();
        string sample = Path.Combine(SharedData.RepositoryRoot, "samples", "hengyang-2020-01-10.txt");
        foreach (string[] arguments in new[] { new[] { "themes", "train", sample, "--out", Path.Combine(_work, "model.bin") }, ["themes", sample, "--table", "topics"] })
        {
            ProcessRunner.Result run = Run(native, arguments);
            Assert.Equal(2, run.ExitCode);
            string line = Assert.Single(run.Output.ReplaceLineEndings("\n").Trim().Split('\n'));
            Assert.Contains("needs ML.NET", line, StringComparison.Ordinal);
            Assert.Contains("framework-dependent build", line, StringComparison.Ordinal);
            Assert.Contains("dotnet PolicyLens.Cli.dll", line, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(_work, "model.bin")));
    }

    [Fact]
    public void Only_Parquet_has_trim_or_AOT_warnings_and_the_tool_installs_as_the_native_program()
    {
        _ = NativeProgram();
        // IL2104/IL3053: "Assembly 'X' produced trim/AOT analysis warnings" (present only when the compiler ran, not when
        // its output was up to date). Our own assemblies' warnings are errors and would have failed the pack.
        string[] warned = [.. WarnedAssembly().Matches(feed.ToolPackOutput).Select(m => m.Groups["assembly"].Value).Distinct().Order(StringComparer.Ordinal)];
        Assert.All(warned, assembly => Assert.Equal("Parquet", assembly));

        string tools = Path.Combine(_work, "tools");
        ProcessRunner.Run("dotnet", ["tool", "install", "PolicyLens.Cli", "--version", feed.Version, "--tool-path", tools, "--add-source", feed.Folder],
                _work, Timeout, feed.Environment)
            .EnsureSuccess("dotnet tool install PolicyLens.Cli");
        string command = Path.Combine(tools, "policylens");
        FileSystemInfo target = File.ResolveLinkTarget(command, returnFinalTarget: true) ?? new FileInfo(command);
        Assert.Contains("policylens.cli.linux-x64", target.FullName, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(target.FullName)!, "PolicyLens.Cli.dll")), "the linux-x64 tool should be the native program alone");
        // Through the command's link: the x86-64-v3 program beside the installed one, where the CPU has it.
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(target.FullName)!, NativeCpu.V3FileName)), $"the linux-x64 tool should ship {NativeCpu.V3FileName}");
        Assert.EndsWith($"(native {(NativeCpu.CpuHasV3() ? "x86-64-v3" : "x86-64-v2")})", Version(command, null));
        Assert.EndsWith("(native x86-64-v2)", Version(command, "baseline"));
    }

    /// <summary>The framework-dependent build these tests run against (the test build made it).</summary>
    private static string FrameworkDependentProgram => Path.Combine(AppContext.BaseDirectory, "PolicyLens.Cli.dll");

    /// <summary>The native program, taken out of the feed's PolicyLens.Cli.linux-x64 package.</summary>
    private string NativeProgram()
    {
        string package = feed.Package("PolicyLens.Cli.linux-x64");
        if (RuntimeInformation.RuntimeIdentifier != "linux-x64" || !File.Exists(package))
        {
            string message = $"No Native AOT policylens to test: {package} was not made (it is on linux-x64 with a C toolchain, gcc or clang; " +
                             $"this is {RuntimeInformation.RuntimeIdentifier}).";
            if (SharedData.IsCI)
            {
                Assert.Fail(message + " CI=true, and CI has gcc, so this is a failure, not a skip.");
            }

            Assert.Skip(message);
        }

        string folder = Path.Combine(_work, "native");
        ZipFile.ExtractToDirectory(package, folder);
        string program = Path.Combine(folder, "tools", "any", "linux-x64", "PolicyLens.Cli");
        Assert.True(File.Exists(program), $"{package} has no tools/any/linux-x64/PolicyLens.Cli");
        string v3 = Path.Combine(folder, "tools", "any", "linux-x64", NativeCpu.V3FileName);
        Assert.True(File.Exists(v3), $"{package} has no tools/any/linux-x64/{NativeCpu.V3FileName}");
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(v3, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return program;
    }

    // From the repository root, as the README's relative paths assume.
    private static ProcessRunner.Result Run(string program, string[] arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        ProcessRunner.Run(program, arguments, SharedData.RepositoryRoot, Timeout, environment);

    [GeneratedRegex("\"(run_id|created)\": \"[^\"]*\"")]
    private static partial Regex RunId();

    [GeneratedRegex("Assembly '(?<assembly>[^']+)' produced (trim|AOT analysis) warnings")]
    private static partial Regex WarnedAssembly();
}
