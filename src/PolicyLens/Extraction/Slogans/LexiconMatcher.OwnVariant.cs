// A formula whose first words the segmenter holds in one token with a variant of the same formula: 解决温饱问题 is segmented
// 解决温饱 / 问题 because the lexicon gives 温饱问题 the variant 解决温饱, so the canonical 温饱问题 starts inside a word
// (StartsInsideAWord) while the variant runs on into 问题 (RunsOnIntoANoun), and the formula written there is reported by
// neither spelling. The token across the start is the formula's own spelling, not a word of an unrelated phrase, so it does
// not make the canonical part of a longer phrase.
// Round 91 (loose91, issue 13): over the readable texts this shape (a variant dropped for running on, crossed by a spelling of
// its own entry the segmenter cut) stands at 5 places, all 解决温饱问题 in the national reports of 1987–2002 (gwr 1987, 1997
// twice, 1998; the 16th congress report), none in a gold-covered document; each writes the formula 温饱问题.
namespace PolicyLens.Extraction.Slogans;

internal sealed partial class LexiconMatcher
{
    // True when the candidate is its entry's canonical spelling and the token across its start begins before it, ends inside
    // it, is a variant of the same entry and runs on into the noun that completes the canonical (解决温饱 across the start of
    // 温饱问题, running on into 问题). A variant that qualifies the canonical and is reported whole (国内国际两个市场 before
    // 两个市场、两种资源; 大规模减税降费 before 减税降费政策) is no such token: a first build without these two conditions joined
    // them into the longer spelling, at 3 readable places, and lost the qualifier.
    private static bool OwnVariantAcrossStart(TextView view, MentionCandidate c)
    {
        if (c.Entry is not { } entry || c.Subtype != "canonical")
        {
            return false;
        }

        int k = view.TokenIndexAt(c.Start);
        if (k < 0 || view.Tokens[k].Start >= c.Start || view.Tokens[k].End >= c.End)
        {
            return false;
        }

        string token = view.Text.Substring(view.Tokens[k].Start, view.Tokens[k].Length);
        return entry.Variants.Contains(token, StringComparer.Ordinal) && RunsOnIntoANoun(view, view.Tokens[k].End);
    }
}
