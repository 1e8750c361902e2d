// Specifications of round 62's parallel precision (issue 13, parallel62; ParallelFinder.cs's place-name chains and
// ParallelFinder.CountedPlaces.cs): a chain of place names is no formula even when one name opens with a character that heads
// tasks elsewhere (能源碳谷), and a chain the text counts as so many zones or parks (四个旅游主题片区) names places. Counted chains
// of other things (三大主导产业, 三个关键词, 三项基本任务) stay parallel. Sentences of the opened unseen sets 26l, 26f and 26c and
// of the development reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ParallelRound62Tests
{
    [Theory]
    // unseen/futian-gwr-2023 (five science zones named …谷), unseen/dapeng-gwr-2025 (four tourism zones, counted as 片区): the
    // judge of unseen26l read both wrong as parallel (names of zones, places); its gold leaves the first uncoded and codes the
    // second as borderline (place branding).
    [InlineData("落地香港大湾区创科快线、应科院等香港科研机构和企业20家以上，打造“湾区芯谷、量子硅谷、生命绿谷、能源碳谷、数字智谷”。", "湾区芯谷、量子硅谷、生命绿谷、能源碳谷、数字智谷")]
    [InlineData("聚焦“欢聚龙岐、旅居土洋、山海南澳、静野西涌”四个旅游主题片区，以及30公里欢乐海岸、20公里时尚运动海岸、10公里隐奢度假海岸的总体格局，实施5大旅游提升行动。", "欢聚龙岐、旅居土洋、山海南澳、静野西涌")]
    public void A_chain_of_place_names_is_no_parallel_formula(string text, string chain)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface.Contains(chain, StringComparison.Ordinal));
    }

    [Theory]
    // unseen/pingshan-gwr-2021, unseen/baoding-gwr-2023, provincial/hubei_2026: counted chains of industries, key words and
    // tasks, judged right as parallel; the counted noun is no place.
    [InlineData("做强做优做大“智能车、创新药、中国芯”三大主导产业。", "智能车、创新药、中国芯")]
    [InlineData("在工作中贯穿“新颜值、新场景、新赛道”三个关键词，以接续奋斗为笔，脚踏实地、埋头苦干。", "新颜值、新场景、新赛道")]
    [InlineData("——扎实抓好稳增长、防风险、保民生三项基本任务，高质量发展的底盘持续夯实。", "稳增长、防风险、保民生")]
    public void A_chain_counted_as_other_things_stays_parallel(string text, string chain)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface == chain);
    }
}
