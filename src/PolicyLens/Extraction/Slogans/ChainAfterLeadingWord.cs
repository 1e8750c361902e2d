// A parallel chain that is only a leading word plus a lexicon formula ending where it ends (坚定不移挑好大梁、全面推进强省建设):
// the formula is the item, as the codebook's boundaries say (no leading verb or adverb the sentence adds), and the chain
// finder's longer span would otherwise win it when overlaps are resolved (round 73, inside73: the golds code the formula at every
// place the chain took, the judges read it right at every place the lexicon kept). A chain with a unit of its own before the
// formula (全面推进乡村振兴、加快建设农业强国; 稳预期、稳增长、稳就业) is a longer chain, not a leading word, and stays.
namespace PolicyLens.Extraction.Slogans;

internal static class ChainAfterLeadingWord
{
    // What separates a chain's units: a leading part holding one of them is a unit, not a word the sentence adds.
    private const string UnitSeparators = "、，,；;：:";

    /// <summary>Drops each parallel candidate whose text before a lexicon candidate ending where it ends holds no unit.</summary>
    public static void Drop(TextView view, List<MentionCandidate> candidates)
    {
        var latestLexiconStart = new Dictionary<int, int>();
        foreach (MentionCandidate c in candidates)
        {
            if (c.Kind == MentionKind.Lexicon)
            {
                latestLexiconStart[c.End] = Math.Max(latestLexiconStart.GetValueOrDefault(c.End, -1), c.Start);
            }
        }

        candidates.RemoveAll(c => c.Kind == MentionKind.Parallel
            && latestLexiconStart.TryGetValue(c.End, out int start) && start > c.Start
            && view.Text.AsSpan(c.Start, start - c.Start).IndexOfAny(UnitSeparators) < 0);
    }
}
