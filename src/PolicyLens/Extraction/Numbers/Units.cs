// The units a number may be followed by, read from units.json (embedded), with the ones a statement can measure in.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyLens.Extraction.Numbers;

/// <summary>
/// The units and measure words that may follow a number, each with its normalised name, kept as data in
/// <c>units.json</c>. Scale words (万, 亿) are read as part of the number, so <c>1100万人</c> is 11000000 of <c>人</c>;
/// <c>个百分点</c> is <c>pp</c>, kept apart from <c>%</c>.
/// </summary>
internal static partial class Units
{
    private const string ResourceName = "PolicyLens.Extraction.Numbers.units.json";

    // Longest first, so that 个百分点 wins over 个 and 千瓦时 over 千瓦. 分 (cent, minute, point) is read only after 元.
    private static readonly Entry[] Table = Load();

    // The table by the first character of the written form, each list in the table's order: Match was a comparison with
    // every entry at every place a number ends. (An empty written form, which the table does not have, matched as a
    // length of 0, which is no unit: it is left out.)
    // Built as GroupBy and ToDictionary built it (keys in the order they first occur, each list in the table's order), in
    // a loop: GroupBy was compiled by the JIT at every run (issue 14).
    private static readonly Dictionary<char, Entry[]> ByFirst = GroupByFirst();

    private static readonly HashSet<string> Counting = [.. Table.Where(e => e.Counts).Select(e => e.Unit)];

    private static readonly HashSet<string> DigitsOnly = [.. Table.Where(e => e.DigitsOnly).Select(e => e.Unit)];

    /// <summary>The length of the unit written at <paramref name="i"/> (0 when none), and its normalised name.</summary>
    internal static int Match(string text, int i, out string unit)
    {
        // Only the entries written with text[i] first can match; they keep the table's order (longest first).
        Entry[] candidates = i < text.Length && ByFirst.TryGetValue(text[i], out Entry[]? some) ? some : [];
        foreach (Entry entry in candidates)
        {
            string written = entry.Written;
            if (i + written.Length <= text.Length && text.AsSpan(i).StartsWith(written))
            {
                unit = entry.Unit;
                return written.Length;
            }
        }

        unit = string.Empty;
        return 0;
    }

    /// <summary>
    /// Whether a figure in <paramref name="unit"/> (normalised) measures something a statement can set or report: money,
    /// people, mass, area, energy and every measure word things are counted in; not years, months, days, ages or times.
    /// </summary>
    internal static bool IsMeasure(string unit) => Counting.Contains(unit);

    /// <summary>Whether <paramref name="unit"/> is a measure word that counts only after Arabic digits (<c>200个</c>, not <c>一批</c>).</summary>
    internal static bool NeedsDigits(string unit) => DigitsOnly.Contains(unit);

    private static Dictionary<char, Entry[]> GroupByFirst()
    {
        var groups = new Dictionary<char, List<Entry>>();
        foreach (Entry entry in Table)
        {
            if (entry.Written.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(entry.Written[0], out List<Entry>? group))
            {
                groups[entry.Written[0]] = group = [];
            }

            group.Add(entry);
        }

        var byFirst = new Dictionary<char, Entry[]>(groups.Count);
        foreach ((char first, List<Entry> group) in groups)
        {
            byFirst[first] = [.. group];
        }

        return byFirst;
    }

    private static Entry[] Load()
    {
        using Stream stream = typeof(Units).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the PolicyLens assembly; rebuild the library.");
        Entry[] entries = JsonSerializer.Deserialize(stream, UnitEntryJson.Default.EntryArray) ?? [];
        Array.Sort(entries, (a, b) => b.Written.Length.CompareTo(a.Written.Length));
        return entries;
    }

    private sealed record Entry(string Written, string Unit, bool Counts, bool DigitsOnly);

    // Source-generated (compiled and precompiled with the assembly): the reflection-based serializer inspected the record and
    // built its converters (about 80 methods compiled, and emitted accessors) at every start of every command.
    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [JsonSerializable(typeof(Entry[]))]
    private sealed partial class UnitEntryJson : JsonSerializerContext;
}
