// The indicators the target extractor knows, as data (indicators.json and a user's own).
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// The indicators a <see cref="TargetExtractor"/> knows, as data: the built-in list (<c>indicators.json</c>, embedded) and
/// any that a user adds or overrides from a JSON file of the same shape:
/// <code>[ { "code": "export_growth", "subjects": ["进出口", "出口"], "verbs": ["增长"], "units": ["%"] } ]</code>
/// An optional <c>bare</c> list names subjects that count only standing alone or after a place (see <see cref="Indicator.Bare"/>).
/// </summary>
public sealed partial class IndicatorVocabulary
{
    private static readonly Lazy<IndicatorVocabulary> BuiltIn = new(LoadBuiltIn);

    private IndicatorVocabulary(IReadOnlyList<Indicator> indicators)
    {
        Indicators = indicators;
    }

    /// <summary>
    /// The built-in vocabulary: GDP, GNP, CPI, retail prices, new urban jobs, unemployment, deficit, fiscal revenue, investment, retail sales,
    /// industry and services, energy and carbon intensity, grain output and area, R&amp;D intensity and spending, incomes, urbanisation,
    /// forest cover, air quality, PM2.5, trade, foreign investment, housing, high-tech firms, training, rural roads, renewables.
    /// </summary>
    public static IndicatorVocabulary Default => BuiltIn.Value;

    /// <summary>The indicators, in the order they were given.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>A vocabulary of exactly <paramref name="indicators"/>.</summary>
    public static IndicatorVocabulary Create(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return new IndicatorVocabulary([.. indicators]);
    }

    /// <summary>Reads indicators from JSON (an array of <c>{code, subjects, verbs, units}</c>).</summary>
    /// <exception cref="InputException">The JSON is malformed or an entry lacks a code or subjects; the message says which.</exception>
    public static IndicatorVocabulary FromJson(Stream json, string sourceName = "indicators")
    {
        ArgumentNullException.ThrowIfNull(json);
        Entry[]? entries;
        try
        {
            entries = JsonSerializer.Deserialize(json, IndicatorEntryJson.Default.EntryArray);
        }
        catch (JsonException e)
        {
            throw new InputException(sourceName, $"not a JSON array of indicators (line {e.LineNumber + 1}): {e.Message}", innerException: e);
        }

        var indicators = new List<Indicator>();
        for (int i = 0; i < (entries?.Length ?? 0); i++)
        {
            Entry entry = entries![i];
            if (string.IsNullOrWhiteSpace(entry.Code) || entry.Subjects is not { Length: > 0 })
            {
                throw new InputException(sourceName, $"indicator #{i + 1} needs a \"code\" and at least one of \"subjects\".");
            }

            if (new[] { entry.Subjects, entry.Verbs ?? [], entry.Units ?? [] }.SelectMany(words => words).Any(string.IsNullOrWhiteSpace))
            {
                throw new InputException(sourceName, $"indicator #{i + 1} (\"{entry.Code}\") has a null or empty word in \"subjects\", \"verbs\" or \"units\"; remove it.");
            }

            indicators.Add(new Indicator(entry.Code, entry.Subjects, entry.Verbs ?? [], entry.Units ?? []) { Bare = entry.Bare ?? [] });
        }

        return new IndicatorVocabulary(indicators);
    }

    /// <summary>Reads indicators from a JSON file.</summary>
    public static IndicatorVocabulary Load(string path)
    {
        using FileStream stream = PolicyLens.Text.TextFile.OpenRead(path);
        return FromJson(stream, path);
    }

    /// <summary>
    /// This vocabulary with <paramref name="extra"/> added; an extra indicator with a code already here replaces it.
    /// </summary>
    public IndicatorVocabulary With(IndicatorVocabulary extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        var codes = extra.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        return new IndicatorVocabulary([.. Indicators.Where(i => !codes.Contains(i.Code)), .. extra.Indicators]);
    }

    private static IndicatorVocabulary LoadBuiltIn()
    {
        const string name = "PolicyLens.Extraction.Targets.indicators.json";
        using Stream stream = typeof(IndicatorVocabulary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the PolicyLens assembly; rebuild the library.");
        return FromJson(stream, name);
    }

    private sealed record Entry(string? Code, string[]? Subjects, string[]? Verbs, string[]? Units, string[]? Bare);

    // Source-generated (compiled and precompiled with the assembly): the reflection-based serializer inspected the record and
    // built its converters (about 80 methods compiled, and emitted accessors) at every start of every command.
    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [JsonSerializable(typeof(Entry[]))]
    private sealed partial class IndicatorEntryJson : JsonSerializerContext;
}
