// The traditional → simplified character fold, so that 1954's 社會主義 can be matched by 社会主义.
using System.Collections.Frozen;
using System.Reflection;

namespace PolicyLens.Text;

/// <summary>
/// Folds traditional Chinese characters to simplified ones, character for character, with OpenCC's character table
/// (shipped inside the assembly; see <c>Text/Data/ts-characters.tsv</c>). The fold never changes a length, so offsets
/// into a folded text are offsets into the text it came from.
/// </summary>
/// <remarks>
/// Character-level only: where one traditional character has several simplified readings (乾 → 干 or 乾) the first,
/// most common one is taken; OpenCC's phrase tables, which resolve such cases in context, are not used.
/// </remarks>
public static class VariantFold
{
    private static readonly Lazy<FrozenDictionary<char, char>> Table = new(Load);

    // The same table laid flat over every UTF-16 unit (128 KB and 64 KB): folding and counting run over every character
    // of every document (the slogan view, the shared tokens, the theme classifier), where a dictionary lookup per
    // character was the cost.
    private static readonly Lazy<(char[] Map, bool[] Folds)> Flat = new(() =>
    {
        var map = new char[char.MaxValue + 1];
        var folds = new bool[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            map[c] = (char)c;
        }

        foreach ((char from, char to) in Table.Value)
        {
            map[from] = to;
            folds[from] = true;
        }

        return (map, folds);
    });

    /// <summary>The number of traditional characters the table folds.</summary>
    public static int Count => Table.Value.Count;

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Fold(char c) => Flat.Value.Map[c];

    /// <summary>
    /// The text with every traditional character folded; the same length as <paramref name="text"/> (the same string when
    /// it has no character to fold).
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most texts are simplified throughout: a first pass finds the first character to fold, and a text without one is
        // returned as it is rather than copied (a document's copy is a large-object allocation, made by the theme stage and
        // by the document's token stream).
        bool[] folds = Flat.Value.Folds;
        int first = 0;
        while (first < text.Length && !folds[text[first]])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            char[] map = Flat.Value.Map;
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = map[source[i]];
            }
        });
    }

    /// <summary>Whether <paramref name="c"/> is a traditional form that the fold changes.</summary>
    public static bool IsTraditional(char c) => Flat.Value.Folds[c];

    /// <summary>The share of Han characters in <paramref name="text"/> that are traditional forms (0 when there are none).</summary>
    public static double TraditionalShare(ReadOnlySpan<char> text)
    {
        int han = 0, traditional = 0;
        bool[] folds = Flat.Value.Folds;
        foreach (char c in text)
        {
            if (Glyphs.IsHan(c))
            {
                han++;
                if (folds[c])
                {
                    traditional++;
                }
            }
        }

        return han == 0 ? 0 : (double)traditional / han;
    }

    private static FrozenDictionary<char, char> Load()
    {
        const string name = "PolicyLens.Text.ts-characters.tsv";
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {typeof(VariantFold).Assembly.GetName().Name}; rebuild PolicyLens.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 3 && line[1] == '\t')
            {
                table[line[0]] = line[2];
            }
        }

        return table.ToFrozenDictionary();
    }
}
