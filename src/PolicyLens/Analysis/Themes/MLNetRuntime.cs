// Whether ML.NET can run in this process: not in a Native AOT program.
using System.Runtime.CompilerServices;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// ML.NET (training a theme classifier, LDA topics, ML.NET model files) needs code generated at run time: it maps its rows
/// to our classes by reflection and compiles their getters and setters with Reflection.Emit, which a Native AOT program
/// (the linux-x64 `policylens` tool) does not have, and the trimmer removes the members it would look for. There it fails
/// here, at the door, with one clear message, instead of deep inside ML.NET (a missing column). Everything else, the
/// built-in and trained native classifier included, needs no ML.NET and runs anywhere.
/// </summary>
internal static class MLNetRuntime
{
    /// <summary>Whether ML.NET works in this process (false in a Native AOT program).</summary>
    internal static bool IsSupported => RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>What fails, and what to use instead.</summary>
    internal const string UnsupportedMessage =
        "ML.NET (theme training, LDA topics, ML.NET model files) does not run in a Native AOT program; " +
        "use the framework-dependent build (dotnet PolicyLens.Cli.dll, or dotnet run --project src/PolicyLens.Cli -c Release --), which runs it.";

    /// <summary>Throws <see cref="NotSupportedException"/> with <see cref="UnsupportedMessage"/> unless ML.NET works here.</summary>
    internal static void EnsureSupported()
    {
        if (!IsSupported)
        {
            throw new NotSupportedException(UnsupportedMessage);
        }
    }
}
