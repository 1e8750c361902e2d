// The county-level divisions of China (districts, counties, county-level cities, banners: GB/T 2260, embedded as
// Data/counties.tsv), for the finders that read a district's or county's name in running text (健康光明, 平安坪山), and for
// Regions, which places a district's or county's report in its city and province (海拉尔区 → 呼伦贝尔市, 内蒙古自治区).
using System.Collections.Frozen;
using System.Reflection;

namespace PolicyLens.Text;

/// <summary>The short names of county-level divisions (光明区 → 光明) and the full names each stands for.</summary>
internal static class Counties
{
    private static readonly Lazy<(FrozenDictionary<string, string[]> FullNames, int Longest, FrozenDictionary<string, (string City, string Province)[]> Above)> Table = new(Load);

    /// <summary>
    /// The city and province of each division whose full name is <paramref name="fullName"/> (海拉尔区 → 呼伦贝尔市,
    /// 内蒙古自治区; 南山区 → 深圳市 and 鹤岗市; a district of a municipality → the municipality twice), or empty.
    /// </summary>
    internal static IReadOnlyList<(string City, string Province)> Above(string fullName) =>
        Table.Value.Above.TryGetValue(fullName, out (string, string)[]? above) ? above : [];

    /// <summary>The full names of the divisions whose short name is <paramref name="shortName"/> (朝阳 → 朝阳区, 朝阳县), or empty.</summary>
    internal static IReadOnlyList<string> FullNames(string shortName) =>
        Table.Value.FullNames.TryGetValue(shortName, out string[]? names) ? names : [];

    /// <summary>Every short name (光明, 福田, 长阳), each of two characters or more and shorter than its full name.</summary>
    internal static IEnumerable<string> ShortNames() => Table.Value.FullNames.Keys;

    /// <summary>The short name running text writes for the full name <paramref name="fullName"/> (罗湖区 → 罗湖), or null.</summary>
    internal static string? ShortNameOf(string fullName) => ShortNameOfFullName.Value.GetValueOrDefault(fullName);

    private static readonly Lazy<FrozenDictionary<string, string>> ShortNameOfFullName = new(() => Table.Value.FullNames
        .SelectMany(p => p.Value.Select(full => (Full: full, Short: p.Key)))
        .GroupBy(p => p.Full, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Short, StringComparer.Ordinal));

    /// <summary>Every full name of a county-level division (光明区, 城区, 赵县), those with no short name too.</summary>
    internal static IEnumerable<string> AllFullNames() => Table.Value.Above.Keys;

    /// <summary>Whether <paramref name="name"/> is the full name of a county-level division (光明区, 长阳土家族自治县).</summary>
    internal static bool IsFullName(string name) => FullNameSet.Value.Contains(name);

    private static readonly Lazy<FrozenSet<string>> FullNameSet =
        new(() => Table.Value.FullNames.Values.SelectMany(n => n).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The length of the longest short name, in characters.</summary>
    internal static int LongestShortName => Table.Value.Longest;

    private static (FrozenDictionary<string, string[]>, int, FrozenDictionary<string, (string City, string Province)[]>) Load()
    {
        const string name = "PolicyLens.Text.counties.tsv";
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {typeof(Counties).Assembly.GetName().Name}; rebuild PolicyLens.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var above = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            string[] f = line.Split('\t');
            if (!line.StartsWith('#') && f.Length >= 4 && f[0] != "name")
            {
                if (!above.TryGetValue(f[0], out List<(string, string)>? places))
                {
                    above[f[0]] = places = [];
                }

                if (!places.Contains((f[2], f[3])))
                {
                    places.Add((f[2], f[3]));
                }
            }

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

        return (names.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), names.Keys.Max(k => k.Length),
            above.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }
}
