using System.Globalization;
using System.Text.RegularExpressions;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// Reads a file, or every <c>.txt</c> file under a folder, as (id, year, text) documents; the year comes from the file name
/// (<c>2019.txt</c>, <c>20_2022.txt</c>). A stand-in for the Text stage's corpus reader: swap this one class when that lands.
/// </summary>
internal static partial class CorpusFiles
{
    /// <summary>The documents at <paramref name="path"/>; for a folder, each id is the file's path relative to it.</summary>
    /// <exception cref="FileNotFoundException">Nothing exists at <paramref name="path"/>.</exception>
    internal static IEnumerable<(string Id, int? Year, string Text)> Read(string path)
    {
        if (Directory.Exists(path))
        {
            string[] files = Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string file in files)
            {
                yield return (Path.GetRelativePath(path, file).Replace('\\', '/'), YearOf(file), ReadText(file));
            }
        }
        else if (File.Exists(path))
        {
            yield return (Path.GetFileName(path), YearOf(path), ReadText(path));
        }
        else
        {
            throw new FileNotFoundException($"{path}: no such file or folder", path);
        }
    }

    /// <summary>The last four-digit run in the file name between 1900 and 2099, or null.</summary>
    internal static int? YearOf(string path)
    {
        MatchCollection matches = FourDigits().Matches(Path.GetFileNameWithoutExtension(path));
        for (int i = matches.Count - 1; i >= 0; i--)
        {
            int year = int.Parse(matches[i].Value, CultureInfo.InvariantCulture);
            if (year is >= 1900 and <= 2099)
            {
                return year;
            }
        }

        return null;
    }

    private static string ReadText(string file)
    {
        using FileStream stream = File.OpenRead(file);
        (System.Text.Encoding encoding, int preamble) = TextEncodingDetector.Detect(stream);
        stream.Position = preamble;
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("(?<![0-9])[0-9]{4}(?![0-9])")]
    private static partial Regex FourDigits();
}
