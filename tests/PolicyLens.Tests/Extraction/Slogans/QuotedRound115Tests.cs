// Specifications of round 115 (issue 13, branch quotattr115; QuotedLabelShape.BrandByItsKind.cs). A quoted label written before
// the words of a kind of brand and 品牌 (文旅品牌, 区域品牌, 消费品牌, 体育文化品牌) names a brand, which the codebook does not
// code; the bare label is no longer reported there. A government service's brand, a province's own label, a composition or
// count label and a label the sentence makes its means are left as they were. The sentences are real ones of the round-113
// pool (2024 city government work reports of the public repository JiangGufan/digital-governance, data/txt_doc_level/<city>.txt),
// of guangdong-gwr-2025 (unseen26h) and of guangdong_2026.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Quoted labels before the kind of brand they name (round 115).</summary>
public sealed class QuotedRound115Tests
{
    [Theory]
    // 淮北 2024: a city's tourism brand, the subject of its sentence.
    [InlineData("隋唐运河古镇获评“国家级旅游休闲街区”，“煤美与共、湖上淮北”文旅品牌越叫越响，城市发展生机勃勃、活力满满、热气腾腾!", "煤美与共、湖上淮北")]
    // 宜春 2024: a regional brand of farm products (the codebook's decision on brands).
    [InlineData("加强“宜春宜品”区域品牌塑造，提升宜春大米、宜春油茶的知名度和影响力。", "宜春宜品")]
    // 攀枝花 2024: a consumer brand.
    [InlineData("深挖消费潜力，实施“三品一创”提质扩容工程，培育“花在花城”消费品牌，举办首届攀枝花花节、东南亚热带水果节等活动500余场，拉动消费超30亿元。", "花在花城")]
    // 黄冈 2024: a city's tourism brand, a slogan in its marks.
    [InlineData("实施全域大文旅战略，持续举办东坡庙会，打造“大美黄冈，此心安处”文旅品牌。", "大美黄冈，此心安处")]
    // 滨州 2024: a sports brand whose name opens with a numeral.
    [InlineData("深化打造全国体育公园城市，举办各类赛事活动3000项次以上，擦亮“九九黄河”体育文化品牌。", "九九黄河")]
    public void A_label_before_the_kind_of_brand_it_names_is_not_reported(string text, string label)
    {
        Assert.Equal("brand-kind", Reason(text, label));
        Assert.DoesNotContain(Quoted(text), m => m.Surface.Contains(label, StringComparison.Ordinal));
    }

    [Theory]
    // 乐山 2024: a province's umbrella label X字号 is coded (the codebook's decision on brands).
    [InlineData("深化根治欠薪行动，保障劳动者合法权益，积极创建“川字号”特色劳务品牌。", "川字号")]
    // 崇左 2024: a count label is the numbered finder's and the count rules'.
    [InlineData("深化“八个一批”宣教品牌，大力开展各民族交往交流交融“三项计划”、“红石榴”团结联谊等活动。", "八个一批")]
    // guangdong_2026: the label is the sentence's means, and 助力 opens its predicate.
    [InlineData("荔枝、金柚等特色农产品产量持续提升，以“媒体+”助力农产品品牌升级、销量攀升，新创建云浮罗定、茂名化橘红国家地理标志保护示范区。", "媒体+")]
    // 十堰 2024: a government service's brand is left as it was (the codebook leaves it open; unseen26u codes 万事好通 so).
    [InlineData("开展优化营商环境行动，打造“十堰事事通”政务服务品牌。", "十堰事事通")]
    // guangdong-gwr-2025 (unseen26h): a province's label led by its abbreviation, the shape of X字号.
    [InlineData("推动电子竞技、社交电商、直播电商等健康发展，打造“粤夜粤美”夜间文旅品牌。", "粤夜粤美")]
    // 攀枝花 2024: a composition label.
    [InlineData("坚持文旅打头阵，加强“暖暖花城+”城市品牌宣传推介，深入开展“引客入攀”和留客行动。", "暖暖花城+")]
    public void Umbrella_service_composition_count_and_means_labels_are_not_read_as_brands(string text, string label)
    {
        Assert.NotEqual("brand-kind", Reason(text, label));
    }

    [Fact]
    // 武汉 2024: a cluster of brands stays read whole, as NounPhrase.cs reads it.
    public void A_cluster_of_brands_is_left_to_the_noun_phrase()
    {
        const string text = "推进汉南兰岛、木兰花乡等10个都市田园综合体建设，打造“江城百臻”农产品品牌集群。";
        Assert.NotEqual("brand-kind", Reason(text, "江城百臻"));
        Assert.Contains(Quoted(text), m => m.Surface == "“江城百臻”农产品品牌集群");
    }
}
