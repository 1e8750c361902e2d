// Specifications of round 68 (numbered68, issue 13): a quoted label of a numeral and one character written right after the
// list it abbreviates (山边、水边…“五边”, 首店、首秀…“四首”) names nothing alone; it is reported with the word it qualifies, as
// round 27 reads an attribute label, and counted under the bare label. A joining word after it coins a formula as before, and
// a word of the label's own kind leaves it bare. Every sentence is a real one of a readable text (named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>A label abbreviating the list before it is read with the word after it, not alone.</summary>
public sealed class NumberedRound68Tests
{
    [Theory]
    // unseen/gd-lvmei-decision: the greening of five kinds of edges (the judge of unseen26i read the bare 五边 wrong).
    [InlineData("持续提升山边、水边、路边、镇村边、景区边“五边”绿化美化品质，深入开展“四旁”植绿活动，推进留白增绿、拆违建绿、见缝插绿，加强立体绿化美化，建设公共绿地和美丽庭院。", "“五边”绿化", "五边")]
    // unseen/nanshan-gwr-2024: the economy of first stores, shows, launches and exhibitions (unseen26k's judge: the item is “四首”经济).
    [InlineData("大力发展首店、首秀、首发、首展“四首”经济，着力培育“国潮”品牌，促进国际知名品牌集聚。", "“四首”经济", "四首")]
    public void A_label_abbreviating_the_list_before_it_is_read_with_its_word(string text, string surface, string label)
    {
        var found = Numbered(text);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == label);
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Fact]
    public void A_word_of_the_labels_own_kind_leaves_it_bare()
    {
        // municipal/zhumadian_2018: 六控, Henan's six controls of air pollution, coded bare in the development gold.
        var found = Numbered("以打赢蓝天保卫战为重点，突出重点区域、重点企业、重点时段，狠抓以扬尘控制为重点的控尘、控排、控煤、控油、控烧、控黄标车“六控”措施落实，完成水泥等行业超低排放改造，引导企业加大环保投入，提高污染治理设施装备水平，力争达到高标准排放，确保全年优良天气在210天以上。");
        Assert.Contains(found, m => m.Surface == "六控");
    }

    [Fact]
    public void A_joining_word_after_the_label_still_coins_the_formula()
    {
        // provincial/jiangsu_2026: the five links of grain joined (五优联动, quoted whole).
        var found = Numbered("发展科技农业、绿色农业、质量农业、品牌农业，实施种业振兴、耕地质量提升、新一轮粮食产能提升行动，推进高标准农田建设、盐碱地综合利用、大中型灌区现代化改造，促进智能农机装备发展应用，促进国家农高区、国家农创中心和生物育种钟山实验室协同创新，强化优土、优种、优产、优储、优销“五优联动”。");
        Assert.Contains(found, m => m.Surface == "五优联动");
    }
}
