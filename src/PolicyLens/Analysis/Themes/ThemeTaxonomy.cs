using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// The policy themes PolicyLens measures attention to, with their seed words, as data: the built-in taxonomy
/// (<c>themes.json</c>, embedded; 19 themes in the spirit of the Comparative Agendas Project, adapted to Chinese
/// official texts) and any a user writes in a JSON file of the same shape:
/// <code>[ { "code": "housing", "name": "住房", "english": "Housing", "seeds": ["住房", "房地产", "保障房"] } ]</code>
/// </summary>
public sealed partial class ThemeTaxonomy
{
    private const string ResourceName = "PolicyLens.Analysis.Themes.themes.json";

    private static readonly Lazy<ThemeTaxonomy> BuiltIn = new(LoadBuiltIn);

    private readonly Dictionary<string, int> _indexOfCode;
    private readonly Lazy<SeedMatcher> _matcher;

    private ThemeTaxonomy(IReadOnlyList<PolicyTheme> themes, string sourceName)
    {
        _indexOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var ownerOfSeed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < themes.Count; i++)
        {
            PolicyTheme theme = themes[i];
            if (!_indexOfCode.TryAdd(theme.Code, i))
            {
                throw new InputException(sourceName, $"the theme code \"{theme.Code}\" appears twice.");
            }

            foreach (string seed in theme.Seeds)
            {
                if (string.IsNullOrWhiteSpace(seed))
                {
                    throw new InputException(sourceName, $"theme \"{theme.Code}\" has an empty seed.");
                }

                // One seed, one theme: otherwise which theme a sentence gets would depend on the order of the file.
                if (ownerOfSeed.TryGetValue(seed, out string? owner) && owner != theme.Code)
                {
                    throw new InputException(sourceName, $"the seed \"{seed}\" belongs to both \"{owner}\" and \"{theme.Code}\"; keep it in one.");
                }

                ownerOfSeed[seed] = theme.Code;
            }
        }

        Themes = themes;
        _matcher = new Lazy<SeedMatcher>(() => new SeedMatcher(Themes));
    }

    /// <summary>The built-in taxonomy: 19 themes from macroeconomy to national unity, with about 700 seed words.</summary>
    public static ThemeTaxonomy Default => BuiltIn.Value;

    /// <summary>The themes, in the order they were given.</summary>
    public IReadOnlyList<PolicyTheme> Themes { get; }

    internal SeedMatcher Matcher => _matcher.Value;

    /// <summary>A taxonomy of exactly <paramref name="themes"/>.</summary>
    /// <exception cref="InputException">Two themes share a code or a seed.</exception>
    public static ThemeTaxonomy Create(IEnumerable<PolicyTheme> themes)
    {
        ArgumentNullException.ThrowIfNull(themes);
        return new ThemeTaxonomy([.. themes], "themes");
    }

    /// <summary>Reads a taxonomy from JSON: an array of <c>{code, name, english, seeds}</c>; <c>//</c> comments are allowed.</summary>
    /// <exception cref="InputException">The JSON is malformed, an entry lacks a code or seeds, or two themes share a code or a seed; the message says which.</exception>
    public static ThemeTaxonomy FromJson(Stream json, string sourceName = "themes")
    {
        ArgumentNullException.ThrowIfNull(json);
        Entry[]? entries;
        try
        {
            entries = JsonSerializer.Deserialize(json, ThemeEntryJson.Default.EntryArray);
        }
        catch (JsonException e)
        {
            throw new InputException(sourceName, $"not a JSON array of themes (line {e.LineNumber + 1}): {e.Message}", innerException: e);
        }

        var themes = new List<PolicyTheme>();
        for (int i = 0; i < (entries?.Length ?? 0); i++)
        {
            Entry entry = entries![i];
            if (string.IsNullOrWhiteSpace(entry.Code) || entry.Seeds is not { Length: > 0 })
            {
                throw new InputException(sourceName, $"theme #{i + 1} needs a \"code\" and at least one of \"seeds\".");
            }

            themes.Add(new PolicyTheme(entry.Code, entry.Name ?? entry.Code, entry.English ?? entry.Code, [.. entry.Seeds.Distinct(StringComparer.Ordinal)]));
        }

        return new ThemeTaxonomy(themes, sourceName);
    }

    /// <summary>Reads a taxonomy from a JSON file (see <see cref="FromJson"/>).</summary>
    public static ThemeTaxonomy Load(string path)
    {
        using FileStream stream = PolicyLens.Text.TextFile.OpenRead(path);
        return FromJson(stream, path);
    }

    /// <summary>
    /// This taxonomy with <paramref name="extra"/> added; a theme with a code already here replaces it (so a user file
    /// can redefine <c>agriculture</c>'s seeds and keep the rest).
    /// </summary>
    public ThemeTaxonomy With(ThemeTaxonomy extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var codes = extra.Themes.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        return new ThemeTaxonomy([.. Themes.Where(t => !codes.Contains(t.Code)), .. extra.Themes], "themes");
    }

    /// <summary>The theme with code <paramref name="code"/>, or null.</summary>
    public PolicyTheme? Find(string code) => _indexOfCode.TryGetValue(code, out int i) ? Themes[i] : null;

    /// <summary>
    /// The code of the theme whose seeds occur in <paramref name="sentence"/> more often than any other theme's, or null
    /// when none occurs or two themes tie. This is how sentences are labelled for training the classifier.
    /// </summary>
    /// <example><c>ThemeTaxonomy.Default.SeedTheme("粮食产量达到6.07亿吨")</c> is <c>agriculture</c>.</example>
    public string? SeedTheme(ReadOnlySpan<char> sentence)
    {
        int theme = Matcher.DominantTheme(sentence, Themes.Count);
        return theme < 0 ? null : Themes[theme].Code;
    }

    private static ThemeTaxonomy LoadBuiltIn()
    {
        using Stream stream = typeof(ThemeTaxonomy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the PolicyLens assembly; rebuild the library.");
        return FromJson(stream, ResourceName);
    }

    private sealed record Entry(string? Code, string? Name, string? English, string[]? Seeds);

    // Source-generated (compiled and precompiled with the assembly): the reflection-based serializer inspected the record and
    // built its converters (about 80 methods compiled, and emitted accessors) at every start of every command.
    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [JsonSerializable(typeof(Entry[]))]
    private sealed partial class ThemeEntryJson : JsonSerializerContext;
}
