// Output as a transaction: a run writes into a staging folder beside the output folder and publishes it in one atomic step.
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace PolicyLens.Export;

/// <summary>
/// A run's output folder, written as a transaction. The files go to a staging folder beside it
/// (<c>.NAME.staging-PID-ID</c>, on the same file system); <see cref="Publish"/> writes the manifest into the staging folder
/// and swaps it with the output folder in one atomic step (Linux <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere two renames,
/// and a run that dies between them is put back by the next one). So the output folder always holds one whole run: files
/// of an earlier run that the new one does not write are gone with it, and a failed or interrupted run leaves the earlier
/// run as it was. Staging and earlier folders of processes that no longer run are removed when the next run starts.
/// </summary>
internal sealed partial class StagedOutput : IDisposable
{
    private const string Staging = "staging";
    private const string Previous = "previous";

    private readonly string _parent;
    private readonly string _name;
    private bool _done;

    /// <summary>Cleans up after killed runs, checks that the output folder may be replaced, and creates the staging folder.</summary>
    /// <exception cref="InputException">The output folder holds files PolicyLens did not write, or is not a folder.</exception>
    public StagedOutput(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        Target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        _parent = Path.GetDirectoryName(Target) ?? throw new InputException(outputDirectory, "the root of a file system cannot be an output folder");
        _name = Path.GetFileName(Target);
        Directory.CreateDirectory(_parent);
        CleanStale(_parent, _name);
        CheckReplaceable(Target);
        DirectoryPath = Path.Combine(_parent, $".{_name}.{Staging}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(DirectoryPath);
    }

    /// <summary>The output folder the run is published to.</summary>
    public string Target { get; }

    /// <summary>The staging folder to write into.</summary>
    public string DirectoryPath { get; }

    /// <summary>Writes the manifest into the staging folder and publishes the folder in one step; returns the published files.</summary>
    public IReadOnlyList<string> Publish(RunManifest manifest, IReadOnlyDictionary<string, StagedFile> files)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        manifest.WriteTo(DirectoryPath, files);
        if (!Directory.Exists(Target))
        {
            Directory.Move(DirectoryPath, Target);
        }
        else if (!Exchange(DirectoryPath, Target))
        {
            string previous = Path.Combine(_parent, $".{_name}.{Previous}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
            Directory.Move(Target, previous);
            Directory.Move(DirectoryPath, Target);
            Directory.Delete(previous, recursive: true);
        }

        _done = true;

        // After the exchange the staging name holds the earlier run.
        DeleteQuietly(DirectoryPath);
        return [.. manifest.Resources.Select(r => Path.Combine(Target, r.Path)).Append(Path.Combine(Target, RunManifest.FileName))];
    }

    /// <summary>Removes the staging folder unless the run was published.</summary>
    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            DeleteQuietly(DirectoryPath);
        }
    }

    /// <summary>
    /// Removes the staging and earlier-run folders that killed runs left beside <c>parent/name</c>; when a run died between
    /// its two renames (no output folder, an earlier one beside it), the earlier run is put back first.
    /// </summary>
    internal static void CleanStale(string parent, string name)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        string target = Path.Combine(parent, name);
        // Hidden folders are skipped by the default enumeration.
        foreach (string folder in Directory.EnumerateDirectories(parent, "*", new EnumerationOptions { AttributesToSkip = 0, MatchType = MatchType.Simple }))
        {
            Match m = LeftOver().Match(Path.GetFileName(folder));
            if (!m.Success || m.Groups["name"].Value != name || IsRunning(int.Parse(m.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            {
                continue;
            }

            if (m.Groups["kind"].Value == Previous && !Directory.Exists(target))
            {
                Directory.Move(folder, target);
            }
            else
            {
                DeleteQuietly(folder);
            }
        }
    }

    private static void CheckReplaceable(string target)
    {
        if (File.Exists(target))
        {
            throw new InputException(target, "is a file, not a folder", remedy: "name a folder for --out");
        }

        if (!Directory.Exists(target) || File.Exists(Path.Combine(target, RunManifest.FileName)))
        {
            return;
        }

        // A folder without a manifest is replaced only when it is empty or holds nothing but what PolicyLens writes.
        string? foreign = Directory.EnumerateFileSystemEntries(target, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(Path.GetFileName).FirstOrDefault(n => !OurEntry().IsMatch(n!));
        if (foreign is not null)
        {
            throw new InputException(target, $"holds '{foreign}', which PolicyLens did not write, and publishing a run replaces the whole folder",
                remedy: "choose a new or empty folder for --out");
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next run's clean-up.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the next run's clean-up.
        }
    }

    /// <summary>Swaps two folders atomically where the system can (Linux 3.15+); false where it cannot.</summary>
    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return NativeMethods.renameat2(NativeMethods.AtFdCwd, a, NativeMethods.AtFdCwd, b, NativeMethods.RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.(?<kind>staging|previous)-(?<pid>\d+)-[0-9a-f]{8}$")]
    private static partial Regex LeftOver();

    [GeneratedRegex(@"^(partials|[a-z0-9_]+\.(csv|json|jsonl|parquet|html))$")]
    private static partial Regex OurEntry();

    private static class NativeMethods
    {
        public const int AtFdCwd = -100;
        public const uint RenameExchange = 2;

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole library for this one call.
        public static extern int renameat2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);
#pragma warning restore SYSLIB1054
    }
}
