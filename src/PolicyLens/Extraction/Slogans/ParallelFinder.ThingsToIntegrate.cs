// Round 49 (issue 13, parallel49): a quoted chain of things brought together is a list of things, not a parallel formula. The
// enumeration path takes every quoted chain of three-character or longer units as a label the text sets apart (“召之即来、来之
// 能战、战之必胜”); when the closing quote is followed straight by a word of integration (深度融合, 一体化, 融合发展) and most units
// open with no verb, the quotes hold the parts of one whole the sentence joins: sectors, functions or stages of a chain
// (打造“产学研、文商体、山水城”深度融合的深圳东部中心, longgang 2025; 深化“产供销、内外贸、上下游、资金流”一体化发展,
// shenzhen 2025), the codebook's lists of things (its "Parallel, not a list of qualities"). Both blind judges of unseen26j read
// both wrong as parallel, and their golds code them as quoted labels only (kinds lexicon, quoted). Unquoted chains keep their
// other rules (创新链、产业链、资金链、人才链深度融合 is an established national chain the lexicon reports).
namespace PolicyLens.Extraction.Slogans;

internal static partial class ParallelFinder
{
    // Words of integration after a chain's closing quote: the units are what is merged or made one.
    private static readonly string[] IntegrationWords = ["深度融合", "有机融合", "融合发展", "一体化", "一体发展", "融通发展"];

    // True when the quoted chain (units at `items`, `length` characters each) closes at `afterQuote - 1` right before a word of
    // integration and fewer than half of its units open with a verb (产学研、文商体、山水城; not 稳增长、促改革、调结构).
    private static bool IsQuotedListOfThingsToIntegrate(string text, List<int> items, int afterQuote)
    {
        if (afterQuote >= text.Length || !IntegrationWords.Any(w => string.CompareOrdinal(text, afterQuote, w, 0, w.Length) == 0))
        {
            return false;
        }

        return items.Count(i => FrameCharacters.Contains(text[i], StringComparison.Ordinal)) * 2 < items.Count;
    }
}
