using System.Collections.Frozen;

namespace PolicyLens.Tokenization;

/// <summary>
/// A Chinese word segmenter that gives exactly the tokens of Python jieba 0.42.1, from jieba's own
/// dictionary and HMM, embedded in this assembly: nothing to download, copy or configure.
/// </summary>
/// <remarks>
/// <para>
/// The algorithm is jieba's: the text is split into blocks by jieba's character classes; each block of
/// Chinese characters, ASCII letters and digits is cut along the most probable route through the word graph
/// of its dictionary words (ties go to the longer word, as in Python), and runs of characters the dictionary
/// leaves single are labelled by the HMM (Viterbi over B/M/E/S; a tie at the last character goes to S).
/// Everything else is cut one character at a time, white space one character at a time except <c>\r\n</c>.
/// </para>
/// <para>
/// Python counts code points; .NET strings count UTF-16 code units. A character outside the Basic
/// Multilingual Plane (an emoji, a CJK Extension B ideograph) is one code point in Python and a surrogate
/// pair here, and it is never split: its token has length 2. (jieba.NET splits it into two invalid halves.)
/// </para>
/// <para>A segmenter is immutable once built and safe to use from many threads at once.</para>
/// <example>
/// <code>
/// var segmenter = JiebaSegmenter.Default;
/// foreach (string word in segmenter.Cut("坚持稳中求进工作总基调"))
///     Console.WriteLine(word);
/// </code>
/// </example>
/// </remarks>
public sealed partial class JiebaSegmenter
{
    private static readonly Lazy<JiebaSegmenter> DefaultInstance = new(
        () => new JiebaSegmenter(LoadDefaultDictionary(), FrozenSet<string>.Empty, []),
        LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static List<Token>? t_results;

    private readonly PrefixDictionary _dictionary;
    private readonly FrozenSet<string> _forceSplit;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _forceSplitLookup;

    private JiebaSegmenter(PrefixDictionary dictionary, FrozenSet<string> forceSplit, IReadOnlyList<UserWord> userWords)
    {
        _dictionary = dictionary;
        _forceSplit = forceSplit;
        _forceSplitLookup = forceSplit.GetAlternateLookup<ReadOnlySpan<char>>();
        UserWords = userWords;
    }

    /// <summary>The segmenter with jieba's default dictionary, built on first use and shared.</summary>
    public static JiebaSegmenter Default => DefaultInstance.Value;

    /// <summary>Number of dictionary entries, user words included.</summary>
    public int WordCount => _dictionary.WordCount;

    /// <summary>Sum of all word frequencies (jieba's <c>total</c>), which the route probabilities are relative to.</summary>
    public long TotalFrequency => _dictionary.Total;

    /// <summary>The user words this segmenter was built with, in the order they were added.</summary>
    public IReadOnlyList<UserWord> UserWords { get; }

    /// <summary>
    /// A segmenter with jieba's default dictionary plus <paramref name="words"/>, added in order exactly as
    /// jieba's <c>add_word</c> adds them (a word without a frequency gets jieba's <c>suggest_freq</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A word is empty, contains white space, or has a negative frequency.</exception>
    public static JiebaSegmenter WithUserWords(IEnumerable<UserWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        UserWord[] list = [.. words];
        if (list.Length == 0)
        {
            return Default;
        }

        foreach (UserWord word in list)
        {
            Validate(word);
        }

        return Build(Default._dictionary, list);
    }

    // The user words added in order to a copy of the frozen base (or, when they do not fit its table, to a larger table
    // filled with the default words): WithUserWords, and the reference a user-words image is written from.
    private static JiebaSegmenter Build(PrefixDictionary baseDictionary, UserWord[] list)
    {
        long extraNodes = 0;
        foreach (UserWord word in list)
        {
            extraNodes += word.Word.Length;
        }

        PrefixDictionary dictionary;
        if (baseDictionary.HasRoomFor(extraNodes))
        {
            dictionary = baseDictionary.CloneForAdding();
        }
        else
        {
            dictionary = PrefixDictionary.CreateEmpty(JiebaData.DefaultNodeCount + extraNodes);
            JiebaData.AddDefaultWords(dictionary);
        }

        // Words go in one at a time: a suggested frequency depends on the words and total before it.
        var builder = new JiebaSegmenter(dictionary, FrozenSet<string>.Empty, []);
        var forceSplit = new HashSet<string>(StringComparer.Ordinal);
        foreach (UserWord word in list)
        {
            long frequency = word.Frequency ?? builder.SuggestFrequency(word.Word);
            dictionary.Add(word.Word, frequency);
            if (frequency == 0)
            {
                // As in jieba, a word once marked for splitting stays marked.
                forceSplit.Add(word.Word);
            }
        }

        dictionary.Freeze();
        return new JiebaSegmenter(dictionary, forceSplit.ToFrozenSet(StringComparer.Ordinal), list);
    }

    /// <summary>
    /// The segmenter <see cref="WithUserWords(IEnumerable{UserWord})"/> builds from <paramref name="words"/>, taken from <paramref name="image"/>
    /// (written at build time by <see cref="WriteUserWordsImage"/>: build/JiebaImages, for the built-in lexicon) when it
    /// was written for exactly these words against this default dictionary, and built word by word otherwise.
    /// </summary>
    /// <remarks>
    /// A start then copies the default trie and sets the few thousand slots the words change, instead of suggesting a
    /// frequency for each word and inserting it (PrefixDictionaryImageTests: the same tables, slot for slot).
    /// </remarks>
    internal static JiebaSegmenter WithUserWords(IReadOnlyList<UserWord> words, Stream? image)
    {
        if (words.Count > 0 && image is not null && BitConverter.IsLittleEndian && FromUserWordsImage(image, words, Default._dictionary) is { } fromImage)
        {
            return fromImage;
        }

        return WithUserWords(words);
    }

    /// <summary>
    /// Writes the image <see cref="WithUserWords(IReadOnlyList{UserWord}, Stream?)"/> reads: the user words, the words
    /// marked for splitting, and the dictionary as a delta against <paramref name="baseDictionary"/> (the default one).
    /// </summary>
    /// <returns>False, with nothing written, when the words do not fit the base's table (a start then builds them word by word).</returns>
    internal static bool WriteUserWordsImage(Stream output, IReadOnlyList<UserWord> words, PrefixDictionary baseDictionary)
    {
        UserWord[] list = [.. words];
        foreach (UserWord word in list)
        {
            Validate(word);
        }

        JiebaSegmenter built = Build(baseDictionary, list);
        if (!built._dictionary.CanWriteDeltaAgainst(baseDictionary))
        {
            return false;
        }

        using var writer = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(0x554A4C50);
        writer.Write(1);
        WriteWords(writer, list.Select(w => w.Word), list.Select(w => w.Frequency));
        WriteWords(writer, built._forceSplit.Order(StringComparer.Ordinal), null);
        built._dictionary.WriteDelta(writer, baseDictionary);
        return true;

        static void WriteWords(BinaryWriter writer, IEnumerable<string> words, IEnumerable<long?>? frequencies)
        {
            string[] all = [.. words];
            long?[] counts = frequencies is null ? [] : [.. frequencies];
            writer.Write(all.Length);
            for (int i = 0; i < all.Length; i++)
            {
                writer.Write(all[i]);
                if (frequencies is not null)
                {
                    writer.Write(counts[i] ?? -1);
                }
            }
        }
    }

    /// <summary>The segmenter of a user-words image, or null when the image was written for other words or another base.</summary>
    internal static JiebaSegmenter? FromUserWordsImage(Stream image, IReadOnlyList<UserWord> words, PrefixDictionary baseDictionary)
    {
        using var reader = new BinaryReader(image, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != 0x554A4C50 || reader.ReadInt32() != 1 || reader.ReadInt32() != words.Count)
        {
            return null;
        }

        foreach (UserWord word in words)
        {
            if (!string.Equals(reader.ReadString(), word.Word, StringComparison.Ordinal) || reader.ReadInt64() != (word.Frequency ?? -1))
            {
                return null;
            }
        }

        var forceSplit = new string[reader.ReadInt32()];
        for (int i = 0; i < forceSplit.Length; i++)
        {
            forceSplit[i] = reader.ReadString();
        }

        PrefixDictionary? dictionary = PrefixDictionary.FromDelta(reader, baseDictionary);
        return dictionary is null ? null : new JiebaSegmenter(dictionary, forceSplit.ToFrozenSet(StringComparer.Ordinal), words);
    }

    /// <summary>The words marked for splitting (frequency 0), for the tests.</summary>
    internal IReadOnlySet<string> ForceSplit => _forceSplit;

    /// <summary>A segmenter with jieba's default dictionary plus the words of the given user dictionary files.</summary>
    /// <exception cref="UserDictionaryFormatException">A line is malformed; the message names the file and line.</exception>
    /// <exception cref="IOException">A file cannot be read; the message names it.</exception>
    public static JiebaSegmenter WithUserDictionaries(params IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var words = new List<UserWord>();
        foreach (string path in paths)
        {
            words.AddRange(UserDictionary.Load(path));
        }

        return WithUserWords(words);
    }

    /// <summary>Cuts <paramref name="text"/> and returns its tokens as offsets into it.</summary>
    public Token[] Tokenize(ReadOnlySpan<char> text, TokenizeOptions? options = null)
    {
        // Collect into a per-thread list and copy once: a list sized for the text would be a large-object-heap
        // allocation per call for a long document, and those collections serialise threads.
        List<Token> tokens = t_results ??= [];
        tokens.Clear();
        Tokenize(text, tokens, options);
        Token[] result = [.. tokens];
        if (tokens.Capacity > 1 << 20)
        {
            t_results = null;
        }

        return result;
    }

    /// <summary>
    /// Cuts <paramref name="text"/> and appends its tokens to <paramref name="destination"/>; returns how many were added.
    /// Reusing one list across calls avoids allocation.
    /// </summary>
    public int Tokenize(ReadOnlySpan<char> text, List<Token> destination, TokenizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        options ??= TokenizeOptions.Default;
        int before = destination.Count;
        Segment(text, options.Mode, options.Hmm, destination);
        return destination.Count - before;
    }

    /// <summary>Cuts <paramref name="text"/> into strings, as <c>list(jieba.cut(text))</c> does.</summary>
    public IReadOnlyList<string> Cut(string text, TokenizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Token[] tokens = Tokenize(text.AsSpan(), options);
        var words = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            words[i] = text.Substring(tokens[i].Start, tokens[i].Length);
        }

        return words;
    }

    /// <summary>
    /// Cuts a text read from <paramref name="reader"/> piece by piece, for inputs larger than memory. The tokens
    /// are the same as those of the whole text: the text is only ever divided where jieba's blocks divide it.
    /// </summary>
    public IEnumerable<StreamToken> Tokenize(TextReader reader, TokenizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new TokenStream(this, reader, options ?? TokenizeOptions.Default);
    }

    /// <summary>
    /// Cuts a text read from <paramref name="reader"/> piece by piece and hands each piece's tokens to
    /// <paramref name="handler"/> as offsets, with no string made per token: the fastest way through a large file.
    /// The tokens are those of the whole text.
    /// </summary>
    public void Tokenize(TextReader reader, TokenChunkHandler handler, TokenizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(handler);
        new TokenStream(this, reader, options ?? TokenizeOptions.Default).ForEachChunk(handler);
    }

    /// <summary>
    /// jieba's <c>suggest_freq(word, tune=False)</c>: the smallest frequency that makes <paramref name="word"/> come out
    /// whole in accurate mode without the HMM.
    /// </summary>
    public long SuggestFrequency(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        double total = _dictionary.Total;
        double probability = 1;
        var tokens = new List<Token>();
        Segment(word, SegmentationMode.Accurate, hmm: false, tokens);
        foreach (Token token in tokens)
        {
            long f = _dictionary.Frequency(token.GetSpan(word));
            probability *= (f < 0 ? 1 : f) / total;
        }

        long own = _dictionary.Frequency(word);
        return Math.Max((long)(probability * _dictionary.Total) + 1, own < 0 ? 1 : own);
    }

    /// <summary>Whether <paramref name="word"/> is in the dictionary with a frequency above 0.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _dictionary.IsWord(word);

    /// <summary>The word's frequency, 0 when it is only the prefix of a word, or -1 when the dictionary does not know it.</summary>
    public long GetFrequency(ReadOnlySpan<char> word) => _dictionary.Frequency(word);

    internal static PrefixDictionary LoadDefaultDictionary()
    {
        // The HMM tables are needed by the first accurate-mode cut; read them on another core meanwhile.
        ThreadPool.UnsafeQueueUserWorkItem(_ => _ = HmmModel.Default, null);
        return JiebaData.LoadDefaultDictionary();
    }

    internal PrefixDictionary Dictionary => _dictionary;

    private static void Validate(UserWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (string.IsNullOrEmpty(word.Word))
        {
            throw new ArgumentException("A user word cannot be empty.", nameof(word));
        }

        foreach (char c in word.Word)
        {
            if (CharClasses.IsSpace(c))
            {
                throw new ArgumentException($"The user word '{word.Word}' contains white space; jieba never cuts across white space.", nameof(word));
            }
        }

        if (word.Frequency < 0)
        {
            throw new ArgumentException($"The user word '{word.Word}' has a negative frequency ({word.Frequency}).", nameof(word));
        }
    }
}
