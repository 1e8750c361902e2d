// The spellings of a lexicon that its segmenter keeps whole: a file of its own, so that build/JiebaImages compiles the
// same code when it writes the built-in lexicon's segmenter at build time.
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

/// <summary>The jieba user words of a lexicon (<see cref="Lexicon.UserWords"/>).</summary>
internal static class LexiconUserWords
{
    // jieba only ever joins runs of these characters into one token (its re_han_default); a spelling with anything
    // else in it (quote marks, 、) cannot be forced into a token and is matched by the extractor alone.
    // Every spelling the segmenter can keep whole, once, in entry order (a loop over a presized set: a user lexicon can
    // have 100,000 entries).
    internal static IReadOnlyList<UserWord> SegmentableSpellings(IReadOnlyList<LexiconEntry> entries)
    {
        var seen = new HashSet<string>(entries.Count, StringComparer.Ordinal);
        var words = new List<UserWord>(entries.Count);
        foreach (LexiconEntry entry in entries)
        {
            Add(entry.Canonical);
            foreach (string variant in entry.Variants)
            {
                Add(variant);
            }
        }

        return words;

        void Add(string spelling)
        {
            if (IsSegmentable(spelling) && seen.Add(spelling))
            {
                words.Add(new UserWord(spelling));
            }
        }
    }

    private static bool IsSegmentable(string word)
    {
        // A loop, not LINQ over the string's characters: it runs for every spelling of a user lexicon.
        if (word.Length <= 1)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!CharClasses.IsHanBlock(c))
            {
                return false;
            }
        }

        return true;
    }
}
