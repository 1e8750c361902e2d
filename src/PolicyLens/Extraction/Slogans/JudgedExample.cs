// A judged mention ready to learn from or measure on: with the text the extractor reads it in, whether the extractor reports
// it now (as a user's extract reports the file), and the judged file that gave its verdict. Built from many judged files at
// once, one verdict per span.
namespace PolicyLens.Extraction.Slogans;

/// <summary>A <see cref="JudgedMention"/> with the text it stands in: one training or evaluation example of <see cref="MentionConfidenceTrainer"/>.</summary>
/// <param name="Mention">The judged mention, at its offsets in the file (its subtype filled from the extractor where the judged file had none).</param>
/// <param name="Text">The text the extractor reads the mention in: for an example <c>Load</c> makes, the normalised text of
/// the file's document (article) that holds it, as <c>policylens extract</c> reads the file; the mention stands at <see cref="Span"/>.</param>
/// <param name="Reported">Whether the extractor reports the judged item now (<see cref="SloganExtractor.ExtractFile"/>, the file
/// as extract reports it): at this span with this kind, or another finder's
/// mention taken as lexicon at the same span — unless the files read together also judge the lexicon mention at that span,
/// whose verdict then stands for the span (<see cref="ReportedMentions.CarryingVerdict"/>); the mentions a confidence threshold
/// acts on.</param>
/// <param name="JudgedIn">The file name of the judged file whose verdict it carries.</param>
public sealed record JudgedExample(JudgedMention Mention, string Text, bool Reported, string JudgedIn)
{
    private readonly Text.TextSpan? _span;

    /// <summary>
    /// Where the mention stands in <see cref="Text"/>: the judged file offsets mapped into the document's normalised text, so
    /// that training reads a mention's features where the extractor scores it (<see cref="MentionConfidence"/>); the judged
    /// offsets themselves unless set.
    /// </summary>
    public Text.TextSpan Span
    {
        get => _span ?? new Text.TextSpan(Mention.Start, Mention.End);
        init => _span = value;
    }

    /// <summary>
    /// Reads judged-mention files into examples, in text order. A span (text, offsets, kind) judged in several files keeps
    /// the verdict of the last file given (list a re-judgement after the file it re-judges). A mention whose file records no
    /// subtype takes the one the extractor reports at the same span, if it reports it.
    /// </summary>
    /// <param name="judgedFiles">The judged-mention files, in order of precedence (later wins).</param>
    /// <param name="readText">The text of a path as the judged files name it; throws (naming the path) where there is none, or
    /// returns null to leave that text's judged mentions out (a caller that reports what it skipped and measures the rest).</param>
    /// <param name="extractor">The extractor whose current output decides <see cref="Reported"/> and fills missing subtypes.</param>
    public static IReadOnlyList<JudgedExample> Load(IEnumerable<string> judgedFiles, Func<string, string?> readText, SloganExtractor extractor) =>
        Load(judgedFiles, file => readText(file) is { } text ? (text, file) : null, extractor);

    /// <summary>
    /// Reads judged-mention files into examples as <see cref="Load(IEnumerable{string}, Func{string, string?}, SloganExtractor)"/>
    /// does, with each text's path on disk: its file name gives the metadata <c>policylens extract</c> reads from it (the
    /// year, the place), as the file named in the judged files does where that is the path.
    /// </summary>
    /// <param name="judgedFiles">The judged-mention files, in order of precedence (later wins).</param>
    /// <param name="readFile">The text of a path as the judged files name it and the file's path; null to leave that text out.</param>
    /// <param name="extractor">The extractor whose current output decides <see cref="Reported"/> and fills missing subtypes.</param>
    public static IReadOnlyList<JudgedExample> Load(IEnumerable<string> judgedFiles, Func<string, (string Text, string Path)?> readFile, SloganExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(judgedFiles);
        ArgumentNullException.ThrowIfNull(readFile);
        ArgumentNullException.ThrowIfNull(extractor);
        var latest = new Dictionary<(string, int, int, MentionKind), (JudgedMention Mention, string JudgedIn)>();
        foreach (string file in judgedFiles)
        {
            string name = Path.GetFileName(file);
            foreach (JudgedMention m in JudgedMention.ReadFile(file))
            {
                latest[(m.File, m.Start, m.End, m.Kind)] = (m, name);
            }
        }

        // The spans judged as lexicon mentions: there a verdict given under another kind gives way to the lexicon verdict.
        HashSet<(string File, int Start, int End)> judgedAsLexicon = [.. latest.Keys.Where(k => k.Item4 == MentionKind.Lexicon).Select(k => (k.Item1, k.Item2, k.Item3))];
        var examples = new List<JudgedExample>(latest.Count);
        foreach (IGrouping<string, (JudgedMention Mention, string JudgedIn)> text in latest.Values.GroupBy(m => m.Mention.File).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (readFile(text.Key) is not ({ } content, { } path))
            {
                continue;
            }

            IReadOnlyList<Text.Document> documents = new Text.CorpusReader().Parse(content, path, text.Key);
            var reported = new ReportedMentions(extractor.InFile(documents));
            foreach ((JudgedMention m, string judgedIn) in text.OrderBy(m => m.Mention.Start).ThenBy(m => m.Mention.End).ThenBy(m => m.Mention.Kind))
            {
                if (m.End > content.Length)
                {
                    throw new FormatException($"{judgedIn}: the mention {m.Start}–{m.End} ({m.Surface}) ends past {m.File} ({content.Length} characters); is it the same text?");
                }

                // The subtype is filled only from a mention of the judged kind (a lexicon entry's subtype is not a quoted label's).
                SloganMention? sameKind = reported.At(m.Start, m.End, m.Kind);
                bool now = reported.CarryingVerdict(m.Start, m.End, m.Kind, m.Canonical, judgedAsLexicon.Contains((m.File, m.Start, m.End)), out _) is not null;
                // The features are read where the extractor reads the mention: in the normalised text of the article holding it.
                Text.Document document = documents.LastOrDefault(d => d.SourceOffset <= m.Start) ?? documents[0];
                examples.Add(new JudgedExample(m.Subtype is null && sameKind is not null ? m with { Subtype = sameKind.Subtype } : m, document.Text, now, judgedIn)
                {
                    Span = document.ToText(new Text.SourceSpan(m.Start, m.End)),
                });
            }
        }

        return examples;
    }
}
