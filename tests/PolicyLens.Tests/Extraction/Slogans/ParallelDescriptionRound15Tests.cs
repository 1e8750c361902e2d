// Specifications of the parallel finder's round 15 (issue 13, "parallel only for formula-like parallelism"): chains that
// describe or exhort rather than prescribe: the content of a mood (…的意愿, …的热潮) and exhortations to do a task well
// (做实做细做好, 用足用好用活).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Round 15 of the parallel finder on sentences of the development reports and the national corpus (the file each comes
/// from is named): descriptions are not reported as parallel formulas, and the formulas of the same shapes stay.
/// </summary>
public sealed class ParallelDescriptionRound15Tests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static bool Reports(string text, string surface) =>
        Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == MentionKind.Parallel && m.Surface == surface);

    [Fact]
    public void A_chain_that_fills_in_a_wish_or_a_wave_reports_a_mood()
    {
        // The 2002 congress report and gwr 1983.
        Assert.False(Reports("台湾同胞求和平、求安定、求发展的意愿日益增强。", "求和平、求安定、求发展"));
        Assert.False(Reports("一个学科学、学文化、学政治的热潮正在兴起，各级政府、企业和社队应该努力办好职工教育和农民教育。", "学科学、学文化、学政治"));

        // The 2017 congress report: a chain before 的 and the team it describes stays (the marks of a kind of people).
        Assert.True(Reports("培养造就一支懂农业、爱农村、爱农民的“三农”工作队伍。", "懂农业、爱农村、爱农民"));
    }

    [Fact]
    public void Repeated_heads_with_好_urge_doing_the_work_well()
    {
        // The 2017 congress report; zhumadian_2020.
        Assert.False(Reports("勇于攻坚克难，以钉钉子精神做实做细做好各项工作。", "做实做细做好"));
        Assert.False(Reports("产业链重构、企业重新洗牌、产业转移等重大机遇，用足用好用活战疫情、促“六稳”、抓“六保”各项政策，打通政策落实“最后一公里”。", "用足用好用活"));

        // jiangsu_2026, qinghai_2026: without 好 too, since round 17 (the blind judge and the adjudication of
        // mentions-dev-parallel17-blind.tsv: stock clusters of 做, no formula; ParallelRound17Tests).
        Assert.False(Reports("重点产业持续做大做优做强。因地制宜加快发展新质生产力。", "做大做优做强"));
        Assert.False(Reports("延伸发展锂镁、锂铝等高性能合金材料，做精做优做长绿色产业链条。", "做精做优做长"));
    }
}
