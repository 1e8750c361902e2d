// Specifications of the parallel finder's thirteenth round (issue 13, "parallel only for formula-like parallelism"): the
// rule of the round on a real sentence it must drop and on sentences it must keep, and the ordinary lists the issue names
// (bare nouns of a field, qualities in 性), which the finder must go on leaving out.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// A chain of two-character units that are each an ordinary word of the dictionary and share no character is a list of
/// words, not a coined slogan, unless the text quotes, counts or frames it; coined units, units sharing a character and
/// marked chains stay. Sentences of the national corpus and of the development reports (the file each comes from is named).
/// </summary>
public sealed class FinderPrecisionRound13Tests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    // Round 18: these tests pin the shape rules (what is no formula whatever its marks); a chain must now also be marked as a
    // label or repeated in the report (ParallelRound18Tests), a requirement switched off here so the shape rules stay tested.
    private static bool Reports(string text, string surface) =>
        ParallelFinder.WithoutLabelRequirement(() => Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == MentionKind.Parallel && m.Surface == surface));

    // Round 18: an established chain is the lexicon's (tools/lexicon/curated/round18-parallel-2026.txt); where the shape rules
    // let it through, it is now reported as a lexicon mention and the parallel candidate gives way to it.
    private static bool ReportsOrLexicon(string text, string surface) =>
        Reports(text, surface) || Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == MentionKind.Lexicon && m.Surface == surface);

    private static bool ReportsAnyParallel(string text) =>
        ParallelFinder.WithoutLabelRequirement(() => Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == MentionKind.Parallel));

    [Fact]
    public void Two_character_units_that_are_each_a_word_and_share_nothing_are_a_list_of_words()
    {
        // gwr 2011: the four capacities of intellectual property work, verbs of the dictionary listed.
        Assert.False(ReportsAnyParallel("坚定不移地实施国家知识产权战略，提升知识产权的创造、应用、保护、管理能力，激发全社会创新活力。"));
    }

    [Fact]
    public void A_list_of_words_the_text_quotes_and_counts_stays_a_formula()
    {
        // gwr 2019: the eight characters of supply-side reform, in quotes and counted.
        Assert.True(ReportsOrLexicon("要继续坚持以供给侧结构性改革为主线，在“巩固、增强、提升、畅通”八个字上下功夫。", "巩固、增强、提升、畅通"));
    }

    [Fact]
    public void Words_sharing_a_character_and_coined_units_stay_formulas()
    {
        // gwr 1997: the state-firm reform of 三改一加强, words that share 改.
        Assert.True(ReportsOrLexicon("着眼于搞好整个国有经济，把改革、改组、改造和加强管理紧密结合起来。", "改革、改组、改造"));

        // The 2012 congress report: subject-predicate units coined for the formula, no words of the dictionary.
        Assert.True(ReportsOrLexicon("给农业留下更多良田，给子孙后代留下天蓝、地绿、水净的美好家园。", "天蓝、地绿、水净"));
    }

    [Fact]
    public void Ordinary_lists_of_field_nouns_and_of_qualities_in_性_are_not_reported()
    {
        // chongqing_2026: kinds of trade, nouns of a field (the 跨境电商、数字贸易、绿色贸易).
        Assert.False(ReportsAnyParallel("发展数字贸易、绿色贸易，推动跨境电商、“保税+”、市场采购贸易放量突破。"));

        // gwr 2025: qualities a policy should have (the 前瞻性、战略性、系统性).
        Assert.False(ReportsAnyParallel("根据形势变化动态调整政策，提高宏观调控的前瞻性、针对性、有效性。"));
    }
}
