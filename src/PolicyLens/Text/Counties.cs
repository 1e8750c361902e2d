// The county-level divisions of China (districts, counties, county-level cities, banners: GB/T 2260, embedded as
// Data/counties.tsv), for the finders that read a district's or county's name in running text (健康光明, 平安坪山).
// Kept apart from Regions: a report's own region and level stay provincial or prefecture-level.
using System.Collections.Frozen;
using System.Reflection;

namespace PolicyLens.Text;

/// <summary>The short names of county-level divisions (光明区 → 光明) and the full names each stands for.</summary>
internal static class Counties
{
    private static readonly Lazy<(FrozenDictionary<string, string[]> FullNames, int Longest)> Table = new(Load);

    /// <summary>The full names of the divisions whose short name is <paramref name="shortName"/> (朝阳 → 朝阳区, 朝阳县), or empty.</summary>
    internal static IReadOnlyList<string> FullNames(string shortName) =>
        Table.Value.FullNames.TryGetValue(shortName, out string[]? names) ? names : [];

    /// <summary>Every short name (光明, 福田, 长阳), each of two characters or more and shorter than its full name.</summary>
    internal static IEnumerable<string> ShortNames() => Table.Value.FullNames.Keys;

    /// <summary>Whether <paramref name="name"/> is the full name of a county-level division (光明区, 长阳土家族自治县).</summary>
    internal static bool IsFullName(string name) => FullNameSet.Value.Contains(name);

    private static readonly Lazy<FrozenSet<string>> FullNameSet =
        new(() => Table.Value.FullNames.Values.SelectMany(n => n).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The length of the longest short name, in characters.</summary>
    internal static int LongestShortName => Table.Value.Longest;

    private static (FrozenDictionary<string, string[]>, int) Load()
    {
        const string name = "PolicyLens.Text.counties.tsv";
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {typeof(Counties).Assembly.GetName().Name}; rebuild PolicyLens.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            string[] f = line.Split('\t');
            // A name that keeps its type in the short form (城区, 矿区, 赵县) is never written without it: no short name.
            if (line.StartsWith('#') || f.Length < 4 || f[0] == "name" || f[1].Length < 2 || f[1] == f[0])
            {
                continue;
            }

            if (!names.TryGetValue(f[1], out List<string>? list))
            {
                names[f[1]] = list = [];
            }

            if (!list.Contains(f[0]))
            {
                list.Add(f[0]);
            }
        }

        return (names.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), names.Keys.Max(k => k.Length));
    }
}
