// A judged mention ready to learn from or measure on: with its text, whether the extractor reports it now, and the judged file
// that gave its verdict. Built from many judged files at once, one verdict per span.
namespace PolicyLens.Extraction.Slogans;

/// <summary>A <see cref="JudgedMention"/> with the text it stands in: one training or evaluation example of <see cref="MentionConfidenceTrainer"/>.</summary>
/// <param name="Mention">The judged mention (its subtype filled from the extractor where the judged file had none).</param>
/// <param name="Text">The whole text of <see cref="JudgedMention.File"/>.</param>
/// <param name="Reported">Whether the extractor reports the judged item now: at this span with this kind, or another finder's
/// mention taken as lexicon at the same span — unless the files read together also judge the lexicon mention at that span,
/// whose verdict then stands for the span (<see cref="ReportedMentions.CarryingVerdict"/>); the mentions a confidence threshold
/// acts on.</param>
/// <param name="JudgedIn">The file name of the judged file whose verdict it carries.</param>
public sealed record JudgedExample(JudgedMention Mention, string Text, bool Reported, string JudgedIn)
{
    /// <summary>
    /// Reads judged-mention files into examples, in text order. A span (text, offsets, kind) judged in several files keeps
    /// the verdict of the last file given (list a re-judgement after the file it re-judges). A mention whose file records no
    /// subtype takes the one the extractor reports at the same span, if it reports it.
    /// </summary>
    /// <param name="judgedFiles">The judged-mention files, in order of precedence (later wins).</param>
    /// <param name="readText">The text of a path as the judged files name it; throws (naming the path) where there is none, or
    /// returns null to leave that text's judged mentions out (a caller that reports what it skipped and measures the rest).</param>
    /// <param name="extractor">The extractor whose current output decides <see cref="Reported"/> and fills missing subtypes.</param>
    public static IReadOnlyList<JudgedExample> Load(IEnumerable<string> judgedFiles, Func<string, string?> readText, SloganExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(judgedFiles);
        ArgumentNullException.ThrowIfNull(readText);
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
            if (readText(text.Key) is not { } content)
            {
                continue;
            }

            var reported = new ReportedMentions(extractor.Extract(content, ExtractionContext.ForText(text.Key, content, text.Key)));
            foreach ((JudgedMention m, string judgedIn) in text.OrderBy(m => m.Mention.Start).ThenBy(m => m.Mention.End).ThenBy(m => m.Mention.Kind))
            {
                if (m.End > content.Length)
                {
                    throw new FormatException($"{judgedIn}: the mention {m.Start}–{m.End} ({m.Surface}) ends past {m.File} ({content.Length} characters); is it the same text?");
                }

                // The subtype is filled only from a mention of the judged kind (a lexicon entry's subtype is not a quoted label's).
                SloganMention? sameKind = reported.At(m.Start, m.End, m.Kind);
                bool now = reported.CarryingVerdict(m.Start, m.End, m.Kind, m.Canonical, judgedAsLexicon.Contains((m.File, m.Start, m.End)), out _) is not null;
                examples.Add(new JudgedExample(m.Subtype is null && sameKind is not null ? m with { Subtype = sameKind.Subtype } : m, content, now, judgedIn));
            }
        }

        return examples;
    }
}
