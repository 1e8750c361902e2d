using System.Text;
using PolicyLens.Analysis;
using PolicyLens.Text;

namespace PolicyLens.Export.Report;

/// <summary>
/// The contexts behind the report's table rows: a few mentions of each item (in one group, or over the corpus), taken
/// from the mentions table in document order, and, when the corpus is at hand, the words around each mention read back
/// from the source (keyword in context).
/// </summary>
/// <remarks>
/// The mentions table holds source offsets, not text, so the corpus is re-read: the source offset minus the document's
/// <see cref="Document.SourceOffset"/> indexes into <see cref="Document.OriginalText"/>. Only the documents holding a
/// wanted mention are kept, one at a time, and reading stops once all of them have been seen.
/// </remarks>
internal sealed class KeywordInContext
{
    private readonly Dictionary<ContextKey, List<Context>> _contexts;

    private KeywordInContext(Dictionary<ContextKey, List<Context>> contexts) => _contexts = contexts;

    /// <summary>Contexts with their words read from the corpus.</summary>
    public int Located { get; private set; }

    /// <summary>Contexts whose document was not found in the corpus, or whose offsets fell outside it.</summary>
    public int NotLocated { get; private set; }

    /// <summary>Whether the corpus was re-read.</summary>
    public bool HasCorpus { get; private set; }

    /// <summary>The contexts of <paramref name="key"/>, in document order.</summary>
    public IReadOnlyList<Context> this[ContextKey key] => _contexts.TryGetValue(key, out List<Context>? list) ? list : [];

    /// <summary>Collects up to <see cref="ReportOptions.ContextsPerItem"/> contexts for each key.</summary>
    public static KeywordInContext Collect(string directory, IEnumerable<ContextKey> keys, ReportOptions options)
    {
        var contexts = keys.Distinct().ToDictionary(k => k, _ => new List<Context>());
        int per = Math.Max(1, options.ContextsPerItem);
        foreach (TableRecord row in TableReader.ReadFolder(directory, AnalysisTables.Mentions.Schema))
        {
            var item = new ItemKey(row.Text("kind"), row.Text("canonical"));
            string groupLabel = row.Text("group");
            Context? context = null;
            if (contexts.TryGetValue(new ContextKey(groupLabel, item), out List<Context>? inGroup) && inGroup.Count < per)
            {
                context = Make();
                inGroup.Add(context);
            }

            // Over the corpus: one context per group, so the lines show the item's use across time.
            if (contexts.TryGetValue(new ContextKey(null, item), out List<Context>? overall) && overall.Count < per && !overall.Any(c => c.Group == groupLabel))
            {
                overall.Add(context ?? Make());
            }

            Context Make() => new(row.Text("doc"), groupLabel, row.Integer("start") ?? 0, row.Integer("end") ?? 0, row.Text("surface"));
        }

        var kwic = new KeywordInContext(contexts);
        if (options.CorpusPath is not null)
        {
            kwic.ReadCorpus(options.CorpusPath, options.Corpus, Math.Max(0, options.ContextWidth));
        }

        return kwic;
    }

    private void ReadCorpus(string corpus, CorpusOptions options, int width)
    {
        HasCorpus = true;
        Dictionary<string, List<Context>> wanted = _contexts.Values.SelectMany(l => l).Distinct().GroupBy(c => c.Document).ToDictionary(g => g.Key, g => g.ToList());
        int total = wanted.Values.Sum(l => l.Count);
        foreach (Document document in new CorpusReader(options).Read(corpus))
        {
            if (wanted.Remove(document.Id, out List<Context>? here))
            {
                foreach (Context c in here)
                {
                    long from = c.Start - document.SourceOffset, to = c.End - document.SourceOffset;
                    if (from < 0 || to < from || to > document.OriginalText.Length)
                    {
                        continue;
                    }

                    string text = document.OriginalText;
                    c.Left = OneLine(text[(int)Math.Max(0, from - width)..(int)from]);
                    c.Keyword = OneLine(text[(int)from..(int)to]);
                    c.Right = OneLine(text[(int)to..(int)Math.Min(text.Length, to + width)]);
                    Located++;
                }
            }

            if (wanted.Count == 0)
            {
                break;
            }
        }

        NotLocated = total - Located;
    }

    // A context is shown on one line: line breaks and runs of spaces in the source become one space.
    private static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                space = true;
                continue;
            }

            if (space && line.Length > 0)
            {
                line.Append(' ');
            }

            space = false;
            line.Append(c);
        }

        return line.ToString();
    }

    /// <summary>Whose contexts: an item in one group, or (group null) over the corpus.</summary>
    internal readonly record struct ContextKey(string? Group, ItemKey Item);

    /// <summary>One mention: where it is and, once the corpus is read, its words and those around it.</summary>
    internal sealed class Context(string document, string group, long start, long end, string surface)
    {
        public string Document { get; } = document;

        public string Group { get; } = group;

        public long Start { get; } = start;

        public long End { get; } = end;

        public string Surface { get; } = surface;

        public string? Left { get; set; }

        public string? Keyword { get; set; }

        public string? Right { get; set; }
    }
}
