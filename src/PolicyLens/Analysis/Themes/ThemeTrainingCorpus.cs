// Which texts the theme classifier may be trained on: everything except the project's held-out test reports.
namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Guards the theme classifier's training data: the held-out reports (the project's unseen test set, hand-coded by
/// people outside it) are named here and never read for training, whatever folder <c>policylens themes train</c> is given.
/// </summary>
public static class ThemeTrainingCorpus
{
    /// <summary>The held-out reports as <c>folder/file</c> under the shared corpus (provincial 2026 and municipal 驻马店 reports).</summary>
    public static IReadOnlyList<string> HeldOutFiles { get; } =
    [
        "provincial/shanxi_2026.txt", "provincial/tianjin_2026.txt", "provincial/hainan_2026.txt", "provincial/xizang_2026.txt",
        "provincial/yunnan_2026.txt", "provincial/ningxia_2026.txt", "provincial/guangxi_2026.txt", "provincial/shandong_2026.txt",
        "provincial/shanghai_2026.txt", "provincial/neimenggu_2026.txt",
        "municipal/zhumadian_2012.txt", "municipal/zhumadian_2013.txt", "municipal/zhumadian_2016.txt", "municipal/zhumadian_2019.txt",
        "municipal/zhumadian_2021.txt", "municipal/zhumadian_2022.txt",
    ];

    /// <summary>Whether the file at <paramref name="path"/> is one of <see cref="HeldOutFiles"/> (by its folder and file name).</summary>
    public static bool IsHeldOut(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Path.GetFullPath(path);
        string name = Path.GetFileName(full);
        string folder = Path.GetFileName(Path.GetDirectoryName(full) ?? string.Empty);
        return HeldOutFiles.Contains($"{folder}/{name}", StringComparer.Ordinal);
    }

    /// <summary>
    /// The .txt files at <paramref name="paths"/> (files, or folders searched recursively), in ordinal order of their full
    /// paths, without the held-out reports: the files <c>policylens themes train</c> reads.
    /// </summary>
    public static IReadOnlyList<string> Files(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Select(Path.GetFullPath));
            }
            else if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }

        return [.. files.Where(f => !IsHeldOut(f)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
