using System.Globalization;
using System.Text.RegularExpressions;
using PolicyLens.Text;

namespace PolicyLens.Cli.Commands;

/// <summary>
/// Reads a command's corpus: a .txt file, or every .txt file in a folder (not its subfolders), in name order, with the
/// year taken from the file name (<c>2019.txt</c>, <c>20_2022.txt</c>, <c>hengyang-2020-01-10.txt</c>).
/// </summary>
/// <remarks>
/// Deliberately small and in one place: the Text stage's corpus reader (decoding, normalisation, document metadata)
/// replaces it when it lands.
/// </remarks>
internal static partial class CorpusFiles
{
    internal sealed record Document(string Id, int? Year, string Path, string Text);

    /// <summary>The documents at <paramref name="path"/>; throws <see cref="IOException"/> naming the path when it cannot be read.</summary>
    internal static IEnumerable<Document> Read(string path)
    {
        string[] files;
        if (Directory.Exists(path))
        {
            files = Directory.GetFiles(path, "*.txt", SearchOption.TopDirectoryOnly);
            Array.Sort(files, StringComparer.Ordinal);
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new FileNotFoundException($"{path}: no such file or folder", path);
        }

        foreach (string file in files)
        {
            yield return new Document(System.IO.Path.GetFileNameWithoutExtension(file), YearOf(file), file, ReadText(file));
        }
    }

    internal static int? YearOf(string path)
    {
        Match match = YearPattern().Match(System.IO.Path.GetFileNameWithoutExtension(path));
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    private static string ReadText(string file)
    {
        using FileStream stream = File.OpenRead(file);
        (System.Text.Encoding encoding, int preamble) = TextEncodingDetector.Detect(stream);
        stream.Position = preamble;
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")]
    private static partial Regex YearPattern();
}
