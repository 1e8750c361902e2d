// A long lexicon spelling is not reported where its last word and the character after it are one word of the plain jieba
// segmentation that names a quality of the spelling's item (产业链供应链稳定|性: 稳定性, the chains' stability, a measure
// the text raises, not the policy of keeping the chains stable). Long spellings skip CutsAWord (a long name keeps its
// head-noun compounds, …工程|建设), so this one shape of cutting a word is checked for them on its own.
// Round 85 (cut85, issue 13): over every readable text, 261 lexicon mentions longer than four characters end or start inside
// a word of the plain segmentation; by what runs on (round85-cut85.txt beside WordCutRound85Tests.cs), only the quality
// suffix 性 leaves the bare spelling uncoded wherever a gold covers it (2 of 2 places, 2 documents; both judged wrong).
using PolicyLens.Tokenization;

namespace PolicyLens.Extraction.Slogans;

internal sealed partial class LexiconMatcher
{
    // Suffixes that make a noun of quality of the word before them. Only 性: 率 runs on a spelling in three readable places
    // as a word of its own (异地就医直接结算|率, 清洁取暖|率), none gold-covered and the judges split (two wrong, one right);
    // 度 and 量 ran on only where the plain segmentation reads another word (制度, 量子).
    private const string QualityNounSuffixes = "性";

    // True when the plain segmentation of the spelling and the words after it puts one word from inside the spelling to the
    // quality suffix right after its end (稳定性 in 产业链供应链稳定性和竞争力).
    private static bool EndsInsideAQualityNoun(TextView view, int start, int end)
    {
        string text = view.Text;
        if (end >= text.Length || !QualityNounSuffixes.Contains(text[end], StringComparison.Ordinal))
        {
            return false;
        }

        int to = end + 1;
        while (to < text.Length && to - end < WordCheckWindow && TextView.IsHan(text[to]))
        {
            to++;
        }

        foreach (Token token in JiebaSegmenter.Default.Tokenize(text.AsSpan(start, to - start), NoHmm))
        {
            if (start + token.Start < end && start + token.End == end + 1)
            {
                return true;
            }
        }

        return false;
    }
}
