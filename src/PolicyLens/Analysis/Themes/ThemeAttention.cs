namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Attention to policy themes per group: every sentence of every document is classified, its characters are added
/// to its theme within the document's group, and each group gets its theme shares (the <c>themes</c> table) and the
/// Shannon entropy of those shares (the entropy table). Sentences classified <see cref="ThemeClassifier.None"/>
/// (procedural, ceremonial and closing ones) are left out of both.
/// </summary>
/// <example>
/// <code>
/// var attention = ThemeAttention.Measure(reports.Select(r => (r.Year.ToString(), r.Text)));
/// foreach (ThemeShare row in attention.Shares) Console.WriteLine($"{row.Group} {row.Theme} {row.Share:P1}");
/// </code>
/// </example>
public sealed class ThemeAttention
{
    private ThemeAttention(IReadOnlyList<ThemeShare> shares, IReadOnlyList<AttentionEntropy> entropies)
    {
        Shares = shares;
        Entropies = entropies;
    }

    /// <summary>
    /// One row per group and theme the classifier knows, in group order (as first seen) and the classifier's theme
    /// order; themes a group never mentions are there with 0, so that every group has the same rows.
    /// </summary>
    public IReadOnlyList<ThemeShare> Shares { get; }

    /// <summary>One row per group, in group order: the entropy of its theme shares over all the classifier's themes.</summary>
    public IReadOnlyList<AttentionEntropy> Entropies { get; }

    /// <summary>
    /// Measures attention in <paramref name="documents"/>, each a group key and a text; documents with the same key are
    /// pooled (all reports of a year, all speeches of a session).
    /// </summary>
    /// <param name="documents">The texts and the group each belongs to.</param>
    /// <param name="classifier">The classifier; <see cref="ThemeClassifier.Default"/> when null.</param>
    public static ThemeAttention Measure(IEnumerable<(string Group, string Text)> documents, ThemeClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        classifier ??= ThemeClassifier.Default;
        var themeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < classifier.Themes.Count; i++)
        {
            themeIndex[classifier.Themes[i]] = i;
        }

        var groups = new List<string>();
        var characters = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach ((string group, string text) in documents)
        {
            ArgumentNullException.ThrowIfNull(group);
            ArgumentNullException.ThrowIfNull(text);
            if (!characters.TryGetValue(group, out long[]? counts))
            {
                counts = new long[classifier.Themes.Count];
                characters[group] = counts;
                groups.Add(group);
            }

            foreach (ClassifiedSentence sentence in classifier.ClassifyText(text))
            {
                // Procedural sentences have no policy theme: they are in no share and in no entropy.
                if (sentence.Theme == ThemeClassifier.None)
                {
                    continue;
                }

                counts[themeIndex[sentence.Theme]] += sentence.Characters;
            }
        }

        var shares = new List<ThemeShare>();
        var entropies = new List<AttentionEntropy>();
        foreach (string group in groups)
        {
            long[] counts = characters[group];
            double total = counts.Sum();
            for (int t = 0; t < counts.Length; t++)
            {
                shares.Add(new ThemeShare(group, classifier.Themes[t], counts[t], total > 0 ? counts[t] / total : 0));
            }

            entropies.Add(AttentionEntropy.Of(group, counts.Select(c => (double)c), counts.Length));
        }

        return new ThemeAttention(shares, entropies);
    }
}
