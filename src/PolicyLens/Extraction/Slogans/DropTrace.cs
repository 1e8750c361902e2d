// Why a lexicon formula written in a text is not reported. With POLICYLENS_TRACE=1 in the environment, the lexicon matcher
// and the extractor write one line to standard error for every lexicon candidate they drop, naming what dropped it: the
// matcher's guard (`matcher:CutsAWord`), the extractor's step (`step:ProperNameWord`) or the mentions that won its span
// (`resolve:Policy:碳达峰专项行动|碳达峰专项行动|contains`). tools/judging/fewer_times.py reads these lines to say, for every
// place a gold codes a formula the build misses, what dropped it. A diagnosis for lexicon maintainers: off (the default) it
// costs a static test per dropped candidate and per step; it never changes what is reported.
namespace PolicyLens.Extraction.Slogans;

internal static class DropTrace
{
    private static readonly object Gate = new();

    /// <summary>
    /// Where trace lines go: standard error when POLICYLENS_TRACE=1 at start-up, else nowhere; a test may set a writer.
    /// </summary>
    internal static TextWriter? Sink { get; set; } = Environment.GetEnvironmentVariable("POLICYLENS_TRACE") == "1" ? Console.Error : null;

    /// <summary>Whether the trace is on.</summary>
    internal static bool On => Sink is not null;

    /// <summary>
    /// One trace line, tab-separated: TRACE, document id, source start and end, kind, surface, canonical, why, context.
    /// </summary>
    internal static void Say(TextView view, string? document, MentionCandidate c, string why)
    {
        WriteLine($"TRACE\t{document}\t{view.SourceStart(c.Start)}\t{view.SourceEnd(c.End)}\t{c.Kind}\t{view.Text[c.Start..c.End]}\t{c.Canonical}\t{why}\t{view.Context(c.Start, c.End, 20)}");
    }

    /// <summary>One whole trace line, written under the lock so lines of documents traced in parallel never interleave.</summary>
    internal static void WriteLine(string line)
    {
        lock (Gate)
        {
            Sink?.WriteLine(line);
        }
    }

    /// <summary>
    /// Follows the lexicon candidates the matcher kept through the extractor's later steps, and says which step dropped each.
    /// </summary>
    internal sealed class Watch(TextView view, string? document, List<MentionCandidate> candidates)
    {
        private readonly List<MentionCandidate> _followed = [.. candidates.Where(c => c.Kind == MentionKind.Lexicon)];

        /// <summary>Says which followed candidates are no longer in <paramref name="now"/>: <paramref name="step"/> dropped them.</summary>
        internal void Gone(List<MentionCandidate> now, string step)
        {
            var alive = new HashSet<MentionCandidate>(now, ReferenceEqualityComparer.Instance);
            for (int i = _followed.Count - 1; i >= 0; i--)
            {
                if (!alive.Contains(_followed[i]))
                {
                    Say(view, document, _followed[i], "step:" + step);
                    _followed.RemoveAt(i);
                }
            }
        }

        /// <summary>Says, for each followed candidate overlap resolution left out or nested, which outermost mentions won its span.</summary>
        internal void Resolved(List<(MentionCandidate Candidate, bool Nested)> resolved)
        {
            var outer = resolved.Where(r => !r.Nested).Select(r => r.Candidate).ToList();
            var kept = new HashSet<MentionCandidate>(outer, ReferenceEqualityComparer.Instance);
            foreach (MentionCandidate c in _followed.Where(c => !kept.Contains(c)))
            {
                string by = string.Join(" ; ", outer.Where(o => o.Overlaps(c))
                    .Select(o => $"{o.Kind}:{view.Text[o.Start..o.End]}|{o.Canonical}|{(o.Contains(c) ? "contains" : "crosses")}"));
                Say(view, document, c, "resolve:" + (by.Length > 0 ? by : "removed-in-resolve"));
            }
        }
    }
}
