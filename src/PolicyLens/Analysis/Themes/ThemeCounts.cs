// The one measure of attention to policy themes: characters of classified sentences per group and theme, and the
// shares and entropy computed from them (the `themes` and `entropy` tables of analyze and of the themes command).
using PolicyLens.Text;

namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Attention to policy themes per group: the characters of every classified sentence added to its theme within the
/// document's group, and from those additive counts each group's theme shares (the <c>themes</c> table) and the Shannon
/// entropy of the shares (the <c>entropy</c> table). Counts from threads and shards add up to exactly the shares of
/// one run. <c>policylens analyze</c> and <c>policylens themes</c> both measure with this type, grouped by
/// <see cref="DocumentGrouping"/>, so their tables are the same.
/// Sentences classified <see cref="ThemeClassifier.None"/> (procedural, ceremonial, closing) are not counted: shares
/// and entropy are over the policy themes only.
/// </summary>
/// <example>
/// <code>
/// ThemeCounts attention = ThemeCounts.Measure(new CorpusReader().Read("corpus/gwr"), GroupBy.Year);
/// foreach (ThemeShare row in attention.Shares()) Console.WriteLine($"{row.Group} {row.Theme} {row.Share:P1}");
/// </code>
/// </example>
public sealed class ThemeCounts(IReadOnlyList<string> themes)
{
    private readonly Dictionary<GroupKey, long[]> _characters = [];

    /// <summary>The themes, in the classifier's order.</summary>
    public IReadOnlyList<string> Themes { get; } = themes ?? throw new ArgumentNullException(nameof(themes));

    /// <summary>Classifies every sentence of <paramref name="documents"/> and counts it in the document's group under <paramref name="groupBy"/>.</summary>
    /// <param name="documents">The documents, as the Text stage reads them.</param>
    /// <param name="groupBy">How documents are grouped (<see cref="DocumentGrouping.GroupOf"/>, as in <c>analyze</c>).</param>
    /// <param name="classifier">The classifier; <see cref="ThemeClassifier.Default"/> when null.</param>
    public static ThemeCounts Measure(IEnumerable<Document> documents, GroupBy groupBy, ThemeClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        classifier ??= ThemeClassifier.Default;
        var counts = new ThemeCounts(classifier.Themes);
        foreach (Document document in documents)
        {
            counts.Add(DocumentGrouping.GroupOf(document, groupBy), classifier.ClassifyText(document.Text));
        }

        return counts;
    }

    /// <summary>
    /// Classifies every sentence of <paramref name="texts"/>, each with a group label of your own (no time); texts with the
    /// same label are pooled (all reports of a year).
    /// </summary>
    public static ThemeCounts Measure(IEnumerable<(string Group, string Text)> texts, ThemeClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        classifier ??= ThemeClassifier.Default;
        var counts = new ThemeCounts(classifier.Themes);
        foreach ((string group, string text) in texts)
        {
            ArgumentNullException.ThrowIfNull(group);
            ArgumentNullException.ThrowIfNull(text);
            counts.Add(new GroupKey(group, null), classifier.ClassifyText(text));
        }

        return counts;
    }

    /// <summary>Counts the classified sentences of one document in <paramref name="group"/>.</summary>
    public void Add(GroupKey group, IEnumerable<ClassifiedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (Themes.Count == 0)
        {
            return;
        }

        long[] counts = Counts(group);
        foreach (ClassifiedSentence s in sentences)
        {
            Add(counts, s.Theme, s.Characters);
        }
    }

    /// <summary>Counts the classified sentences of one document in <paramref name="group"/> (rows of the sentences table).</summary>
    public void Add(GroupKey group, IEnumerable<SentenceTheme> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        // Loops, not Select into (theme, characters) pairs: LINQ over those tuples was compiled by the JIT at every run
        // (issue 14, start-up code).
        if (Themes.Count == 0)
        {
            // Without a classifier there is nothing to count: no group gets a row (an entropy of 0 would be a claim).
            return;
        }

        long[] counts = Counts(group);
        foreach (SentenceTheme s in sentences)
        {
            Add(counts, s.Theme, s.Characters);
        }
    }

    private void Add(long[] counts, string theme, int characters)
    {
        // Procedural sentences have no policy theme: they are in no share and in no entropy.
        if (theme != ThemeClassifier.None)
        {
            counts[IndexOf(theme)] += characters;
        }
    }

    /// <summary>Adds characters of one theme in a group, as read back from a partial export.</summary>
    public void Add(GroupKey group, string theme, long characters) => Counts(group)[IndexOf(theme)] += characters;

    /// <summary>
    /// One row per group and theme, groups in time order then by label, themes in the classifier's order; themes a group
    /// never mentions are there with 0, so that every group has the same rows.
    /// </summary>
    public IEnumerable<ThemeShare> Shares()
    {
        foreach (GroupKey group in _characters.Keys.Order())
        {
            long[] counts = _characters[group];
            long sum = 0;
            foreach (long c in counts)
            {
                sum = checked(sum + c); // a loop, not Enumerable.Sum (generic code the JIT compiled at start-up for this alone)
            }

            double total = sum;
            for (int t = 0; t < counts.Length; t++)
            {
                yield return new ThemeShare(group.Label, Themes[t], counts[t], total > 0 ? counts[t] / total : 0) { GroupTime = group.Time };
            }
        }
    }

    /// <summary>Per group, the Shannon entropy of attention across all the themes (nats, and divided by ln of the number of themes).</summary>
    public IEnumerable<AttentionEntropy> Entropies()
    {
        foreach (GroupKey group in _characters.Keys.Order())
        {
            yield return AttentionEntropy.Of(group.Label, AsDoubles(_characters[group]), Themes.Count) with { GroupTime = group.Time };
        }
    }

    // The counts as amounts (a loop, not Select over long and double).
    private static double[] AsDoubles(long[] counts)
    {
        var amounts = new double[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            amounts[i] = counts[i];
        }

        return amounts;
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
