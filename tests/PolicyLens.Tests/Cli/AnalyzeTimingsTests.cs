// `analyze --timings` as a user reads it: where the time went, and what start-up cost (the JIT, the assemblies, the GC).
using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyLens.Tests.Cli;

/// <summary>
/// <c>policylens analyze PATH --timings</c> prints, on standard error, each stage's time and then what the whole process
/// spent outside them (issue 14: start-up is measured, not guessed): the JIT's time and methods, the assemblies loaded,
/// the GC's pauses, collections and allocation, and the memory: peak resident size, heap, and how hard the GC conserves it.
/// </summary>
public sealed class AnalyzeTimingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policylens-cli-timings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Timings_of_the_sample_page_name_the_jit_the_assemblies_and_the_gc()
    {
        string page = Path.Combine(SharedData.RepositoryRoot, "samples", "hengyang-2020-01-10.txt");

        CliRunner.Result result = CliRunner.Run("analyze", page, "--out", Path.Combine(_folder, "out"), "--formats", "csv", "--timings");

        Assert.Equal(0, result.ExitCode);
        Match jit = Regex.Match(result.StandardError, @"JIT \(whole process\)\s+(?<s>[0-9.]+) s, (?<methods>\d+) methods; (?<assemblies>\d+) assemblies loaded");
        Assert.True(jit.Success, result.StandardError);
        // Something is always compiled at run time (stubs, the framework's generics over our types), and the command
        // loads at least the library, the segmenter, the CLI and the framework's core.
        Assert.InRange(int.Parse(jit.Groups["methods"].Value, CultureInfo.InvariantCulture), 1, 100_000);
        Assert.InRange(int.Parse(jit.Groups["assemblies"].Value, CultureInfo.InvariantCulture), 4, 1_000);
        Match gc = Regex.Match(result.StandardError, @"GC \(whole process\)\s+[0-9.]+ s paused, collections \d+/\d+/\d+ \(gen 0/1/2\), (?<mb>\d+) MB allocated");
        Assert.True(gc.Success, result.StandardError);
        Assert.True(int.Parse(gc.Groups["mb"].Value, CultureInfo.InvariantCulture) > 0, "reading the dictionary and the page allocates");
        // The command ships with the GC set to keep its heap compact (the CLI's runtimeconfig), so that memory stays flat
        // over a large corpus; the peak resident size includes the heap.
        Match memory = Regex.Match(result.StandardError, @"memory \(whole process\)\s+(?<peak>\d+) MB peak resident, (?<heap>\d+) MB heap after the last GC; GC conserving memory at (?<level>\d) of 9");
        Assert.True(memory.Success, result.StandardError);
        Assert.Equal("7", memory.Groups["level"].Value);
        Assert.True(int.Parse(memory.Groups["peak"].Value, CultureInfo.InvariantCulture) >= int.Parse(memory.Groups["heap"].Value, CultureInfo.InvariantCulture),
            "the resident size at its peak holds at least the heap");
    }
}
