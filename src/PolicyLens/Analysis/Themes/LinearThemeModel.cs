// The native theme scorer: the trained maximum-entropy model's weights, read and applied without ML.NET.
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using PolicyLens.Tokenization;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// A multiclass maximum-entropy model over TF-IDF bags of words, scored natively: a sentence's words are looked up in
/// the vocabulary (a span lookup, no string per token), each found word adds <c>count × idf</c> times its row of class
/// weights, the sum is divided by the bag's L2 norm and the biases are added, and a softmax gives the probabilities.
/// That is exactly what ML.NET's pipeline (keys → TF-IDF → L2 normalisation → maximum entropy) computes, with the
/// weights it learnt (<see cref="MLNetThemeModel.Export"/>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// File format (little-endian, inside one deflate stream): the magic <c>PLTHEME1</c>, the class count and the class
/// codes, the vocabulary size, then per word its text and idf (float32), then the word-major weight matrix (vocabulary ×
/// classes float32) and the class biases. Strings are length-prefixed UTF-8 (<see cref="BinaryWriter"/>). About 0.6 MB
/// for the shipped model; loading it is one pass over the stream and one dictionary build. The shipped model itself is
/// embedded unpacked (<see cref="ReadImage"/>), so that a start inflates nothing.
/// </remarks>
internal sealed class LinearThemeModel
{
    private const string Magic = "PLTHEME1";

    private readonly VocabularyIndex _index;
    private readonly float[] _idf;
    private readonly float[] _weights; // word-major: _weights[word * Classes.Count + class]
    private readonly float[] _biases;
    private readonly bool _bigrams; // trained with character bigrams (ThemeTrainingOptions.CharacterBigramMinimumCount)

    internal LinearThemeModel(string[] classes, string[] vocabulary, float[] idf, float[] weights, float[] biases)
    {
        if (idf.Length != vocabulary.Length || weights.Length != vocabulary.Length * classes.Length || biases.Length != classes.Length)
        {
            throw new FormatException("The model's vocabulary, idf, weights and biases do not have matching sizes.");
        }

        Classes = classes;
        Vocabulary = vocabulary;
        _index = new VocabularyIndex(vocabulary);
        _idf = idf;
        _weights = weights;
        _biases = biases;
        _bigrams = vocabulary.Any(ThemeTokens.IsBigram);
    }

    /// <summary>The classes, in the order of the probabilities <see cref="Score"/> writes.</summary>
    internal IReadOnlyList<string> Classes { get; }

    /// <summary>The words the model has weights for (and its character bigrams, <see cref="ThemeTokens.BigramMarker"/> first, when it was trained with them).</summary>
    internal IReadOnlyList<string> Vocabulary { get; }

    /// <summary>Each vocabulary word's weight per occurrence: its idf as ML.NET fitted it (1 for every word of a model trained on counts).</summary>
    internal IReadOnlyList<float> InverseDocumentFrequencies => _idf;

    /// <summary>
    /// Scores an already folded sentence: writes one probability per class into <paramref name="probabilities"/> and
    /// returns how many of its words the model knows (0: the model has nothing to go by, and the probabilities are the
    /// biases' softmax). <paramref name="tokens"/> are the sentence's jieba tokens, with offsets counted from
    /// <paramref name="offset"/> (0 for the sentence's own cut; its start for a range of its document's tokens).
    /// </summary>
    internal int Score(ReadOnlySpan<char> sentence, ReadOnlySpan<Token> tokens, int offset, Span<double> probabilities)
    {
        int classes = _biases.Length;

        // Word indices of the sentence, sorted so that repeats sit together and become a term frequency.
        int most = tokens.Length + (_bigrams ? sentence.Length : 0);
        Span<int> found = most <= 512 ? stackalloc int[most] : new int[most];
        int n = 0;
        foreach (Token token in tokens)
        {
            // The vocabulary holds only feature words (training saw no stop word and no number), so one lookup decides.
            if (_index.TryGetValue(sentence.Slice(token.Start - offset, token.Length), out int word))
            {
                found[n++] = word;
            }
        }

        if (_bigrams)
        {
            // The sentence's pairs of adjacent letters, spelt as the vocabulary spells them (ThemeTokens.AddBigrams).
            Span<char> pair = stackalloc char[3];
            pair[0] = ThemeTokens.BigramMarker;
            for (int i = 0; i + 1 < sentence.Length; i++)
            {
                if (char.IsLetter(sentence[i]) && char.IsLetter(sentence[i + 1]))
                {
                    pair[1] = sentence[i];
                    pair[2] = sentence[i + 1];
                    if (_index.TryGetValue(pair, out int bigram))
                    {
                        found[n++] = bigram;
                    }
                }
            }
        }

        Span<int> words = found[..n];
        SortSmall(words);
        Span<double> sums = probabilities[..classes];
        sums.Clear();
        double norm = 0;
        for (int i = 0; i < words.Length;)
        {
            int word = words[i], tf = 0;
            while (i < words.Length && words[i] == word)
            {
                tf++;
                i++;
            }

            // ML.NET's transforms work in float32; so does this product, the sum is kept in double.
            float x = tf * _idf[word];
            norm += (double)x * x;
            AddScaled(sums, x, _weights.AsSpan(word * classes, classes));
        }

        double scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
        double max = double.NegativeInfinity;
        for (int c = 0; c < classes; c++)
        {
            sums[c] = (sums[c] * scale) + _biases[c];
            max = Math.Max(max, sums[c]);
        }

        double total = 0;
        for (int c = 0; c < classes; c++)
        {
            sums[c] = Math.Exp(sums[c] - max);
            total += sums[c];
        }

        for (int c = 0; c < classes; c++)
        {
            sums[c] /= total;
        }

        return n;
    }

    /// <summary>
    /// Sorts a sentence's word indices: by insertion for the usual handful (a sentence has tens of words), in place and
    /// without the framework sorter's calls; by the span sort beyond that. Integers sort to
    /// one order whichever way, so the sums after it are added in the same order to the bit.
    /// </summary>
    private static void SortSmall(Span<int> words)
    {
        if (words.Length > 64)
        {
            words.Sort();
            return;
        }

        for (int i = 1; i < words.Length; i++)
        {
            int w = words[i];
            int j = i - 1;
            while (j >= 0 && words[j] > w)
            {
                words[j + 1] = words[j];
                j--;
            }

            words[j + 1] = w;
        }
    }

    /// <summary>
    /// <c>sums[c] += x * row[c]</c> for every class: the product in float32, as ML.NET has it, added to the double sum. Eight
    /// classes at a time where the hardware has 256-bit vectors: each lane does the same float product, the same exact
    /// widening and the same double addition as the scalar loop, so the sums are the same to the bit.
    /// </summary>
    /// <remarks>
    /// Compiled fully optimised at its first call: ReadyToRun holds no code for it (it depends on the machine's vector
    /// width), and its tier-0 code, which a short run spent most of its calls in, was several times slower.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AddScaled(Span<double> sums, float x, ReadOnlySpan<float> row)
    {
        int c = 0;
        if (Vector256.IsHardwareAccelerated && row.Length >= Vector256<float>.Count)
        {
            Vector256<float> scale = Vector256.Create(x);
            ref float weights = ref MemoryMarshal.GetReference(row);
            ref double totals = ref MemoryMarshal.GetReference(sums);
            for (; c + Vector256<float>.Count <= row.Length; c += Vector256<float>.Count)
            {
                (Vector256<double> lower, Vector256<double> upper) = Vector256.Widen(Vector256.LoadUnsafe(ref weights, (nuint)c) * scale);
                (Vector256.LoadUnsafe(ref totals, (nuint)c) + lower).StoreUnsafe(ref totals, (nuint)c);
                (Vector256.LoadUnsafe(ref totals, (nuint)(c + 4)) + upper).StoreUnsafe(ref totals, (nuint)(c + 4));
            }
        }

        for (; c < row.Length; c++)
        {
            sums[c] += x * row[c];
        }
    }

    /// <summary>Writes the model in the format described on the class.</summary>
    internal void Write(Stream destination)
    {
        using var deflate = new DeflateStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Classes.Count);
        foreach (string c in Classes)
        {
            writer.Write(c);
        }

        writer.Write(Vocabulary.Count);
        for (int i = 0; i < Vocabulary.Count; i++)
        {
            writer.Write(Vocabulary[i]);
            writer.Write(_idf[i]);
        }

        foreach (float w in _weights)
        {
            writer.Write(w);
        }

        foreach (float b in _biases)
        {
            writer.Write(b);
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InputException">The stream is not such a model; the message names <paramref name="sourceName"/>.</exception>
    internal static LinearThemeModel Read(Stream source, string sourceName)
    {
        try
        {
            using var deflate = new DeflateStream(source, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(new BufferedStream(deflate, 1 << 16), Encoding.UTF8, leaveOpen: false);
            if (reader.ReadString() != Magic)
            {
                throw new FormatException("wrong magic");
            }

            string[] classes = new string[CheckedCount(reader.ReadInt32(), 1 << 10)];
            for (int i = 0; i < classes.Length; i++)
            {
                classes[i] = reader.ReadString();
            }

            int size = CheckedCount(reader.ReadInt32(), 1 << 22);
            string[] vocabulary = new string[size];
            float[] idf = new float[size];
            for (int i = 0; i < size; i++)
            {
                vocabulary[i] = reader.ReadString();
                idf[i] = reader.ReadSingle();
            }

            float[] weights = ReadFloats(reader, size * classes.Length);
            float[] biases = ReadFloats(reader, classes.Length);
            return new LinearThemeModel(classes, vocabulary, idf, weights, biases);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or IOException or DecoderFallbackException)
        {
            throw new InputException(sourceName, $"not a theme model written by policylens themes train ({e.Message})", innerException: e);
        }
    }

    /// <summary>
    /// Reads the built-in model's image, the tables of <see cref="Read"/>'s format unpacked at build time
    /// (<c>build/ThemeModelImage.targets</c>, which documents the layout): each is one copy out of the mapped assembly, and
    /// the words are made from UTF-16 characters, with nothing to inflate or decode.
    /// </summary>
    internal static LinearThemeModel ReadImage(Stream image)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The built-in theme model's image is little-endian.");
        }

        using var reader = new BinaryReader(image, Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(8).AsSpan().SequenceEqual("PLTHEMEI"u8) || reader.ReadInt32() != 1)
        {
            throw new InvalidDataException("The built-in theme model's image has an unknown format; rebuild the library.");
        }

        string[] classes = new string[CheckedCount(reader.ReadInt32(), 1 << 10)];
        for (int i = 0; i < classes.Length; i++)
        {
            classes[i] = new string(ReadArray<char>(image, CheckedCount(reader.ReadInt32(), 1 << 10)));
        }

        int size = CheckedCount(reader.ReadInt32(), 1 << 22);
        int characters = CheckedCount(reader.ReadInt32(), int.MaxValue);
        int[] offsets = ReadArray<int>(image, size + 1);
        char[] text = ReadArray<char>(image, characters);
        string[] vocabulary = new string[size];
        for (int i = 0; i < size; i++)
        {
            vocabulary[i] = new string(text, offsets[i], offsets[i + 1] - offsets[i]);
        }

        float[] idf = ReadArray<float>(image, size);
        float[] weights = ReadArray<float>(image, size * classes.Length);
        float[] biases = ReadArray<float>(image, classes.Length);
        if (image.ReadByte() != -1)
        {
            throw new InvalidDataException("The built-in theme model's image is corrupt; rebuild the library.");
        }

        return new LinearThemeModel(classes, vocabulary, idf, weights, biases);
    }

    private static T[] ReadArray<T>(Stream source, int count)
        where T : unmanaged
    {
        T[] values = GC.AllocateUninitializedArray<T>(count);
        source.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>The word-major weight matrix (for the tests that compare the built-in image with the model file).</summary>
    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>The class biases (for the same tests).</summary>
    internal ReadOnlySpan<float> Biases => _biases;

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        byte[] bytes = reader.ReadBytes(count * sizeof(float));
        if (bytes.Length != values.Length * sizeof(float))
        {
            throw new EndOfStreamException("the weights are cut short");
        }

        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private static int CheckedCount(int count, int max) =>
        count is > 0 && count <= max ? count : throw new FormatException($"implausible count {count}");

    /// <summary>
    /// The vocabulary's words by span: an open-addressing table of word indices keyed by an FNV-1a hash of the characters,
    /// made for the lookup of every token of every sentence (a FrozenDictionary's lookup was a fifth of the theme stage;
    /// this is a third of it). A word written twice is found at its last index, as a dictionary filled in order would.
    /// Each slot also holds the word's length and, for a word of at most four characters (nearly all of them), the
    /// characters themselves packed into 64 bits, so that a hit is decided inside the slot, without reading the word's
    /// string (a second cache miss a token) and comparing it.
    /// </summary>
    private sealed class VocabularyIndex
    {
        private const int PackedLength = 4;

        private readonly string[] _words;
        private readonly Slot[] _slots; // hash, length, 1 + the word's index and the packed characters side by side; Word 0 for an empty slot
        private readonly int _mask;

        internal VocabularyIndex(string[] words)
        {
            _words = words;
            int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Length * 2));
            _slots = new Slot[size];
            _mask = size - 1;
            for (int w = 0; w < words.Length; w++)
            {
                uint hash = Hash(words[w], out ulong packed);
                int i = (int)(hash & (uint)_mask);
                while (_slots[i].Word != 0 && !(_slots[i].Hash == hash && words[_slots[i].Word - 1] == words[w]))
                {
                    i = (i + 1) & _mask;
                }

                _slots[i] = new Slot(hash, words[w].Length, w + 1, packed);
            }
        }

        internal bool TryGetValue(ReadOnlySpan<char> word, out int index)
        {
            uint hash = Hash(word, out ulong packed);
            Slot[] slots = _slots;
            int i = (int)(hash & (uint)_mask);
            while (slots[i].Word != 0)
            {
                ref readonly Slot slot = ref slots[i];
                if (slot.Hash == hash && slot.Length == word.Length
                    && (word.Length <= PackedLength ? slot.Packed == packed : word.SequenceEqual(_words[slot.Word - 1])))
                {
                    index = slot.Word - 1;
                    return true;
                }

                i = (i + 1) & _mask;
            }

            index = -1;
            return false;
        }

        private readonly record struct Slot(uint Hash, int Length, int Word, ulong Packed);

        // FNV-1a over the characters, and the first four characters packed 16 bits each (all of a word that short).
        // Inlined by request: the ReadyToRun image, which `analyze` runs for its whole length, called it for every token.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Hash(ReadOnlySpan<char> word, out ulong packed)
        {
            uint hash = 2166136261;
            packed = 0;
            for (int k = 0; k < word.Length; k++)
            {
                char c = word[k];
                hash = (hash ^ c) * 16777619;
                if (k < PackedLength)
                {
                    packed |= (ulong)c << (16 * k);
                }
            }

            // Mixed once more, so that the low bits the table uses depend on every character.
            return hash ^ (hash >> 15);
        }
    }
}
