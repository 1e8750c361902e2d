namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Characters of classified sentences per theme and group: the additive summary behind theme shares and attention
/// entropy, so that threads and shards add up to exactly the shares of one run. Sentences classified
/// <see cref="ThemeClassifier.None"/> (procedural, ceremonial, closing) are not counted: shares and entropy are over
/// the policy themes only.
/// </summary>
public sealed class ThemeCounts(IReadOnlyList<string> themes)
{
    private readonly Dictionary<GroupKey, long[]> _characters = [];

    /// <summary>The themes, in the classifier's order.</summary>
    public IReadOnlyList<string> Themes { get; } = themes ?? throw new ArgumentNullException(nameof(themes));

    /// <summary>Counts the classified sentences of one document in <paramref name="group"/>.</summary>
    public void Add(GroupKey group, IEnumerable<ClassifiedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        long[] counts = Counts(group);
        foreach (ClassifiedSentence sentence in sentences)
        {
            if (sentence.Theme == ThemeClassifier.None)
            {
                continue;
            }

            int theme = IndexOf(sentence.Theme);
            counts[theme] += sentence.Characters;
        }
    }

    /// <summary>Counts the classified sentences of one document in <paramref name="group"/> (rows of the sentences table).</summary>
    public void Add(GroupKey group, IEnumerable<SentenceTheme> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        long[] counts = Counts(group);
        foreach (SentenceTheme sentence in sentences)
        {
            if (sentence.Theme != ThemeClassifier.None)
            {
                counts[IndexOf(sentence.Theme)] += sentence.Characters;
            }
        }
    }

    /// <summary>Adds characters of one theme in a group, as read back from a partial export.</summary>
    public void Add(GroupKey group, string theme, long characters) => Counts(group)[IndexOf(theme)] += characters;

    /// <summary>Per group and theme: characters and their share of the group's classified characters, groups in order.</summary>
    public IEnumerable<(GroupKey Group, string Theme, long Characters, double Share)> Shares()
    {
        foreach (GroupKey group in _characters.Keys.Order())
        {
            long[] counts = _characters[group];
            double total = counts.Sum();
            for (int t = 0; t < counts.Length; t++)
            {
                yield return (group, Themes[t], counts[t], total > 0 ? counts[t] / total : 0);
            }
        }
    }

    /// <summary>Per group, the Shannon entropy of attention across themes (nats, and divided by ln of the number of themes).</summary>
    public IEnumerable<(GroupKey Group, AttentionEntropy Entropy)> Entropies()
    {
        foreach (GroupKey group in _characters.Keys.Order())
        {
            yield return (group, AttentionEntropy.Of(group.Label, _characters[group].Select(c => (double)c), Themes.Count));
        }
    }

    private long[] Counts(GroupKey group)
    {
        if (!_characters.TryGetValue(group, out long[]? counts))
        {
            counts = new long[Themes.Count];
            _characters[group] = counts;
        }

        return counts;
    }

    private int IndexOf(string theme)
    {
        for (int i = 0; i < Themes.Count; i++)
        {
            if (Themes[i] == theme)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{theme}' is not one of the classifier's themes.", nameof(theme));
    }
}
