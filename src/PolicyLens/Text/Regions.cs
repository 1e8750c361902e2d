// The official names of China's provincial- and prefecture-level divisions (GB/T 2260, embedded as Data/regions.tsv):
// a report's region is written the official way (广西壮族自治区, 驻马店市) whatever short form its text uses.
using System.Reflection;

namespace PolicyLens.Text;

/// <summary>
/// Looks up official region names: the level of a name (北京市 is provincial), the official form of a short one
/// (驻马店 → 驻马店市, 广西 → 广西壮族自治区), and the division a text names most often.
/// </summary>
internal static class Regions
{
    // Short forms drop the type of division; an ethnic autonomous region or prefecture drops the people's name too.
    private static readonly string[] Suffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "盟"];

    // A short form must be at least this long to be counted in running text (two characters: 吉林, 海南).
    private const int MinShortName = 2;

    // A text names its own region at least this often before the name is taken from the body alone.
    private const int MinMentions = 3;

    private static readonly Lazy<(Dictionary<string, GovernmentLevel> Levels, List<(string Short, string Official, GovernmentLevel Level)> Short, Dictionary<string, string> Provinces)> Table = new(Load);

    /// <summary>The level of an official name (北京市 → provincial, 驻马店市 → municipal), or Unknown.</summary>
    internal static GovernmentLevel LevelOf(string official) =>
        Table.Value.Levels.TryGetValue(official, out GovernmentLevel level) ? level : GovernmentLevel.Unknown;

    /// <summary>The official form of <paramref name="name"/> (itself when it is official; 驻马店 → 驻马店市), or null when it is none.</summary>
    internal static string? Official(string name)
    {
        if (Table.Value.Levels.ContainsKey(name))
        {
            return name;
        }

        foreach ((string shortName, string official, _) in Table.Value.Short)
        {
            if (shortName == name)
            {
                return official;
            }
        }

        return null;
    }

    /// <summary>
    /// The short names of a division and of the province it lies in, as running text writes them (驻马店市 or 驻马店 →
    /// 驻马店, 河南; 广东省 → 广东); empty when the name is no division.
    /// </summary>
    internal static IEnumerable<string> ShortNamesAround(string name)
    {
        if (Official(name) is not { } official)
        {
            yield break;
        }

        string? province = Table.Value.Provinces.GetValueOrDefault(official);
        foreach ((string shortName, string o, _) in Table.Value.Short)
        {
            if (o == official || o == province)
            {
                yield return shortName;
            }
        }
    }

    /// <summary>The short names of every division (河北, 驻马店, 广西), as running text writes them.</summary>
    internal static IEnumerable<string> ShortNames() => Table.Value.Short.Select(s => s.Short);

    /// <summary>The same short names as a set, built once, for the finders that test a word at every token.</summary>
    internal static System.Collections.Frozen.FrozenSet<string> ShortNameSet => ShortNameSetOnce.Value;

    private static readonly Lazy<System.Collections.Frozen.FrozenSet<string>> ShortNameSetOnce =
        new(() => System.Collections.Frozen.FrozenSet.ToFrozenSet(ShortNames(), StringComparer.Ordinal));

    /// <summary>The division of <paramref name="level"/> whose short name <paramref name="text"/> uses most (at least three times), or null.</summary>
    internal static string? MostMentioned(string text, GovernmentLevel level)
    {
        string? best = null;
        int bestCount = MinMentions - 1;
        foreach ((string shortName, string official, GovernmentLevel l) in Table.Value.Short)
        {
            if (l != level)
            {
                continue;
            }

            int count = 0;
            for (int i = text.IndexOf(shortName, StringComparison.Ordinal); i >= 0; i = text.IndexOf(shortName, i + shortName.Length, StringComparison.Ordinal))
            {
                count++;
            }

            if (count > bestCount)
            {
                (best, bestCount) = (official, count);
            }
        }

        return best;
    }

    private static (Dictionary<string, GovernmentLevel>, List<(string, string, GovernmentLevel)>, Dictionary<string, string>) Load()
    {
        const string name = "PolicyLens.Text.regions.tsv";
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {typeof(Regions).Assembly.GetName().Name}; rebuild PolicyLens.");
        using var reader = new StreamReader(stream);
        var levels = new Dictionary<string, GovernmentLevel>(StringComparer.Ordinal);
        var shortNames = new List<(string, string, GovernmentLevel)>();
        var provinces = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            string[] f = line.Split('\t');
            if (line.StartsWith('#') || f.Length < 3 || f[0] == "level")
            {
                continue;
            }

            GovernmentLevel level = f[0] == "provincial" ? GovernmentLevel.Provincial : GovernmentLevel.Municipal;
            levels[f[1]] = level;
            provinces[f[1]] = f[2];
            string shortName = f[1];
            foreach (string suffix in Suffixes)
            {
                if (shortName.EndsWith(suffix, StringComparison.Ordinal) && shortName.Length - suffix.Length >= MinShortName)
                {
                    shortName = shortName[..^suffix.Length];
                    break;
                }
            }

            shortNames.Add((shortName, f[1], level));
        }

        return (levels, shortNames, provinces);
    }
}
