// One sense per discourse for chains: a chain of 、-joined units that a finder reported as a formula where the text marks it
// (a parallel chain named as a working line or principle: 按照守住底线、突出重点、完善制度、引导预期的工作思路; a quoted chain:
// 把“绽放新颜值、跑出加速度”作为总抓手) is the same formula where the document writes the same chain again without the mark
// (奋力推动现代化品质生活之城绽放新颜值、跑出加速度，…). The codebook's round-18 decision counts a chain the report uses again
// as a unit as a formula (its point 3), and every opened set's coders count those later uses; the finders report only the
// marked one (the quoted-name repeats of RepeatMentionFinder leave out names with punctuation: a quoted saying with commas is
// no name). This stage reports each later use of such a chain, with the subtype "repeat" and the kind and canonical form of
// the mention that marked it (round 37, issue 13).
namespace PolicyLens.Extraction.Slogans;

internal static class MarkedChainRepeats
{
    // The fewest Han characters of a chain that is looked for again (two units of two characters and their 、 make five).
    private const int MinimumLength = 5;

    // The most chains one document's text is scanned for.
    private const int MaximumChains = 64;

    /// <summary>
    /// <paramref name="resolved"/> (in text order) with every other occurrence of a chain reported there as parallel or quoted,
    /// in text order. An occurrence that holds shorter mentions takes their place (in <see cref="CountingUnit.Nested"/> they
    /// stay, nested); one that crosses or lies inside another mention is left alone.
    /// </summary>
    public static List<(MentionCandidate Candidate, bool Nested)> Add(
        TextView view, List<(MentionCandidate Candidate, bool Nested)> resolved, CountingUnit unit)
    {
        string text = view.Text;
        var chains = new Dictionary<string, MentionCandidate>(StringComparer.Ordinal);
        foreach ((MentionCandidate c, bool nested) in resolved)
        {
            if (nested || c.Kind is not (MentionKind.Parallel or MentionKind.Quoted))
            {
                continue;
            }

            // A quoted chain is looked for without its marks; the first mention in text order gives the canonical form and kind.
            int start = c.Start, end = c.End;
            if (end - start > 2 && text[start] is '“' && text[end - 1] is '”')
            {
                start++;
                end--;
            }

            string chain = text[start..end];
            if (IsChain(chain))
            {
                chains.TryAdd(chain, c);
            }
        }

        if (chains.Count == 0)
        {
            return resolved;
        }

        // Outermost mentions never overlap and come in text order, so their ends rise too: an occurrence's neighbours are found
        // by a binary search, and the work stays linear in the chains' occurrences however many mentions a document has.
        // A document marks few chains; more than MaximumChains (a pathological input) are not all looked for, so that the
        // scans of the text stay bounded.
        var outer = resolved.Where(r => !r.Nested).Select(r => r.Candidate).ToList();
        var added = new List<MentionCandidate>();
        var displaced = new HashSet<MentionCandidate>(ReferenceEqualityComparer.Instance);
        System.Collections.BitArray? claimed = null;
        foreach ((string chain, MentionCandidate source) in chains.Take(MaximumChains))
        {
            for (int at = text.IndexOf(chain, StringComparison.Ordinal); at >= 0; at = text.IndexOf(chain, at + 1, StringComparison.Ordinal))
            {
                int end = at + chain.Length;

                // A chain inside a longer list (A、B、C、D holds A、B、C) is not this chain; nor is one cut inside a word.
                if ((at > 0 && text[at - 1] == '、') || (end < text.Length && text[end] == '、') || !view.IsBoundary(at) || !view.IsBoundary(end)
                    || Claimed(claimed, at, end))
                {
                    continue;
                }

                // Round 63 (members63): a quoted chain written right before the platform, system or service centre it names
                // the working of (“一网统管、一键预约”平台累计整合183个文体场馆, futian 2023) is one item with that phrase, marks
                // and all, as round 62's QuotedLabelShape.SystemPhrase reads a quoted label there: the gold codes 一网统管、一键预约
                // | 一网统管、一键预约平台 and the judge of unseen26l read the bare chain there as cut. Counted under the chain.
                (int spanStart, int spanEnd) = (at, end);
                // Only a repeat: the chain's own marked mention is the quoted finder's to draw.
                if (source.Kind == MentionKind.Quoted && !(source.Start <= at && end <= source.End) && at > 0 && text[at - 1] == '“' && end < text.Length && text[end] == '”'
                    && QuotedLabelShape.RepeatSystemPhraseEnd(view, end, chain) is > 0 and var phraseEnd)
                {
                    (spanStart, spanEnd) = (at - 1, phraseEnd);
                }

                // The outermost mentions it touches: it must hold each of them whole and be none of them.
                var inside = new List<MentionCandidate>();
                bool free = true;
                for (int i = FirstEndingAfter(outer, spanStart); i < outer.Count && outer[i].Start < spanEnd && free; i++)
                {
                    MentionCandidate o = outer[i];
                    free = spanStart <= o.Start && o.End <= spanEnd && !(o.Start == spanStart && o.End == spanEnd);
                    inside.Add(o);
                }

                if (free)
                {
                    displaced.UnionWith(inside);
                    claimed ??= new System.Collections.BitArray(text.Length);
                    for (int p = spanStart; p < spanEnd; p++)
                    {
                        claimed[p] = true;
                    }

                    added.Add(source with { Start = spanStart, End = spanEnd, Subtype = RepeatMentionFinder.Subtype, Label = spanEnd > end ? chain : source.Label });
                }
            }
        }

        if (added.Count == 0)
        {
            return resolved;
        }

        var merged = new List<(MentionCandidate Candidate, bool Nested)>(resolved.Count + added.Count);
        foreach ((MentionCandidate c, bool nested) in resolved)
        {
            if (!displaced.Contains(c))
            {
                merged.Add((c, nested));
            }
            else if (unit == CountingUnit.Nested)
            {
                merged.Add((c, true));
            }
        }

        merged.AddRange(added.Select(a => (a, false)));

        // Text order, the longer first where two start together (as SloganExtractor.Resolve orders its result).
        return [.. merged.OrderBy(m => m.Candidate.Start).ThenByDescending(m => m.Candidate.Length)];
    }

    // Whether a chain already added here holds a position of [start, end).
    private static bool Claimed(System.Collections.BitArray? claimed, int start, int end)
    {
        for (int p = start; claimed is not null && p < end; p++)
        {
            if (claimed[p])
            {
                return true;
            }
        }

        return false;
    }

    // The first of the outermost mentions (in text order, never overlapping) that ends after `position`.
    private static int FirstEndingAfter(List<MentionCandidate> outer, int position)
    {
        int low = 0, high = outer.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (outer[middle].End <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // Han characters in two or more units joined by 、, each unit of two characters or more.
    // Round 74 (label74) measured letting quotation marks stand inside a unit (激情奋进“十四五”、加速崛起新高阳, gaoyang 2023):
    // over every readable text each later use of such a chain is already drawn (ParallelFinder.WorkingLines), so it would add
    // no repeat; the one use still missed is the headline joined by ， (激情奋进“十四五”，加速崛起新高阳), a shape of one text. Left.
    private static bool IsChain(string chain)
    {
        if (chain.Length < MinimumLength || !chain.Contains('、', StringComparison.Ordinal))
        {
            return false;
        }

        int unit = 0;
        foreach (char c in chain)
        {
            if (c == '、')
            {
                if (unit < 2)
                {
                    return false;
                }

                unit = 0;
            }
            else if (TextView.IsHan(c))
            {
                unit++;
            }
            else
            {
                return false;
            }
        }

        return unit >= 2;
    }
}
