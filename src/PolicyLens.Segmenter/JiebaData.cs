using System.Buffers.Binary;
using System.IO.Compression;
using System.Reflection;

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

    internal const string DictionaryResource = "PolicyLens.Data.Jieba.dict.bin.deflate";
    internal const string EmissionResource = "PolicyLens.Data.Jieba.prob_emit.json.deflate";
    internal const string TransitionResource = "PolicyLens.Data.Jieba.prob_trans.json.deflate";

    /// <summary>
    /// The default dictionary's frozen trie and the HMM tables, built at build time (<c>build/JiebaData.targets</c>) and
    /// embedded uncompressed: loading them is a copy per table out of the mapped assembly.
    /// </summary>
    internal const string TrieImageResource = "PolicyLens.Data.Jieba.trie.bin";
    internal const string HmmImageResource = "PolicyLens.Data.Jieba.hmm.bin";

    /// <summary>
    /// Round 52 (np52): the words the default dictionary tags n (noun) or vn (verbal noun), taken from <c>dict.txt</c> at build
    /// time (<c>build/JiebaData.targets</c>: a sorted table, deflated) and searched in place; inflated once, on first use.
    /// </summary>
    internal const string NounTagsResource = "PolicyLens.Data.Jieba.noun-tags.bin.deflate";

    private static readonly Lazy<NounTagTable> NounTags = new(NounTagTable.Load);

    /// <summary>
    /// Whether the default dictionary tags <paramref name="word"/> a noun (n: true), a verbal noun (vn: false), or neither
    /// (null: another tag, or a word it does not list).
    /// </summary>
    internal static bool? IsNoun(ReadOnlySpan<char> word) => NounTags.Value.Find(word);

    /// <summary>
    /// The noun tags as the build wrote them: word i is <c>Characters[Offsets[i]..Offsets[i + 1]]</c>, in ordinal order, and
    /// <c>Tags[i]</c> is 1 for n, 0 for vn. A binary search reads it without a string per word (a dictionary of 130,000
    /// strings cost every start 80 ms).
    /// </summary>
    private sealed class NounTagTable(int[] offsets, char[] characters, byte[] tags)
    {
        public static NounTagTable Load()
        {
            using Stream stream = OpenResource(NounTagsResource);
            using var deflate = new DeflateStream(stream, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            deflate.CopyTo(buffer);
            ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            int count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
            var offsets = new int[count + 1];
            for (int i = 0; i <= count; i++)
            {
                offsets[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(4 + 4 * i)..]);
            }

            int start = 4 + 4 * (count + 1);
            var characters = new char[offsets[count]];
            for (int i = 0; i < characters.Length; i++)
            {
                characters[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(bytes[(start + 2 * i)..]);
            }

            byte[] tags = bytes.Slice(start + 2 * characters.Length, count).ToArray();
            return new NounTagTable(offsets, characters, tags);
        }

        public bool? Find(ReadOnlySpan<char> word)
        {
            int low = 0, high = tags.Length - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) >> 1);
                int order = characters.AsSpan(offsets[middle], offsets[middle + 1] - offsets[middle]).SequenceCompareTo(word);
                if (order == 0)
                {
                    return tags[middle] == 1;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return null;
        }
    }

    /// <summary>An embedded resource as it is stored (a view of the mapped assembly).</summary>
    internal static Stream OpenResource(string name)
    {
        Assembly assembly = typeof(JiebaData).Assembly;
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{name}' is missing from {assembly.GetName().Name}. " +
                "It is produced at build time from the jieba.NET package; rebuild the library after 'dotnet restore'.");
    }

    /// <summary>The default dictionary, frozen: from the build's image, or word by word on a big-endian machine.</summary>
    internal static PrefixDictionary LoadDefaultDictionary()
    {
        if (BitConverter.IsLittleEndian)
        {
            using Stream image = OpenResource(TrieImageResource);
            return PrefixDictionary.FromImage(image);
        }

        return BuildDefaultDictionary();
    }

    /// <summary>The default dictionary built word by word from the front-coded <c>dict.bin</c>, then frozen (the image's reference).</summary>
    internal static PrefixDictionary BuildDefaultDictionary() => BuildDictionary(ReadResource(DictionaryResource));

    /// <summary>
    /// The dictionary built word by word from <paramref name="dictionaryData"/> (<c>dict.bin</c> decompressed), then frozen:
    /// what <see cref="BuildDefaultDictionary"/> does with the embedded one, and what build/JiebaImages writes as the image.
    /// </summary>
    internal static PrefixDictionary BuildDictionary(byte[] dictionaryData)
    {
        var dictionary = PrefixDictionary.CreateEmpty(DefaultNodeCount);
        AddWords(dictionary, dictionaryData);
        dictionary.Freeze();
        return dictionary;
    }

    /// <summary>The decompressed bytes of an embedded resource.</summary>
    internal static byte[] ReadResource(string name)
    {
        using Stream stream = OpenResource(name);
        return Inflate(stream);
    }

    /// <summary>The decompressed bytes of a deflated stream.</summary>
    internal static byte[] Inflate(Stream deflated)
    {
        using var deflate = new DeflateStream(deflated, CompressionMode.Decompress);
        using var buffer = new MemoryStream(capacity: 6 << 20);
        deflate.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Adds every entry of the default dictionary to <paramref name="dictionary"/>, as Python's <c>gen_pfdict</c>
    /// does: a word listed twice keeps its last frequency and counts twice in the total.
    /// </summary>
    /// <remarks>
    /// The entries come compiled at build time (<c>build/JiebaData.targets</c>): sorted and front-coded, so each
    /// entry names how many characters it shares with the one before and only its new characters follow. Those
    /// are exactly the trie nodes that do not exist yet, so each is created once and no prefix is ever searched.
    /// </remarks>
    internal static void AddDefaultWords(PrefixDictionary dictionary) => AddWords(dictionary, ReadResource(DictionaryResource));

    /// <summary>Adds every entry of <paramref name="data"/> (<c>dict.bin</c> decompressed) as <see cref="AddDefaultWords"/> does.</summary>
    internal static void AddWords(PrefixDictionary dictionary, byte[] data)
    {
        var reader = new SpanReader(data);
        if (reader.ReadInt32() != 0x444A4C50 || reader.ReadInt32() != 1)
        {
            throw new InvalidDataException("The embedded jieba dictionary has an unknown format; rebuild the library.");
        }

        int entries = reader.ReadInt32();
        long expectedTotal = reader.ReadInt64();
        int classCount = reader.ReadInt32();
        var classes = new int[classCount + 1];
        var frequencies = new long[classCount + 1];
        for (int i = 1; i <= classCount; i++)
        {
            frequencies[i] = reader.ReadInt64();
            classes[i] = dictionary.ClassOf(frequencies[i]);
        }

        Span<int> path = stackalloc int[256];
        for (int e = 0; e < entries; e++)
        {
            int shared = reader.ReadByte();
            int added = reader.ReadByte();
            int node = shared == 0 ? -1 : path[shared - 1];
            for (int i = 0; i < added; i++)
            {
                node = dictionary.InsertNew(node, (char)reader.ReadUInt16());
                path[shared + i] = node;
            }

            int frequencyClass = (int)reader.ReadVarUInt32();
            dictionary.SetFrequency(node, classes[frequencyClass], frequencies[frequencyClass]);
        }

        if (dictionary.Total != expectedTotal || !reader.AtEnd)
        {
            throw new InvalidDataException("The embedded jieba dictionary is corrupt; rebuild the library.");
        }
    }

    /// <summary>Little-endian reads over the decompressed dictionary.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly bool AtEnd => _position == _data.Length;

        public byte ReadByte() => _data[_position++];

        public ushort ReadUInt16()
        {
            ushort value = BinaryPrimitives.ReadUInt16LittleEndian(_data[_position..]);
            _position += 2;
            return value;
        }

        public int ReadInt32()
        {
            int value = BinaryPrimitives.ReadInt32LittleEndian(_data[_position..]);
            _position += 4;
            return value;
        }

        public long ReadInt64()
        {
            long value = BinaryPrimitives.ReadInt64LittleEndian(_data[_position..]);
            _position += 8;
            return value;
        }

        public uint ReadVarUInt32()
        {
            uint value = 0;
            int shift = 0;
            byte b;
            do
            {
                b = _data[_position++];
                value |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            return value;
        }
    }
}
