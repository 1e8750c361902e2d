// Specifications of the parallel finder's round 14b (issue 13, "parallel only for formula-like parallelism"): a chain
// written before 的 and the noun it modifies. A chain that says what goods or services offer describes them; formula chains
// before 的 and a state, a norm, people or a policy (the national reports' usage) stay reported.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// A chain directly followed by 的 and a noun phrase headed by goods, services or works (产品, 商品, 服务, 作品) describes
/// that thing and is not reported as a parallel formula; the formula chains of the national reports that modify a state
/// (…的良好局面, …的良好环境), an image (…的中国形象), people (…的新时代革命军人) or a policy (…的政策) stay. Sentences of the
/// development reports and the national corpus (the file each comes from is named).
/// </summary>
public sealed class ParallelModifierTests
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

    [Fact]
    public void A_chain_that_says_what_products_and_services_offer_describes_them()
    {
        // guangdong_2026: what the products for the aged are to give them, not the livelihood formula itself.
        Assert.False(Reports(
            "发展银发经济，提供更多老有所为、老有所乐、老有所养的适老产品和服务，更好满足不同年龄段老年人的多样化需要。",
            "老有所为、老有所乐、老有所养"));
    }

    [Fact]
    public void Formula_chains_before_的_and_a_state_or_an_image_stay()
    {
        // The 2022 congress report: the cadre formula before 的良好局面, and the image of China to show.
        Assert.True(ReportsOrLexicon(
            "推动干部能上能下、能进能出，形成能者上、优者奖、庸者下、劣者汰的良好局面。",
            "能者上、优者奖、庸者下、劣者汰"));
        Assert.True(ReportsOrLexicon("讲好中国故事、传播好中国声音，展现可信、可爱、可敬的中国形象。", "可信、可爱、可敬"));

        // gwr 2004: the legal-education formula before 的良好环境.
        Assert.True(ReportsOrLexicon("加强普法宣传教育，在全社会营造学法、懂法、守法的良好环境。", "学法、懂法、守法"));
    }

    [Fact]
    public void Formula_chains_before_的_and_people_or_a_policy_stay()
    {
        // The 2017 congress report: the marks of the new soldier.
        Assert.True(ReportsOrLexicon(
            "推进军人荣誉体系建设，培养有灵魂、有本事、有血性、有品德的新时代革命军人，永葆人民军队性质、宗旨、本色。",
            "有灵魂、有本事、有血性、有品德"));

        // gwr 2024: the policies that serve the 稳 formula.
        Assert.True(ReportsOrLexicon(
            "稳是大局和基础，各地区各部门要多出有利于稳预期、稳增长、稳就业的政策，谨慎出台收缩性抑制性举措。",
            "稳预期、稳增长、稳就业"));
    }
}
