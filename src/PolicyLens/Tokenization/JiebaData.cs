using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace PolicyLens.Tokenization;

/// <summary>
/// Reads jieba's default dictionary and HMM tables from the resources embedded at build time
/// (<c>build/JiebaData.targets</c> takes them from the jieba.NET 0.42.2 package and deflates them).
/// </summary>
internal static class JiebaData
{
    /// <summary>Entries in jieba 0.42.1's <c>dict.txt</c>.</summary>
    internal const int DefaultWordCount = 349_046;

    /// <summary>Trie nodes (distinct words and prefixes) of the default dictionary, for sizing.</summary>
    internal const int DefaultNodeCount = 498_113;

    internal const string DictionaryResource = "PolicyLens.Data.Jieba.dict.txt.deflate";
    internal const string EmissionResource = "PolicyLens.Data.Jieba.prob_emit.json.deflate";
    internal const string TransitionResource = "PolicyLens.Data.Jieba.prob_trans.json.deflate";

    /// <summary>The decompressed bytes of an embedded resource.</summary>
    internal static byte[] ReadResource(string name)
    {
        Assembly assembly = typeof(JiebaData).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{name}' is missing from {assembly.GetName().Name}. " +
                "It is produced at build time from the jieba.NET package; rebuild the library after 'dotnet restore'.");
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream(capacity: 6 << 20);
        deflate.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Adds every line of the default dictionary (<c>word freq tag</c>) to <paramref name="dictionary"/>,
    /// as Python's <c>gen_pfdict</c> does: a word listed twice keeps its last frequency and counts twice in the total.
    /// </summary>
    internal static void AddDefaultWords(PrefixDictionary dictionary)
    {
        string text = Encoding.UTF8.GetString(ReadResource(DictionaryResource));
        ReadOnlySpan<char> rest = text;
        int lineNumber = 0;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOf('\n');
            ReadOnlySpan<char> line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.IsEmpty)
            {
                continue;
            }

            int space = line.IndexOf(' ');
            ReadOnlySpan<char> afterWord = line[(space + 1)..];
            int space2 = afterWord.IndexOf(' ');
            ReadOnlySpan<char> frequency = space2 < 0 ? afterWord : afterWord[..space2];
            if (space <= 0 || !long.TryParse(frequency, out long freq))
            {
                throw new InvalidDataException($"The embedded jieba dictionary is corrupt at line {lineNumber}.");
            }

            dictionary.Add(line[..space], freq);
        }
    }
}
