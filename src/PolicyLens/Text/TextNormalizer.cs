// Normalisation and repair of decoded text, keeping an exact offset map back to the original.
using System.Buffers;
using PolicyLens.Tokenization;

namespace PolicyLens.Text;

/// <summary>
/// Cleans a decoded text for every later stage while recording each change, so that any offset in the clean text maps
/// back to the original (<see cref="NormalizedText.Map"/>).
/// </summary>
/// <remarks>
/// <para>The steps, in order (each can be turned off in <see cref="NormalizationOptions"/>):</para>
/// <list type="number">
/// <item>Characters: <c>\r\n</c> → <c>\n</c>; zero-width characters removed; ideographic and no-break spaces → space;
/// full-width ASCII → half-width; traditional → simplified when the text is traditional.</item>
/// <item>Spacing: spaces at line ends and blank lines at the text's ends removed, runs of blank lines cut to one,
/// spaces inside numbers removed (<c>1 9 9 8 年</c> → <c>1998年</c>).</item>
/// <item>Ranges: a dash between two numbers becomes <c>~</c>.</item>
/// <item>Line repair: breaks inside a sentence or a word are joined (see <see cref="NormalizationOptions.RepairLineBreaks"/>).</item>
/// <item>Duplicates: a paragraph printed twice is kept once.</item>
/// </list>
/// <para>
/// Line repair asks whether a dictionary word spans a break; by default it uses the jieba dictionary that ships with
/// the Tokenization stage. That is the one place the Text stage looks ahead in the pipeline, and
/// <see cref="NormalizationOptions.IsWord"/> replaces it.
/// </para>
/// </remarks>
public static class TextNormalizer
{
    // A dictionary word must be at least this frequent in jieba's dictionary to join a break: rare entries (names,
    // fragments) would join headings to their paragraphs.
    private const long MinimumWordFrequency = 20;

    private const int MinimumTraditionalCharacters = 5;

    /// <summary>Normalises <paramref name="original"/> with every step of <paramref name="options"/>.</summary>
    public static NormalizedText Normalize(string original, NormalizationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        options ??= NormalizationOptions.Default;
        var pipeline = new Pipeline(original);
        ApplyCharacterSteps(pipeline, options);
        if (options.RemoveDuplicateParagraphs)
        {
            pipeline.Apply(text => DuplicateParagraphs.Remove(text));
        }

        return pipeline.Result();
    }

    /// <summary>Whether <paramref name="word"/> is in the jieba dictionary with a frequency of at least 20.</summary>
    public static bool IsDictionaryWord(string word) => JiebaSegmenter.Default.GetFrequency(word) >= MinimumWordFrequency;

    /// <summary>Every step but duplicate removal: a page is split into documents before duplicates are looked for.</summary>
    internal static NormalizedText NormalizePage(string original, NormalizationOptions options)
    {
        var pipeline = new Pipeline(original);
        ApplyCharacterSteps(pipeline, options);
        return pipeline.Result();
    }

    private static void ApplyCharacterSteps(Pipeline pipeline, NormalizationOptions options)
    {
        bool fold = options.VariantFolding switch
        {
            VariantFolding.Always => true,
            VariantFolding.Auto => IsTraditional(pipeline.Original, options.TraditionalShareThreshold),
            _ => false,
        };
        pipeline.Apply(text => FoldCharacters(text, options.FoldFullWidth, fold));
        pipeline.Apply(text => RepairSpacing(text, options.JoinSpacedNumbers));
        pipeline.Apply(CollapseBlankLines);
        if (options.MarkRangeSeparators || options.FoldFullWidth)
        {
            pipeline.Apply(text => MarkRanges(text, options.MarkRangeSeparators, options.FoldFullWidth));
        }

        if (options.RepairLineBreaks)
        {
            Func<string, bool> isWord = options.IsWord ?? IsDictionaryWord;
            pipeline.Apply(text =>
            {
                var writer = new TextRewriter(text);
                LineJoiner.Join(text, writer, isWord);
                return writer;
            });
        }
    }

    // A few traditional forms (乾, 後) also occur in simplified text; a text is traditional when they are both a share
    // of its characters and more than a handful.
    private static bool IsTraditional(string text, double threshold)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (VariantFold.IsTraditional(c) && ++count >= MinimumTraditionalCharacters)
            {
                return VariantFold.TraditionalShare(text) >= threshold;
            }
        }

        return false;
    }

    // The dashes MarkRanges acts on: the rest of a text is skipped by a vectorised search.
    private static readonly SearchValues<char> Dashes = SearchValues.Create("－—–―‒~～");

    private static TextRewriter FoldCharacters(string text, bool fullWidth, bool variants)
    {
        var w = new TextRewriter(text);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        w.Remove(i, 1, RepairKind.LineEnding);
                    }
                    else
                    {
                        w.Replace(i, '\n', RepairKind.LineEnding);
                    }

                    continue;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    w.Remove(i, 1, RepairKind.InvisibleCharacter);
                    continue;
                case '\u3000' or '\u00A0' or '\u202F' or '\u205F' or (>= '\u2000' and <= '\u200A'):
                    w.Replace(i, ' ', RepairKind.Space);
                    continue;
            }

            if (fullWidth && c is >= '\uFF01' and <= '\uFF5E' && FoldsToAscii(text, i))
            {
                w.Replace(i, (char)(c - 0xFEE0), RepairKind.FullWidth);
            }
            else if (variants && VariantFold.Fold(c) is var s && s != c)
            {
                w.Replace(i, s, RepairKind.VariantFold);
            }
        }

        return w;
    }

    // Chinese punctuation stays full-width; the full-width hyphen and tilde are left for the range step; a full-width
    // full stop becomes '.' only as a decimal point.
    private static bool FoldsToAscii(string text, int i) => text[i] switch
    {
        '．' => i > 0 && i + 1 < text.Length && IsAnyDigit(text[i - 1]) && IsAnyDigit(text[i + 1]),
        var c => !StaysFullWidth(c),
    };

    private static bool StaysFullWidth(char c) =>
        c is '！' or '＂' or '＇' or '（' or '）' or '，' or '：' or '；' or '？' or '［' or '］' or '｛' or '｝' or '－' or '～';

    /// <summary>
    /// <paramref name="c"/> as the full-width fold writes it out of context: a full-width letter, digit or sign as its ASCII
    /// form; Chinese punctuation and the full stop (a decimal point only between digits) as they are. The scorer reads a coded
    /// form through it, so that a coder's 20＋8 answers the label 20+8 drawn from the normalised text.
    /// </summary>
    internal static char FoldFullWidth(char c) =>
        c is >= '\uFF01' and <= '\uFF5E' and not '．' && !StaysFullWidth(c) ? (char)(c - 0xFEE0) : c;

    private static bool IsAnyDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static TextRewriter RepairSpacing(string text, bool joinNumbers)
    {
        var w = new TextRewriter(text);
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            int s = lineStart;
            while (s < lineEnd && Glyphs.IsLineSpace(text[s]))
            {
                s++;
            }

            int e = lineEnd;
            while (e > s && Glyphs.IsLineSpace(text[e - 1]))
            {
                e--;
            }

            if (s > lineStart)
            {
                w.Remove(lineStart, s - lineStart, RepairKind.Whitespace);
            }

            if (joinNumbers)
            {
                JoinSpacedNumbers(text, s, e, w);
            }

            if (e < lineEnd)
            {
                w.Remove(e, lineEnd - e, RepairKind.Whitespace);
            }

            if (nl < 0)
            {
                break;
            }

            lineStart = nl + 1;
        }

        return w;
    }

    private static void JoinSpacedNumbers(string text, int start, int end, TextRewriter w)
    {
        for (int i = start + 1; i < end - 1; i++)
        {
            if (!Glyphs.IsLineSpace(text[i]) || !Glyphs.IsAsciiDigit(text[i - 1]))
            {
                continue;
            }

            int j = i;
            while (j < end && Glyphs.IsLineSpace(text[j]))
            {
                j++;
            }

            if (j - i <= 2 && j < end && (Glyphs.IsAsciiDigit(text[j]) || "%‰年月日".Contains(text[j])))
            {
                w.Remove(i, j - i, RepairKind.SpacedNumber);
            }

            i = j - 1;
        }
    }

    // Blank lines: none at the ends of the text, at most one in a row (the corpus convention for a paragraph break).
    private static TextRewriter CollapseBlankLines(string text)
    {
        var w = new TextRewriter(text);
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] != '\n')
            {
                int next = text.AsSpan(i).IndexOf('\n');
                if (next < 0)
                {
                    break;
                }

                i += next;
            }

            int j = i;
            while (j < text.Length && text[j] == '\n')
            {
                j++;
            }

            if (i == 0 || j == text.Length)
            {
                w.Remove(i, j - i, RepairKind.Whitespace);
            }
            else if (j - i > 2)
            {
                w.Remove(i + 2, j - i - 2, RepairKind.Whitespace);
            }

            i = j;
        }

        return w;
    }

    private static TextRewriter MarkRanges(string text, bool mark, bool fullWidth)
    {
        var w = new TextRewriter(text);
        for (int i = 0; i < text.Length; i++)
        {
            int next = text.AsSpan(i).IndexOfAny(Dashes);
            if (next < 0)
            {
                break;
            }

            i += next;
            char c = text[i];

            int j = i + 1;
            while (j < text.Length && j - i < 2 && text[j] == c)
            {
                j++;
            }

            bool between = i > 0 && j < text.Length && (Glyphs.IsAsciiDigit(text[i - 1]) || "%‰年月日万亿倍".Contains(text[i - 1])) &&
                           Glyphs.IsAsciiDigit(text[j]);
            if (mark && between && !(c == '~' && j == i + 1))
            {
                w.Replace(i, j - i, "~", RepairKind.RangeSeparator);
            }
            else if (fullWidth && c is '－' or '～')
            {
                for (int k = i; k < j; k++)
                {
                    w.Replace(k, c == '－' ? '-' : '~', RepairKind.FullWidth);
                }
            }

            i = j - 1;
        }

        return w;
    }

    /// <summary>Runs steps one after another, composing their maps and carrying their repairs back to the original.</summary>
    private sealed class Pipeline(string original)
    {
        private readonly List<(RepairKind Kind, int Start, int Length)> _repairs = [];
        private OffsetMap _map = OffsetMap.Identity(original.Length);
        private string _text = original;

        internal string Original { get; } = original;

        internal void Apply(Func<string, TextRewriter> step)
        {
            (string text, OffsetMap map, List<TextRepair> repairs) = step(_text).Finish();
            if (repairs.Count == 0)
            {
                return;
            }

            foreach (TextRepair r in repairs)
            {
                (int start, int length) = _map.ToOriginal(r.OriginalStart, r.OriginalLength);
                _repairs.Add((r.Kind, start, length));
            }

            _map = _map.Then(map);
            _text = text;
        }

        internal NormalizedText Result()
        {
            var repairs = new TextRepair[_repairs.Count];
            for (int i = 0; i < repairs.Length; i++)
            {
                (RepairKind kind, int start, int length) = _repairs[i];
                (int ns, int nl) = _map.ToNormalized(start, length);
                repairs[i] = new TextRepair(kind, start, length, ns, nl);
            }

            TextRepair[] sorted = TextRepair.Sorted(repairs, (x, y) => x.OriginalStart != y.OriginalStart ? x.OriginalStart.CompareTo(y.OriginalStart) : x.Kind.CompareTo(y.Kind));
            return new NormalizedText(Original, _text, _map, sorted);
        }
    }
}
