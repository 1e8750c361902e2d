// The text as the finders see it: line breaks that a page layout put inside a sentence are folded away (scanned
// pages break words: 两个维\n\n护), the result is cut by the lexicon-aware segmenter, and every position maps back
// to the caller's text. When the Text stage repairs such breaks itself, the folding simply finds none. A text written
// in traditional characters (1954's report, the early congress texts) is matched through the Text stage's OpenCC
// character fold (VariantFold), one character for one, so offsets and surfaces stay those of the text as written.
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal sealed class TextView
{
    // The map from view positions to source offsets, kept sparse: the view positions where the offset does not follow on
    // from the one before (after a folded layout break or a widened white-space run), each with its offset; positions in
    // between count on from the last of them. Most texts have few such breaks, and a full map was four bytes a character,
    // allocated for every document (read only for the mentions' offsets).
    private readonly int[] _jumpAt;
    private readonly int[] _jumpTo;
    private readonly bool[] _boundary;

    // Share of traditional characters above which a text is folded, as NormalizationOptions.TraditionalShareThreshold.
    private const double TraditionalShare = 0.02;

    private TextView(string text, string original, int[] jumpAt, int[] jumpTo, int sourceLength, Token[] tokens)
    {
        Text = text;
        Original = original;
        _jumpAt = jumpAt;
        _jumpTo = jumpTo;
        SourceLength = sourceLength;
        Tokens = tokens;
        _boundary = new bool[text.Length + 1];
        foreach (Token token in tokens)
        {
            _boundary[token.Start] = true;
            _boundary[token.End] = true;
        }

        _boundary[0] = true;
        _boundary[text.Length] = true;
    }

    /// <summary>The folded text (layout breaks removed, traditional characters simplified), what the finders read.</summary>
    public string Text { get; }

    /// <summary>The same positions as <see cref="Text"/> with the characters as written (for surfaces).</summary>
    public string Original { get; }

    public int SourceLength { get; }

    /// <summary>Tokens of <see cref="Text"/> from the lexicon-aware segmenter.</summary>
    public Token[] Tokens { get; }

    public static TextView Create(string source, JiebaSegmenter segmenter)
    {
        // Written into arrays, not StringBuilders and a list: the view is made for every document, and a StringBuilder's
        // indexer and shrinking are slow. The view is never longer than the source.
        // The scratch arrays are rented: only the strings and the sparse map outlive the call.
        bool fold = global::PolicyLens.Text.VariantFold.TraditionalShare(source) >= TraditionalShare;
        char[] text = System.Buffers.ArrayPool<char>.Shared.Rent(source.Length);
        char[] original = fold ? System.Buffers.ArrayPool<char>.Shared.Rent(source.Length) : text;
        int[] map = System.Buffers.ArrayPool<int>.Shared.Rent(source.Length + 1);
        int length = 0;
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            if (c is '\n' or '\r')
            {
                // Widen to the whole white-space run around the line break.
                int runStart = i;
                while (runStart > 0 && IsBlank(source[runStart - 1]) && length > 0 && IsBlank(text[length - 1]))
                {
                    runStart--;
                    length--;
                }

                int runEnd = i;
                while (runEnd < source.Length && (IsBlank(source[runEnd]) || source[runEnd] is '\n' or '\r'))
                {
                    runEnd++;
                }

                char before = length > 0 ? text[length - 1] : '\n';
                char after = runEnd < source.Length ? source[runEnd] : '\n';
                if (!(IsWordCharacter(before) && IsWordCharacter(after)))
                {
                    // A real paragraph end (after 。！？ or before a heading's bracket): keep one line break as a barrier.
                    text[length] = '\n';
                    original[length] = '\n';
                    map[length++] = runStart;
                }

                i = runEnd;
                continue;
            }

            text[length] = fold ? global::PolicyLens.Text.VariantFold.Fold(c) : c;
            original[length] = c;
            map[length++] = i;
            i++;
        }

        map[length] = source.Length;
        string folded = new(text, 0, length);
        string written = fold ? new string(original, 0, length) : folded;
        (int[] jumpAt, int[] jumpTo) = Jumps(map.AsSpan(0, length + 1));
        System.Buffers.ArrayPool<int>.Shared.Return(map);
        System.Buffers.ArrayPool<char>.Shared.Return(text);
        if (fold)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(original);
        }

        return new TextView(folded, written, jumpAt, jumpTo, source.Length, segmenter.Tokenize(folded));
    }

    // The positions of a full map where its offset does not follow on from the one before (position 0 always), and their offsets.
    private static (int[] At, int[] To) Jumps(ReadOnlySpan<int> map)
    {
        int count = 1;
        for (int v = 1; v < map.Length; v++)
        {
            count += map[v] != map[v - 1] + 1 ? 1 : 0;
        }

        var at = new int[count];
        var to = new int[count];
        at[0] = 0;
        to[0] = map[0];
        for (int v = 1, k = 1; v < map.Length; v++)
        {
            if (map[v] != map[v - 1] + 1)
            {
                at[k] = v;
                to[k++] = map[v];
            }
        }

        return (at, to);
    }

    // The source offset of view position `position` (0 to the view's length, which maps to the source's length).
    private int ToSource(int position)
    {
        int k = Array.BinarySearch(_jumpAt, position);
        k = k >= 0 ? k : ~k - 1;
        return _jumpTo[k] + (position - _jumpAt[k]);
    }

    /// <summary>True when a token starts or ends at view position <paramref name="position"/>.</summary>
    public bool IsBoundary(int position) => _boundary[position];

    /// <summary>
    /// Where the text after the last of <paramref name="words"/> inside [<paramref name="start"/>, <paramref name="end"/>)
    /// starts, or -1: the word must end on a token boundary and leave at least <paramref name="minRest"/> characters before
    /// <paramref name="end"/>, and start on one too (a one-character word always; a longer one when
    /// <paramref name="longWordStartsOnBoundary"/>). The verb that governs a list or adopts a chain (SummedListLabel,
    /// NamedRuleChain).
    /// </summary>
    public int AfterLastWord(int start, int end, IReadOnlyList<string> words, int minRest, bool longWordStartsOnBoundary)
    {
        for (int after = end - minRest; after > start; after--)
        {
            foreach (string word in words)
            {
                int wordStart = after - word.Length;
                if (wordStart >= start && string.CompareOrdinal(Text, wordStart, word, 0, word.Length) == 0 && IsBoundary(after)
                    && ((word.Length > 1 && !longWordStartsOnBoundary) || IsBoundary(wordStart)))
                {
                    return after;
                }
            }
        }

        return -1;
    }

    /// <summary>True when one token covers exactly view positions [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
    public bool IsSingleToken(int start, int length)
    {
        int index = TokenIndexAt(start);
        return index >= 0 && Tokens[index].Start == start && Tokens[index].Length == length;
    }

    /// <summary>The index of the token containing view position <paramref name="position"/>, or -1.</summary>
    public int TokenIndexAt(int position)
    {
        int low = 0;
        int high = Tokens.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            if (Tokens[middle].End <= position)
            {
                low = middle + 1;
            }
            else if (Tokens[middle].Start > position)
            {
                high = middle - 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>The source offset of view position <paramref name="start"/>.</summary>
    public int SourceStart(int start) => ToSource(start);

    /// <summary>The source offset just past view range ending at <paramref name="end"/> (exclusive).</summary>
    public int SourceEnd(int end) => end == 0 ? 0 : ToSource(end - 1) + 1;

    public string Context(int start, int end, int width)
    {
        // In long arithmetic: a width of int.MaxValue must not wrap around.
        long w = Math.Max(0, width);
        int from = (int)Math.Max(0L, start - w);
        int to = (int)Math.Min(Text.Length, end + w);
        return Text[from..to].Replace('\n', ' ');
    }

    /// <summary>A CJK ideograph: the Text stage's one definition (<see cref="PolicyLens.Text.Glyphs.IsHan"/>).</summary>
    public static bool IsHan(char c) => PolicyLens.Text.Glyphs.IsHan(c);

    /// <summary>The text without its double quotation marks (“”): the canonical of a name written around a quoted label.</summary>
    public static string WithoutQuotationMarks(string text) =>
        text.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal);

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000';

    // A line break between two of these is inside a sentence: a layout break, folded away.
    private static bool IsWordCharacter(char c) =>
        IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '“' or '”' or '‘' or '’' or '、' or '，' or '《' or '》' or '%' or '％' or '.';
}
