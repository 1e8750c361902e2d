// Specifications of round 75's quoted coordinations before one shared head (issue 13, coord75; QuotedFinder): labels quoted
// one by one and joined by 、 before one head (“一司一策”、“一行一策”加快风险化解; “媒体+”、“演出+”、“赛事+”跨界融合机制), and
// short labels joined by 、 inside one pair of marks before a head (“开放共享、一键预约”扩面提质; “一社康、一特色”布局). The round
// read every readable place of both shapes (137 places of the first, 469 of the second) against the golds and judged files
// of the opened unseen sets and the development judged files: at the places written before a head the readable golds code
// the members bare (or bare beside the whole) far more often than the whole coordination with its head alone, so no narrower
// shape reached 90 % and QuotedFinder keeps its reading. These tests pin that reading on the places the golds code bare.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class CoordRound75Tests
{
    [Theory]
    // unseen/guangdong-plan-outline-2026-1 (gold: 一司一策, 一行一策; judged right both).
    [InlineData("统筹运用地方化险资源与国家政策资源，对高风险机构采取“一司一策”、“一行一策”加快风险化解，实现动态清零。", "一司一策", "一行一策")]
    // unseen/guangdong-gwr-2025 (gold: 四旁, 五边, bare).
    [InlineData("实施乡村绿化三年行动，深入开展“四旁”、“五边”绿化，打造一批绿美示范点、乡村绿化景观带。", "四旁", "五边")]
    // unseen/longhua-gwr-2024 (gold: 河套创新+龙华转化, 前海服务+龙华制造 bare).
    [InlineData("加强与河套、前海片区的合作联动，打造“河套创新+龙华转化”、“前海服务+龙华制造”新模式。", "河套创新+龙华转化", "前海服务+龙华制造")]
    public void Labels_quoted_one_by_one_before_a_shared_head_are_each_reported_bare(string text, string first, string second)
    {
        IReadOnlyList<SloganMention> found = Mentions(text);
        Assert.Contains(found, m => m.Surface.Trim('“', '”') == first);
        Assert.Contains(found, m => m.Surface.Trim('“', '”') == second);
        Assert.DoesNotContain(found, m => m.Surface.Contains(first) && m.Surface.Contains(second));
    }

    [Fact]
    public void A_coordination_in_one_pair_of_marks_before_a_predicate_is_reported_as_written()
    {
        // unseen/shenzhen-gwr-2024 (gold: 开放共享、一键预约; judged right): 扩面提质 says what the places do, no head of the label.
        IReadOnlyList<SloganMention> found = Mentions("继续推进全市体育设施“开放共享、一键预约”扩面提质。");
        Assert.Contains(found, m => m.Surface == "开放共享、一键预约");
    }
}
