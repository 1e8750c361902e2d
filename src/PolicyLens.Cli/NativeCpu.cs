using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace PolicyLens.Cli;

/// <summary>
/// The linux-x64 tool package holds two native programs (issue 14): PolicyLens.Cli, compiled for ILC's default
/// instruction set (x86-64-v2: SSE4.2, POPCNT), which starts on any x86-64 CPU of the last fifteen years, and beside it
/// PolicyLens.Cli.x86-64-v3, the same code compiled with IlcInstructionSet=x86-64-v3 (AVX2, BMI1/2, FMA, LZCNT, MOVBE:
/// Vector256 paths in our code and the BCL's span helpers; `analyze` of gwr + cpc-congress 15-19 % faster), which refuses
/// to start on a CPU without them. <see cref="ReplaceWithFasterProgram"/>, the first thing Main does, replaces the portable
/// program with the v3 one (execv: the same process, so standard input, output and error, the exit code and signals are
/// untouched) where the CPU has every v3 feature, the file is there, and POLICYLENS_NATIVE_CPU is not <c>baseline</c>.
/// The v3 program knows it is the v3 build from a run-time knob its build compiles in (PolicyLens.NativeCpu, set by
/// the PolicyLensNativeV3 publish in PolicyLens.Cli.csproj), never from its file name, and never replaces itself.
/// </summary>
internal static partial class NativeCpu
{
    /// <summary>The file beside the portable program.</summary>
    internal const string V3FileName = "PolicyLens.Cli.x86-64-v3";

    /// <summary>The environment variable: <c>baseline</c> keeps the portable program.</summary>
    internal const string Variable = "POLICYLENS_NATIVE_CPU";

    /// <summary>The instruction set this native program was compiled for (null in the framework-dependent build).</summary>
    internal static string? InstructionSet =>
        RuntimeFeature.IsDynamicCodeSupported ? null : AppContext.GetData("PolicyLens.NativeCpu") as string ?? "x86-64-v2";

    /// <summary>
    /// Whether the CPU, and the kernel, have everything ILC's x86-64-v3 compiles for: x86-64-v2 (SSE4.2, POPCNT) and
    /// AVX, AVX2, BMI1, BMI2, FMA, LZCNT, MOVBE (and F16C, which the .NET 10 runtime counts in AVX2). Not from
    /// Avx2.IsSupported and the like: in a native program compiled for x86-64-v2 those are constants, false. From CPUID
    /// (X86Base, which every x86-64 CPU has), with OSXSAVE (the kernel saves the extended state; without it AVX cannot
    /// be used), and from the kernel's own view, the first "flags" line of /proc/cpuinfo (the kernel drops the AVX
    /// features there when it does not save their registers, e.g. booted with noxsave or clearcpuid): both must agree.
    /// </summary>
    internal static bool CpuHasV3()
    {
        if (!X86Base.IsSupported)
        {
            return false;
        }

        (int maximum, _, _, _) = X86Base.CpuId(0, 0);
        (int extendedMaximum, _, _, _) = X86Base.CpuId(unchecked((int)0x80000000), 0);
        if (maximum < 7 || (uint)extendedMaximum < 0x80000001)
        {
            return false;
        }

        (_, _, int ecx1, _) = X86Base.CpuId(1, 0);
        (_, int ebx7, _, _) = X86Base.CpuId(7, 0);
        (_, _, int ecx81, _) = X86Base.CpuId(unchecked((int)0x80000001), 0);
        const int Fma = 1 << 12, Sse42 = 1 << 20, Movbe = 1 << 22, Popcnt = 1 << 23, Osxsave = 1 << 27, Avx = 1 << 28, F16c = 1 << 29;
        const int Bmi1 = 1 << 3, Avx2 = 1 << 5, Bmi2 = 1 << 8;
        const int Lzcnt = 1 << 5;
        const int Leaf1 = Fma | Sse42 | Movbe | Popcnt | Osxsave | Avx | F16c, Leaf7 = Bmi1 | Avx2 | Bmi2;
        if ((ecx1 & Leaf1) != Leaf1 || (ebx7 & Leaf7) != Leaf7 || (ecx81 & Lzcnt) != Lzcnt)
        {
            return false;
        }

        return KernelHas(["sse4_2", "popcnt", "avx", "avx2", "bmi1", "bmi2", "fma", "abm", "movbe", "f16c"]);
    }

    /// <summary>Whether the first "flags" line of /proc/cpuinfo names every one of the features.</summary>
    private static bool KernelHas(string[] features)
    {
        try
        {
            using var reader = new StreamReader("/proc/cpuinfo");
            for (string? line; (line = reader.ReadLine()) is not null;)
            {
                int colon = line.IndexOf(':');
                if (!line.StartsWith("flags", StringComparison.Ordinal) || colon < 0)
                {
                    continue;
                }

                HashSet<string> flags = [.. line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
                return features.All(flags.Contains);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        return false;
    }

    /// <summary>Replaces this process with the x86-64-v3 program where it can; returns (carrying on here) otherwise.</summary>
    internal static void ReplaceWithFasterProgram(string[] args)
    {
        // Only the portable native program on Linux x64: the framework-dependent build (dynamic code) and the v3 build
        // itself (its knob) stay as they are.
        if (RuntimeFeature.IsDynamicCodeSupported || !OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64
            || AppContext.GetData("PolicyLens.NativeCpu") is not null)
        {
            return;
        }

        string? wanted = Environment.GetEnvironmentVariable(Variable);
        if (string.Equals(wanted, "baseline", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // A CPU without x86-64-v3 is no failure: the portable program carries on without a word.
        if (!CpuHasV3())
        {
            return;
        }

        string program = Path.Combine(AppContext.BaseDirectory, V3FileName);
        if (!File.Exists(program))
        {
            return;
        }

        // argv[0] as this program was started (usage lines and messages the same), then the arguments.
        string[] command = Environment.GetCommandLineArgs();
        string[] argv = new string[args.Length + 1];
        argv[0] = command.Length > 0 ? command[0] : program;
        args.CopyTo(argv, 1);
        _ = Execv(program, [.. argv, null]);
        // Only on failure: carry on in the portable program.
        int errno = Marshal.GetLastPInvokeError();
        if (Array.IndexOf(args, "--debug") >= 0)
        {
            Console.Error.WriteLine($"policylens: could not start {program} (errno {errno}); running the portable x86-64-v2 program");
        }
    }

    /// <summary>
    /// `policylens --version` of a native program names the instruction set it was compiled for, "(native x86-64-v2)"
    /// or "(native x86-64-v3)", so that one can see which program ran (NativeAotTests); the framework-dependent build's
    /// line is unchanged.
    /// </summary>
    internal static void NameInVersion(System.CommandLine.RootCommand root)
    {
        if (InstructionSet is not { } set || root.Options.OfType<System.CommandLine.VersionOption>().FirstOrDefault() is not { } option)
        {
            return;
        }

        option.Action = new VersionLine(set);
    }

    private sealed class VersionLine(string set) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(System.CommandLine.ParseResult parseResult)
        {
            string version = typeof(NativeCpu).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine($"{version} (native {set})");
            return 0;
        }
    }

    [LibraryImport("libc", EntryPoint = "execv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Execv(string path, string?[] argv);
}
