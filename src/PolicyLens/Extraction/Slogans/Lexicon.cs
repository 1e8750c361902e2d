// The lexicon of known formulas: the built-in one shipped inside the assembly (lexicon.tsv, versioned), plus
// entries a user adds from a file at run time, and the segmenter that keeps every entry in one token.
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

/// <summary>A versioned set of known political formulas.</summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is the built-in lexicon: over 1,500 curated formulas of national and current local usage, each
/// with its kind, theme, variants, members, first appearance in the national corpus and how it was checked (see
/// <c>lexicon.tsv</c> in the source and <c>tools/lexicon</c> for how it is built).
/// </para>
/// <para>
/// Merging (<see cref="WithFile"/>, <see cref="WithEntries"/>; <c>--lexicon</c> on the command line, repeatable): the
/// entries added later take precedence. An added entry with the canonical form of an existing one replaces it in place;
/// a spelling claimed by two entries goes to the one whose canonical form it is, and otherwise to the entry added last,
/// so a user lexicon can take a variant away from a built-in entry.
/// </para>
/// <para>A lexicon is immutable and safe to share between threads.</para>
/// <example>
/// <code>
/// Lexicon lexicon = Lexicon.Default.WithFile("hengyang.lexicon.tsv");
/// LexiconEntry? sixStable = lexicon.Find("六稳");   // members 稳就业、稳金融 …
/// </code>
/// </example>
/// </remarks>
public sealed class Lexicon
{
    /// <summary>The <see cref="LexiconEntry.Source"/> of entries shipped with PolicyLens.</summary>
    public const string BuiltInSource = "built-in";

    /// <summary>
    /// How many times a text must name a place (its short name, <c>驻马店</c>) for that place's own entries
    /// (<see cref="LexiconEntry.Place"/>) to be reported in it: a report of the place names it far more often (Zhumadian's
    /// reports 3 to 56 times), another place's report or a national report rarely more than twice.
    /// </summary>
    public const int PlaceMentionsNeeded = 3;

    private const string ResourceName = "PolicyLens.Extraction.Slogans.lexicon.tsv";

    /// <summary>The built-in lexicon's segmenter, written at build time by build/JiebaImages.</summary>
    internal const string SegmenterImageResource = "PolicyLens.Extraction.Slogans.lexicon-segmenter.bin";

    private static readonly Lazy<Lexicon> DefaultInstance = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    // Both made on first use: merging a user lexicon builds an intermediate lexicon of the file's entries alone, whose
    // lookups and user words are never read. A plain dictionary, only read once made (so safe to share): freezing one of a
    // 100,000-entry user lexicon cost more than all the lookups it would ever speed up.
    private readonly Lazy<Dictionary<string, LexiconEntry>> _bySpelling;
    private readonly Lazy<IReadOnlyList<UserWord>> _userWords;
    private readonly Lazy<JiebaSegmenter> _segmenter;

    // builtIn: the built-in lexicon, whose segmenter build/JiebaImages wrote at build time (SegmenterImageResource).
    private Lexicon(string version, IReadOnlyList<LexiconEntry> entries, bool builtIn = false)
    {
        Version = version;
        Entries = entries;
        _bySpelling = new(() => BySpelling(entries), LazyThreadSafetyMode.ExecutionAndPublication);
        _userWords = new(() => LexiconUserWords.SegmentableSpellings(entries), LazyThreadSafetyMode.ExecutionAndPublication);
        _segmenter = new Lazy<JiebaSegmenter>(
            () => builtIn ? BuiltInSegmenter(UserWords) : JiebaSegmenter.WithUserWords(UserWords),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static Dictionary<string, LexiconEntry> BySpelling(IReadOnlyList<LexiconEntry> entries)
    {
        var bySpelling = new Dictionary<string, LexiconEntry>(entries.Count, StringComparer.Ordinal);
        foreach (LexiconEntry entry in entries)
        {
            bySpelling[entry.Canonical] = entry;
        }

        // Variants after every canonical form, the entry added last first (see the class remarks on merging).
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            foreach (string variant in entries[i].Variants)
            {
                bySpelling.TryAdd(variant, entries[i]);
            }
        }

        return bySpelling;
    }

    /// <summary>The built-in lexicon, loaded from the assembly on first use.</summary>
    public static Lexicon Default => DefaultInstance.Value;

    /// <summary>
    /// The version: the built-in data's <c>version</c> field, followed by <c>+</c> and the file name of each user lexicon
    /// added, so that a result can say exactly which lexicon produced it.
    /// </summary>
    public string Version { get; }

    /// <summary>The entries, built-in ones first, in file order.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>
    /// The spellings that the segmenter must keep whole, as jieba user words (no frequency, so jieba's
    /// <c>suggest_freq</c> picks one just high enough). Spellings with quote marks or 、 cannot be a jieba token and are left out.
    /// </summary>
    public IReadOnlyList<UserWord> UserWords => _userWords.Value;

    /// <summary>A segmenter with jieba's dictionary plus <see cref="UserWords"/>, built on first use.</summary>
    public JiebaSegmenter Segmenter => _segmenter.Value;

    /// <summary>Reads a lexicon file on its own, without the built-in entries (see <see cref="WithFile"/> for the usual case).</summary>
    /// <param name="path">A <c>.json</c> file shaped like the built-in lexicon, or a text file of tab-separated lines (see <see cref="Parse"/>).</param>
    /// <exception cref="LexiconFormatException">The file is malformed; the message names the file and line.</exception>
    /// <exception cref="InputException">The file is missing, not a regular file, too large or unreadable.</exception>
    public static Lexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        using (FileStream stream = PolicyLens.Text.TextFile.OpenRead(path))
        using (var reader = new StreamReader(stream, PolicyLens.Text.TextEncodingDetector.StrictUtf8, detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                text = reader.ReadToEnd();
            }
            catch (System.Text.DecoderFallbackException e)
            {
                throw new LexiconFormatException(path, 0, $"not valid UTF-8 ({e.Message}); re-save the lexicon as UTF-8");
            }
        }

        return Parse(text, path);
    }

    /// <summary>Parses lexicon text: JSON (when it starts with <c>{</c>) or tab-separated lines.</summary>
    /// <remarks>
    /// The line format is one entry a line, fields separated by tabs, only the first required; <c>#</c> starts a comment:
    /// <code>
    /// # canonical   theme     variants (|)     members (|; spellings of one member separated by /)
    /// “3311”工程计划  economy   3311工程计划
    /// 六稳          economy                    稳就业|稳金融|稳外贸|稳外资|稳投资|稳预期
    /// </code>
    /// </remarks>
    /// <param name="text">The file's text.</param>
    /// <param name="sourceName">The name to give in error messages and in <see cref="LexiconEntry.Source"/>.</param>
    /// <exception cref="LexiconFormatException">The text is malformed; the message names the source and line.</exception>
    public static Lexicon Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        (string? version, List<LexiconEntry> entries) = text.AsSpan().TrimStart().StartsWith("{")
            ? LexiconReader.ReadJson(text, sourceName)
            : LexiconReader.ReadLines(text, sourceName);
        return new Lexicon(version ?? Path.GetFileName(sourceName), entries);
    }

    /// <summary>This lexicon plus the entries of the file at <paramref name="path"/>; an entry with a canonical form already here replaces it.</summary>
    /// <exception cref="LexiconFormatException">The file is malformed; the message names the file and line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public Lexicon WithFile(string path)
    {
        Lexicon added = Load(path);
        return WithEntries(added.Entries, Path.GetFileName(path));
    }

    /// <summary>This lexicon plus <paramref name="entries"/>; an entry with a canonical form already here replaces it.</summary>
    /// <param name="entries">The entries to add.</param>
    /// <param name="versionSuffix">What to append to <see cref="Version"/> after a <c>+</c>, naming where the entries came from.</param>
    public Lexicon WithEntries(IEnumerable<LexiconEntry> entries, string versionSuffix = "user")
    {
        ArgumentNullException.ThrowIfNull(entries);
        // One dictionary lookup per added entry, so merging a 100,000-entry user lexicon stays linear.
        var list = new List<LexiconEntry>(Entries);
        var index = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            index[list[i].Canonical] = i;
        }

        foreach (LexiconEntry entry in entries)
        {
            if (index.TryGetValue(entry.Canonical, out int existing))
            {
                list[existing] = entry;
            }
            else
            {
                index[entry.Canonical] = list.Count;
                list.Add(entry);
            }
        }

        return new Lexicon($"{Version}+{versionSuffix}", list);
    }

    /// <summary>The entry whose canonical form or variant is <paramref name="spelling"/>, or null.</summary>
    public LexiconEntry? Find(string spelling)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        return _bySpelling.Value.GetValueOrDefault(spelling);
    }

    private static Lexicon LoadBuiltIn()
    {
        using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in lexicon '{ResourceName}' is missing from {typeof(Lexicon).Assembly.GetName().Name}; the assembly was built without it.");
        using var reader = new StreamReader(stream);
        (string? version, List<LexiconEntry> entries) = LexiconReader.ReadLines(reader.ReadToEnd(), BuiltInSource);
        return new Lexicon(version ?? "unversioned", entries, builtIn: true);
    }

    // The built-in lexicon's segmenter as a delta against jieba's default trie (JiebaSegmenter.WriteUserWordsImage), or
    // null in a build without it; a start checks that it was written for exactly these words before it uses it.
    private static JiebaSegmenter BuiltInSegmenter(IReadOnlyList<UserWord> words)
    {
        using Stream? image = typeof(Lexicon).Assembly.GetManifestResourceStream(SegmenterImageResource);
        return JiebaSegmenter.WithUserWords(words, image);
    }
}
