// Writes the segmenter's start-up images at build time (see JiebaImages.csproj) with the library's own code.
using System.Reflection;
using PolicyLens.Extraction.Slogans;
using PolicyLens.Tokenization;

try
{
    switch (args)
    {
        case ["trie", var dictionaryData, var output]:
        {
            PrefixDictionary dictionary;
            using (FileStream deflated = File.OpenRead(dictionaryData))
            {
                dictionary = JiebaData.BuildDictionary(JiebaData.Inflate(deflated));
            }

            WriteAtomically(output, dictionary.WriteImage);
            return 0;
        }

        case ["lexicon", var segmenterAssembly, var lexiconFile, var output]:
        {
            // The base is the trie image the Segmenter assembly embeds, the very tables a start copies.
            PrefixDictionary baseDictionary;
            using (Stream image = Assembly.LoadFile(Path.GetFullPath(segmenterAssembly)).GetManifestResourceStream(JiebaData.TrieImageResource)
                ?? throw new InvalidOperationException($"{segmenterAssembly} embeds no {JiebaData.TrieImageResource}."))
            {
                baseDictionary = PrefixDictionary.FromImage(image);
            }

            (_, List<LexiconEntry> entries) = LexiconReader.ReadLines(File.ReadAllText(lexiconFile), Lexicon.BuiltInSource);
            IReadOnlyList<UserWord> words = LexiconUserWords.SegmentableSpellings(entries);
            bool written = false;
            WriteAtomically(output, stream => written = JiebaSegmenter.WriteUserWordsImage(stream, words, baseDictionary));
            if (!written)
            {
                // An empty resource: a start builds the segmenter word by word, as before round 17.
                Console.Error.WriteLine($"JiebaImages: the {words.Count} user words of {lexiconFile} do not fit the default trie's table; no image written.");
            }

            return 0;
        }

        default:
            Console.Error.WriteLine("usage: JiebaImages trie DICT_BIN_DEFLATE OUT | lexicon SEGMENTER_DLL LEXICON_TSV OUT");
            return 2;
    }
}
catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or ArgumentException or LexiconFormatException)
{
    Console.Error.WriteLine($"JiebaImages: {e.Message}");
    return 1;
}

// Written beside the target and moved over it, so that an interrupted build leaves no half-written image.
static void WriteAtomically(string path, Action<Stream> write)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    string temp = path + ".tmp";
    using (var file = new BufferedStream(File.Create(temp), 1 << 16))
    {
        write(file);
    }

    File.Move(temp, path, overwrite: true);
}

namespace PolicyLens.Extraction.Slogans
{
    /// <summary>The one constant of the library's Lexicon class that the linked lexicon files use.</summary>
    internal static class Lexicon
    {
        internal const string BuiltInSource = "built-in";
    }
}
