// The few sentences of each theme the classifier was surest of, kept while a corpus streams by: the theme_sentences table.
namespace PolicyLens.Analysis.Themes;

/// <summary>
/// Per theme, the number of sentences and the <see cref="Capacity"/> sentences with the highest probability, ties broken
/// by corpus order (the document's ordinal, then the sentence's index), so the result does not depend on the order in
/// which sentences are offered or on the number of threads. Memory is one short sorted list per theme. Used by
/// <c>analyze</c> (items are <see cref="SentenceTheme"/>s) and by <c>merge</c> (items are rows read from the shards).
/// Not thread-safe. Every generic type it uses is over reference types (entries are classes, themes are sorted as a
/// string array), so its code is the runtime's shared code and the JIT compiles nothing for it at start-up (issue 14).
/// </summary>
internal sealed class SurestSentences<T>(int capacity)
{
    private readonly Dictionary<string, Theme> _themes = new(StringComparer.Ordinal);
    private string? _lastName;
    private Theme? _last;

    /// <summary>The most sentences kept per theme.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>Adds <paramref name="sentences"/> to the count of <paramref name="theme"/>'s sentences.</summary>
    public void Count(string theme, long sentences) => Find(theme).Sentences += sentences;

    /// <summary>Whether <see cref="Offer"/> would keep a sentence with this probability and place (so that an item is made only then).</summary>
    public bool WouldKeep(string theme, double probability, long document, long sentence)
    {
        List<Entry> surest = Find(theme).Surest;
        return surest.Count < Capacity || Before(probability, document, sentence, surest[^1]);
    }

    /// <summary>Offers a sentence of <paramref name="theme"/>: kept when it is among the surest so far.</summary>
    public void Offer(string theme, double probability, long document, long sentence, T item)
    {
        List<Entry> surest = Find(theme).Surest;
        // Compared before an entry is made: most sentences are not kept.
        if (surest.Count == Capacity && !Before(probability, document, sentence, surest[^1]))
        {
            return;
        }

        var entry = new Entry(probability, document, sentence, item);

        int at = surest.Count;
        while (at > 0 && Before(entry, surest[at - 1]))
        {
            at--;
        }

        surest.Insert(at, entry);
        if (surest.Count > Capacity)
        {
            surest.RemoveAt(surest.Count - 1);
        }
    }

    /// <summary>Every theme in ordinal order of its code, with its count, each kept sentence with its rank from 1.</summary>
    public IEnumerable<Ranked> Rows()
    {
        string[] names = [.. _themes.Keys];
        Array.Sort(names, StringComparer.Ordinal);
        foreach (string name in names)
        {
            Theme theme = _themes[name];
            for (int i = 0; i < theme.Surest.Count; i++)
            {
                yield return new Ranked(name, theme.Sentences, i + 1, theme.Surest[i].Item);
            }
        }
    }

    // Higher probability first, then corpus order.
    private static bool Before(Entry a, Entry b) => Before(a.Probability, a.Document, a.Sentence, b);

    private static bool Before(double probability, long document, long sentence, Entry b) =>
        probability != b.Probability ? probability > b.Probability : document != b.Document ? document < b.Document : sentence < b.Sentence;

    // A document's sentences come in runs of one theme string: the last theme found is tried first.
    private Theme Find(string name)
    {
        if (ReferenceEquals(name, _lastName) && _last is not null)
        {
            return _last;
        }

        if (!_themes.TryGetValue(name, out Theme? theme))
        {
            theme = new Theme();
            _themes.Add(name, theme);
        }

        _lastName = name;
        _last = theme;
        return theme;
    }

    /// <summary>A kept sentence: its theme, the theme's count, its rank from 1, and the item offered.</summary>
    internal sealed record Ranked(string Theme, long Sentences, int Rank, T Item);

    private sealed record Entry(double Probability, long Document, long Sentence, T Item);

    private sealed class Theme
    {
        public long Sentences;
        public List<Entry> Surest { get; } = [];
    }
}
