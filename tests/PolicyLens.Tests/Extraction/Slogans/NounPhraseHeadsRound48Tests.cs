// Specifications of round 48 (issue 13, branch word48): the codebook's round-47 decision (a quoted label written right before a
// noun phrase it qualifies is one item with that phrase, its heads no closed list) read for four more heads of
// QuotedLabelShape.NounPhraseHeads — clusters, outlets, road networks and grid frames —, each measured over every readable
// text; and the heads tried and left out (a brand word after an X字号 label, application scenes, a benchmark firm), whose
// labels stay as they were. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Quoted labels before the noun phrase they qualify, the heads added in round 48.</summary>
public sealed class NounPhraseHeadsRound48Tests
{
    [Theory]
    // zhumadian_2020: the clusters of a hundred and a thousand billion yuan (the gold codes the bare label: its Label).
    [InlineData("“百千亿级”产业集群不断壮大，全球规模最大的面粉加工项目五得利落户遂平，农产品加工业产值近1800亿元；8个特色产业集群达到百亿级，全国最先进的司空新家装产业园落户平舆，正阳县产业集聚区全省综合排名上升70位，确山装备建筑产业园全省领先。", "“百千亿级”产业集群", "百千亿级", MentionKind.Quoted)]
    // zhumadian_2025: the purchase and sale outlets of one point with many functions (not the logistics network after 和).
    [InlineData("完善“一点多能”购销网点和物流配送网络，提振乡村消费。", "“一点多能”购销网点", "一点多能", MentionKind.Numbered)]
    // gd-zhongshan-opinion-2026 (unseen26f): a layout label with its road network, as round 40 reads “四纵五横”高速路网.
    [InlineData("支持中山加快构建“四纵五横”高速路网及“三环十二快”快速路网，推进与周边城市交界地区道路交通网对接，建立跨市公共交通运营管理一体化协同机制。", "“三环十二快”快速路网", "三环十二快", MentionKind.Quoted)]
    // xinjiang_2026: the layout of the grid's main frame (round 40's “四横六纵”电网主网架).
    [InlineData("全国最大的750千伏超高压输电环网——环塔里木电网工程建成投运，“内供七环网、外送五通道”电力主网架基本形成，5G网络覆盖所有城区、镇区和93%以上行政村。", "“内供七环网、外送五通道”电力主网架", "内供七环网、外送五通道", MentionKind.Quoted)]
    public void A_label_is_reported_with_the_cluster_outlet_or_network_it_qualifies_under_its_bare_label(string sentence, string surface, string label, MentionKind kind)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Kind == kind && m.Label == label && m.Canonical == label);
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Theory]
    // chongqing_2026: 品牌 repeats the kind of an X字号 label (a branding programme of its own): the bare label is the item.
    [InlineData("建强习近平文化思想研究中心重庆市协同研究基地，迭代升级哲学社会科学创新工程，升级打造《思想的力量》、“理响重庆”等宣传宣讲品牌，办好《改革》等学术期刊，做优“渝字号”社科品牌。", "渝字号")]
    // hebei_2026: application scenes are things counted (round 38), not a phrase the label qualifies.
    [InlineData("拓展社保卡“一卡通”应用场景，促进京津优质公共服务资源向河北延伸。", "一卡通")]
    // henan_2026's benchmark firm (省级“两业”融合标杆企业) is now a won designation, counted after its verb (round 66,
    // DesignationRound66Tests: the judges read the bare “两业”融合 there wrong, mentions-dev-boundary18.tsv).
    public void A_label_before_a_head_left_out_stays_as_it_was(string sentence, string surface)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface);
    }
}
