// Specifications of round 31 (issue 13, branch lexicon31): established formulas of 2012-2026 central discourse that recur
// across official texts (tools/lexicon/curated/round31-lexicon31.txt). (A) Parallel chains and terms the central documents fix
// (the anti-corruption principles, the distribution system, the urban goal of 2025, the diplomatic formulas …) are reported whole. (B) A fuller wording of an entry takes the span and keeps the entry's canonical.
// Sentences of the national corpus, the development reports and the unseen26/unseen26b texts.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound31Tests
{
    [Theory]
    // cpc-congress 19; gwr 2010; cpc-congress 20; cpc-congress 20; provincial/beijing_2026;
    // gwr 2019; cpc-congress 18; cpc-congress 20.
    [InlineData("坚持无禁区、全覆盖、零容忍，坚持重遏制、强高压、长震慑，坚持受贿行贿一起查，坚决防止党内形成利益集团。", "受贿行贿一起查")]
    [InlineData("要坚持和完善按劳分配为主体、多种分配方式并存的分配制度，兼顾效率与公平，走共同富裕的道路。", "按劳分配为主体、多种分配方式并存")]
    [InlineData("坚持按劳分配为主体、多种分配方式并存，构建初次分配、再分配、第三次分配协调配套的制度体系。", "初次分配、再分配、第三次分配")]
    [InlineData("坚定维护以联合国为核心的国际体系、以国际法为基础的国际秩序、以联合国宪章宗旨和原则为基础的国际关系基本准则。", "以国际法为基础的国际秩序")]
    [InlineData("强化统筹协调，建设创新、宜居、美丽、韧性、文明、智慧的现代化人民城市。", "创新、宜居、美丽、韧性、文明、智慧的现代化人民城市")]
    [InlineData("坚定维护多边主义和以联合国为核心的国际体系。", "以联合国为核心的国际体系")]
    [InlineData("（五）坚持党管人才原则，把各方面优秀人才集聚到党和国家事业中来。", "党管人才")]
    [InlineData("加强全媒体传播体系建设，塑造主流舆论新格局。健全网络综合治理体系，推动形成良好网络生态。", "网络综合治理体系")]
    public void Established_chains_and_terms_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface);
    }

    [Theory]
    // gwr 2024; gwr 2015; gwr 2021; provincial/jiangsu_2026.
    [InlineData("坚持高质量发展和高水平安全良性互动，在坚守安全底线的前提下，更多为发展想办法。", "高质量发展和高水平安全良性互动", "高质量发展和高水平安全")]
    [InlineData("保护和发展少数民族优秀传统文化及特色村镇，促进各民族交往交流交融。", "各民族交往交流交融", "交往交流交融")]
    [InlineData("统筹发展和安全，建设更高水平的平安中国。", "更高水平的平安中国", "平安中国")]
    [InlineData("推动以人为本的新型城镇化，建设创新、宜居、美丽、韧性、文明、智慧的现代化人民城市。", "创新、宜居、美丽、韧性、文明、智慧的现代化人民城市", "人民城市")]
    public void A_fuller_wording_takes_the_span_and_keeps_the_canonical(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface && m.Canonical == canonical);
    }
}
