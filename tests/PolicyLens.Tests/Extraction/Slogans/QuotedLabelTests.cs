// Specifications of the quoted finder's sixth round (issue 13): quoted labels it used to refuse as too long, too few
// characters or no formula's shape, each on a real sentence of a development report, with the near misses it must still drop.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Which quoted number chains (“1+N”), long chains of counted units (“一围绕、两服务、三聚力、四统筹”), chains of
/// one-character abbreviations (“人房地钱”) and counts of programmes (“十大民生工程”) are formulas, on sentences of the
/// development reports (the file each comes from is named).
/// </summary>
public sealed class QuotedLabelTests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static bool Reports(string text, string surface) =>
        Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == MentionKind.Quoted && m.Surface == surface);

    [Fact]
    public void Numbers_joined_by_plus_label_a_policy_or_task_system_but_not_a_count_of_industries_or_zones()
    {
        // jiangxi_2026, henan_2026 (and zhumadian_2026), guizhou_2026. Round 35 (boundary35): the label with the word it qualifies
        // is the item (the codebook's decision on digit and composition labels before their word), reported from the opening mark.
        Assert.True(Reports("持续巩固拓展脱贫攻坚成果，完善过渡期后省级“1+N”常态化帮扶政策体系，优化常态化防止返贫致贫机制。", "“1+N”常态化帮扶政策体系"));
        Assert.True(Reports("一年来，全省上下牢记嘱托、感恩奋进，聚焦“1+2+4+N”目标任务体系，顶压前行、真抓实干。", "“1+2+4+N”目标任务体系"));
        Assert.True(Reports("创新实施重大项目建设“5+3”工作机制，出台“开门红”系列政策举措。", "“5+3”工作机制"));

        // gansu_2026, zhumadian_2024, jiangsu_2026: the numbers count industrial chains, chain groups and zones.
        Assert.False(Reports("坚持强龙头、补链条、聚集群，以链长制推动“14+1”重点产业链提质升级。", "14+1"));
        Assert.False(Reports("把制造业高质量发展作为主攻方向，“9+15”产业链群加快构建；制造业增加值增长5.6%。", "9+15"));
        Assert.False(Reports("推进“1+3”重点功能区建设，海洋生产总值突破万亿。", "1+3"));

        // anhui_2026: an alliance of one leading body and five members.
        Assert.False(Reports("加快农业开放创新，牵头组建“1+5”农业科技创新联盟，建设未来农业产业园。", "1+5"));
    }

    [Fact]
    public void A_long_chain_of_counted_units_or_of_linked_parts_is_one_formula_but_a_series_of_one_x_one_y_formulas_is_not()
    {
        // fujian_2026, henan_2026, shaanxi_2026: layouts and requirements written as counted units.
        Assert.True(Reports("突出抓好“一围绕、两服务、三聚力、四统筹”，扭住目标不放松。", "一围绕、两服务、三聚力、四统筹"));
        // Round 40 (labels40): a layout label right before the layout it names is reported with it (LabelBoundaryRound40Tests).
        Assert.True(Reports("加快构建“一主两副、一圈两带、四域多点”发展格局。", "“一主两副、一圈两带、四域多点”发展格局"));
        Assert.True(Reports("深入实施“千村示范引领、万村共富共美”工程，分类有序、片区化推进乡村振兴。", "千村示范引领、万村共富共美"));

        // zhumadian_2025, jiangsu_2026: models and cultivation paths joined by + and —.
        Assert.True(Reports("发展“直播电商+头部平台+跨境电商”新业态。", "直播电商+头部平台+跨境电商"));
        // Round 56 (np56): the cultivation path with the system it qualifies, 培育 inside the phrase (round 47).
        Assert.True(Reports("加快构建“产品品牌—企业品牌—区域品牌”培育体系。", "“产品品牌—企业品牌—区域品牌”培育体系"));

        // guangdong_2021: 一县一园、一镇一业、一村一品 are numbered formulas in their own right, not swallowed by one label.
        Assert.False(Reports("整县建设农村现代化示范区，高水平打造“跨县集群、一县一园、一镇一业、一村一品”现代农业产业体系。", "跨县集群、一县一园、一镇一业、一村一品"));

        // jilin_2026: a mission quoted as a clause is reported speech, too long for a label.
        Assert.False(Reports("赋予吉林“在中国式现代化建设中展现更大作为”使命任务。", "在中国式现代化建设中展现更大作为"));
    }

    [Fact]
    public void One_character_abbreviations_are_a_mechanism_when_the_text_links_them_but_not_an_app_product_or_place_group()
    {
        // chongqing_2026, anhui_2026, beijing_2026, xinjiang_2026.
        Assert.True(Reports("实施房地产高质量发展提振行动。强化“人房地钱”要素联动，加强中心城区房地产一体精准调度。", "人房地钱"));
        Assert.True(Reports("布局建设高水平创新平台、科研机构，促进“科产城人”融合发展。", "科产城人"));
        Assert.True(Reports("持续打好“疏整促”组合拳，疏解提质一般制造业企业104家。", "疏整促"));
        Assert.True(Reports("深化地方法人金融机构改革，着力强化“政金企”协调联动，促进金融机构加大对民营经济融资支持。", "政金企"));

        // sichuan_2026 and chongqing_2026: a credit platform and apps named in single characters; hubei_2026: tourist axes named after places.
        Assert.False(Reports("开通运行省融资信用服务平台“川易贷”，推进“高效办成一件事”。", "川易贷"));
        Assert.False(Reports("实施数据质量提升行动，优化“渝快政”“渝快办”服务质效。", "渝快政"));
        Assert.False(Reports("发展“全域旅游、四季旅游”，做强“神武峡”“赤黄红”两大文旅主轴。", "赤黄红"));
    }

    [Fact]
    public void A_count_of_ten_programmes_is_a_formula_where_ten_sights_or_discoveries_are_a_ranking()
    {
        // zhumadian_2011, zhumadian_2020.
        Assert.True(Reports("60个总投资1亿元以上的项目和“十大民生工程”，确保项目总投资规模达到1000亿元。", "十大民生工程"));
        Assert.True(Reports("深入推进“六控”和“十大专项治理行动”，认真抓好“三散”治理。", "十大专项治理行动"));

        // zhumadian_2020, anhui_2026.
        Assert.False(Reports("精心打造“十大旅游景点”“十大餐饮名店”，积极打造休闲健身演艺场所。", "十大旅游景点"));
        Assert.False(Reports("徽州文化研究院揭牌成立，武王墩一号墓入选“全国十大考古新发现”。", "全国十大考古新发现"));
    }
}
