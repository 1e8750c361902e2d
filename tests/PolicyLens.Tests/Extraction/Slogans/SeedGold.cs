using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The hand-read gold list of the seed (seed-gold.tsv) and the scoring of extracted mentions against it.</summary>
public static class SeedGold
{
    public sealed record Item(IReadOnlySet<MentionKind> Kinds, string Canonical, int Count);

    public sealed record Score(int Gold, int Extracted, int Matched, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)
    {
        public double Recall => Matched / (double)Gold;

        public double Precision => Matched / (double)Extracted;
    }

    public static string GoldPath => Path.Combine(SharedData.RepositoryRoot, "tests", "PolicyLens.Tests", "Extraction", "Slogans", "seed-gold.tsv");

    public static IReadOnlyList<Item> Load()
    {
        var items = new List<Item>();
        foreach (string line in File.ReadAllLines(GoldPath))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            string[] f = line.Split('\t');
            var kinds = f[0].Split('|').Select(k => Enum.Parse<MentionKind>(k, ignoreCase: true)).ToHashSet();
            items.Add(new Item(kinds, f[1], int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)));
        }

        return items;
    }

    /// <summary>Matches mentions to gold items by normalised canonical form and an accepted kind, as multisets.</summary>
    public static Score Evaluate(IReadOnlyList<SloganMention> mentions, IReadOnlyList<Item> gold)
    {
        var remaining = gold.ToDictionary(g => Normalise(g.Canonical), g => (g.Kinds, Left: g.Count));
        var spurious = new List<string>();
        int matched = 0;
        foreach (SloganMention m in mentions)
        {
            // A programme built on a quoted label (文旅投资“双百”计划) answers an item coded as the label too (SloganMention.Label).
            string? key = new[] { m.Canonical, m.Label }.Where(k => k.Length > 0).Select(Normalise)
                .FirstOrDefault(k => remaining.TryGetValue(k, out var c) && c.Left > 0 && c.Kinds.Contains(m.Kind));
            if (key is not null && remaining[key] is var g)
            {
                remaining[key] = (g.Kinds, g.Left - 1);
                matched++;
            }
            else
            {
                spurious.Add($"{m.Kind}:{m.Canonical}");
            }
        }

        string[] missed = [.. remaining.Where(r => r.Value.Left > 0).Select(r => $"{r.Key}×{r.Value.Left}")];
        return new Score(gold.Sum(g => g.Count), mentions.Count, matched, missed, spurious);
    }

    // Quote marks, white space and the choice of 、 or ， between parts do not make a different formula.
    public static string Normalise(string s) =>
        string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '‘' or '’'))).Replace('，', '、');
}
