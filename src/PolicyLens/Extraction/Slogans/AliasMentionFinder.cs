// A report that names a document or a programme in full once refers to it afterwards by a short form, and every short
// reference is an occurrence of the full item (issue 13, round 21): 《北京市国民经济和社会发展第十五个五年规划纲要（草案）》
// （以下简称《纲要草案》） and then 《纲要草案》 four more times in beijing 2026; 《中共江西省委关于制定…规划的建议》 and
// then 省委《建议》 without any 以下简称. This stage runs last, after the finders' overlaps are resolved and the repeats of
// RepeatMentionFinder added (a full name may be reported only as a repeat, a quoted alias as a label of its own), and reports such short references with the full mention's kind, canonical form and entry, their
// own offsets and surface, and the subtype "alias". Two shapes:
// - an explicit alias: a reported mention followed at once by （以下简称X）, （简称X）, （下称X） (or the same after a
//   comma): X where it is defined and wherever the text writes it later (《X》 as 《X》, “X” quoted or not, a bare X on
//   word boundaries; a quoted occurrence is the span inside its marks, as the quoted finder reports labels);
// - an implicit short title: a 《…》 whose text, without its status (（草案）, 草案, （试行）), is the tail of the text of a
//   document titled in full earlier in the same text (《纲要（草案）》 after 《…规划纲要（草案）》, 《建议》 after
//   《中共中央关于制定…规划的建议》, 《民营经济促进法》 after 《中华人民共和国民营经济促进法》): the nearest such
//   document before it.
// A short title with no full form before it (根据省委“十五五”规划《建议》 as a report's first words on the proposal; the
// 1969 congress report's 《通知》) is left as the finders leave it; a text is read alone, so never across documents.
namespace PolicyLens.Extraction.Slogans;

internal static class AliasMentionFinder
{
    /// <summary>The subtype of a short reference's mention (<see cref="SloganMention.Subtype"/>).</summary>
    public const string Subtype = "alias";

    // How far after a title's opening mark its closing mark is looked for (a short title is short; TitledFinder's bound).
    private const int MaxTitleLength = 100;

    // The words that introduce an explicit alias, longest first.
    private static readonly string[] AliasMarkers = ["以下简称为", "以下简称", "以下称为", "以下称", "下称", "简称为", "简称"];

    // The fewest characters of an alias (a bare one: 两字 aliases in 《》 or quotes are kept, their marks delimit them).
    private const int MinimumBareAlias = 2;

    private sealed record FullForm(MentionCandidate Mention, string Core);

    /// <summary>
    /// <paramref name="resolved"/> (in text order, as <see cref="SloganExtractor.Resolve"/> returns it) with every short
    /// reference to a document or name reported there in full, in text order. A short reference that stands exactly where
    /// a finder reported the same words (《民营经济促进法》 reported as a titled document of its own) takes that mention's place.
    /// </summary>
    public static List<(MentionCandidate Candidate, bool Nested)> Add(TextView view, List<(MentionCandidate Candidate, bool Nested)> resolved)
    {
        string text = view.Text;
        var outer = new List<MentionCandidate>();
        foreach ((MentionCandidate c, bool nested) in resolved)
        {
            if (!nested)
            {
                outer.Add(c);
            }
        }

        if (outer.Count == 0)
        {
            return resolved;
        }

        // Short references found, by start; a value replaces the outermost mention at the same span, if there is one.
        var found = new SortedDictionary<int, MentionCandidate>();
        FindExplicit(view, outer, found);
        FindShortTitles(text, outer, found);
        if (found.Count == 0)
        {
            return resolved;
        }

        var starts = new int[outer.Count];
        for (int i = 0; i < outer.Count; i++)
        {
            starts[i] = outer[i].Start;
        }

        // Keep a reference only where no outermost mention overlaps it, or one covers exactly its span (which it replaces).
        var added = new List<MentionCandidate>();
        int claimedTo = 0;
        foreach (MentionCandidate alias in found.Values)
        {
            int at = alias.Start < claimedTo ? -2 : OverlappingOuter(starts, outer, alias.Start, alias.End);
            if (at == -1 || (at >= 0 && outer[at].Start == alias.Start && outer[at].End == alias.End))
            {
                added.Add(alias);
                claimedTo = alias.End;
            }
        }

        if (added.Count == 0)
        {
            return resolved;
        }

        // Merged in text order: a reference before whatever starts at its place, in the place of an outermost mention with its
        // very span (the only outermost mention a kept reference can share a start with; what is nested inside stays).
        var merged = new List<(MentionCandidate Candidate, bool Nested)>(resolved.Count + added.Count);
        int a = 0;
        foreach ((MentionCandidate c, bool nested) in resolved)
        {
            while (a < added.Count && added[a].Start < c.Start)
            {
                merged.Add((added[a++], false));
            }

            if (!nested && a < added.Count && added[a].Start == c.Start)
            {
                bool replaces = added[a].End == c.End;
                merged.Add((added[a++], false));
                if (replaces)
                {
                    continue;
                }
            }

            merged.Add((c, nested));
        }

        while (a < added.Count)
        {
            merged.Add((added[a++], false));
        }

        return merged;
    }

    // The outermost mention that overlaps [start, end), or -1 (outermost mentions are in text order and never overlap).
    private static int OverlappingOuter(int[] starts, List<MentionCandidate> outer, int start, int end)
    {
        int i = Array.BinarySearch(starts, start);
        i = i >= 0 ? i : ~i - 1;
        for (int j = Math.Max(i, 0); j < outer.Count && outer[j].Start < end; j++)
        {
            if (outer[j].End > start)
            {
                return j;
            }
        }

        return -1;
    }

    // 《…》（以下简称《X》）, …（简称“X”）, …，以下简称X，: an alias defined right after a reported mention.
    private static void FindExplicit(TextView view, List<MentionCandidate> outer, SortedDictionary<int, MentionCandidate> found)
    {
        string text = view.Text;
        foreach (MentionCandidate full in outer)
        {
            int p = full.End;
            while (p < text.Length && char.IsWhiteSpace(text[p]))
            {
                p++;
            }

            if (p >= text.Length || text[p] is not ('（' or '(' or '，' or ','))
            {
                continue;
            }

            bool bracketed = text[p] is '（' or '(';
            p++;
            string? marker = AliasMarkers.FirstOrDefault(m => string.CompareOrdinal(text, p, m, 0, m.Length) == 0);
            if (marker is null)
            {
                continue;
            }

            p += marker.Length;
            if (p < text.Length && text[p] is '：' or ':')
            {
                p++;
            }

            if (!ReadAlias(text, p, bracketed, out int aliasStart, out int aliasEnd, out char open))
            {
                continue;
            }

            // The alias where it is defined counts as an occurrence (the development gold counts it: beijing's six), then
            // every later one.
            string alias = text[aliasStart..aliasEnd];
            MentionCandidate Alias(int start, int end) => full with { Start = start, End = end, Subtype = Subtype };
            if (open == '《')
            {
                string title = "《" + alias + "》";
                for (int i = text.IndexOf(title, aliasStart - 1, StringComparison.Ordinal); i >= 0; i = text.IndexOf(title, i + title.Length, StringComparison.Ordinal))
                {
                    found.TryAdd(i, Alias(i, i + title.Length));
                }
            }
            else
            {
                // A quoted or bare alias: in quote marks (the span inside them, as the quoted finder reports a label) or on
                // word boundaries.
                for (int i = text.IndexOf(alias, aliasStart, StringComparison.Ordinal); i >= 0; i = text.IndexOf(alias, i + alias.Length, StringComparison.Ordinal))
                {
                    int end = i + alias.Length;
                    bool quoted = i > 0 && end < text.Length && text[i - 1] is '“' or '‘' && text[end] is '”' or '’';
                    if (quoted || (view.IsBoundary(i) && view.IsBoundary(end) && !LexiconMatcher.CutsAWord(view, i, end)))
                    {
                        found.TryAdd(i, Alias(i, end));
                    }
                }
            }
        }
    }

    // The alias after its marker: 《X》, “X”, ‘X’, or bare X up to the closing bracket (or, after a comma, the next
    // punctuation). The span returned is X without its marks.
    private static bool ReadAlias(string text, int p, bool bracketed, out int start, out int end, out char open)
    {
        start = end = -1;
        open = p < text.Length ? text[p] : '\0';
        char close = open switch { '《' => '》', '“' => '”', '‘' => '’', _ => '\0' };
        if (close != '\0')
        {
            start = p + 1;
            int window = Math.Min(MaxTitleLength, text.Length - start);
            end = window > 0 ? text.IndexOf(close, start, window) : -1;
            return end > start && IsName(text.AsSpan(start, end - start)) && (!bracketed || Closes(text, end + 1));
        }

        start = p;
        int q = p;
        while (q < text.Length && q - p <= MaxTitleLength && (TextView.IsHan(text[q]) || char.IsAsciiLetterOrDigit(text[q])))
        {
            q++;
        }

        end = q;
        return end - start >= MinimumBareAlias && IsName(text.AsSpan(start, end - start))
            && (bracketed ? Closes(text, end) : end < text.Length && text[end] is '，' or '。' or '；' or '）' or ',');
    }

    private static bool Closes(string text, int p) => p < text.Length && text[p] is '）' or ')' or '，' or '、';

    // An alias is a name: no white space or sentence punctuation inside it.
    private static bool IsName(ReadOnlySpan<char> alias)
    {
        foreach (char c in alias)
        {
            if (char.IsWhiteSpace(c) || c is '，' or '。' or '；' or '：' or '《' or '》' or '“' or '”')
            {
                return false;
            }
        }

        return alias.Length > 0;
    }

    // 《纲要（草案）》 after 《…规划纲要（草案）》: a title whose core is the tail of an earlier full title's core.
    private static void FindShortTitles(string text, List<MentionCandidate> outer, SortedDictionary<int, MentionCandidate> found)
    {
        // The documents titled in full: reported outermost mentions written as 《…》, in text order.
        var fulls = new List<FullForm>();
        foreach (MentionCandidate c in outer)
        {
            if (c.Length > 2 && text[c.Start] == '《' && text[c.End - 1] == '》')
            {
                string core = Core(text.AsSpan(c.Start + 1, c.Length - 2));
                if (core.Length > 0)
                {
                    fulls.Add(new FullForm(c, core));
                }
            }
        }

        if (fulls.Count == 0)
        {
            return;
        }

        for (int i = text.IndexOf('《', fulls[0].Mention.End); i >= 0 && i < text.Length; i = text.IndexOf('《', i + 1))
        {
            int window = Math.Min(MaxTitleLength + 1, text.Length - i - 1);
            int close = window > 0 ? text.IndexOf('》', i + 1, window) : -1;
            int reopen = window > 0 ? text.IndexOf('《', i + 1, window) : -1;
            if (close < 0 || (reopen >= 0 && reopen < close))
            {
                continue;
            }

            string core = Core(text.AsSpan(i + 1, close - i - 1));
            if (core.Length < 2)
            {
                continue;
            }

            // The nearest full title before it whose core ends with this one (and is longer: a title is not its own alias).
            for (int f = fulls.Count - 1; f >= 0; f--)
            {
                MentionCandidate full = fulls[f].Mention;
                if (full.End <= i && fulls[f].Core.Length > core.Length && fulls[f].Core.EndsWith(core, StringComparison.Ordinal))
                {
                    found.TryAdd(i, full with { Start = i, End = close + 1, Subtype = Subtype });
                    break;
                }
            }
        }
    }

    // A title's text without white space and without its status (（草案）, 草案, （试行）): 纲要（草案） and 纲要草案 → 纲要.
    private static string Core(ReadOnlySpan<char> title) =>
        TitledFinder.StripStatus(string.Concat(title.ToString().Where(c => !char.IsWhiteSpace(c))));
}
