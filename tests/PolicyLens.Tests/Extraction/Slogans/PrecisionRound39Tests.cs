// Specifications of the precision rules of round 39 (issue 13, branch precision39), from classes of wrong verdicts the start
// build still reported across the readable judged samples (the opened unseen sets' and the development samples'), each seen in
// documents of several provinces: (1) a quoted generic count label the quoted finder reports (双百工程, 百日行动, 五个专项治理,
// 七个专项行动; not N条 nor 20字方针) written right after its field is one item with the field (codebook, rounds 26 and 27), its
// canonical the bare label (since round 82 the whole name, the bare label its Label: QuotedPrecisionRound82Tests). (A quoted pilot written before 城市 reported as the designation a city is awarded was tried and taken
// out: the blind judges of round 39 read it wrong on unread text without the level word 全国 and with the label as canonical.)
// Real sentences of the development reports and the opened unseen texts.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Quoted count labels with their field; quoted pilots without a city stay.</summary>
public sealed class PrecisionRound39Tests
{
    [Theory]
    [InlineData("加快发展生物经济，开展新一轮生物经济“双百工程”，大力发展生物制造产业。", "生物经济“双百工程”", "生物经济双百工程")] // heilongjiang 2026
    [InlineData("开展新技术新产品新场景大规模应用示范行动，实施创新成果转化“双百工程”，技术合同成交额达到2000亿元。", "创新成果转化“双百工程”", "创新成果转化双百工程")] // unseen/hebei-gwr-2025
    [InlineData("着力防范化解金融、政府债务、房地产等领域风险，开展夏季治安打击整治“百日行动”，为党的二十大胜利召开营造了安全稳定社会环境。", "夏季治安打击整治“百日行动”", "夏季治安打击整治百日行动")] // unseen/hebei-gwr-2023
    public void A_quoted_count_label_after_its_field_is_reported_with_it(string sentence, string surface, string canonical)
    {
        Assert.Contains(Quoted(sentence), m => m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    [InlineData("深入开展优化环境“五个专项治理”，成立省民营经济发展促进中心。", "优化环境“五个专项治理”")] // sichuan 2026
    [InlineData("以提高人均预期寿命为目标，深入实施整体提升卫生健康水平攻坚“七个专项行动”，人均预期寿命提升至2025年的76.8岁左右。", "整体提升卫生健康水平攻坚“七个专项行动”")] // guizhou 2026
    public void A_field_opened_by_a_name_verb_after_an_introducer_keeps_its_verb(string sentence, string surface)
    {
        Assert.Contains(Quoted(sentence), m => m.Surface == surface);
    }

    [Theory]
    // unseen/baoding-gwr-2022's 现代化品质生活之城建设“十大提升工程”, bare here in round 39 (the walk stopped at 之), is drawn with
    // its whole field since round 43 (the walk crosses 之 between two nouns): LabelsRound43Tests.
    // heilongjiang 2026: two coordinated fields share the label.
    [InlineData("持续开展夏季避暑和冬季冰雪旅游“百日行动”，出台支持演艺和赛事经济发展等增量政策。", "百日行动")]
    // unseen/baoding-gwr-2022: 深化细化 are the verbs, no field.
    [InlineData("围绕装配式超低能耗建筑、都市农业等重点产业，深化细化“双千工程”。", "双千工程")]
    // guangdong 2023: 省 alone is a scope, no field.
    [InlineData("认真落实国务院安委会“十五条”和省“65条”硬措施。", "65条")]
    // A count of articles after its field (国务院安委会“十五条”, 稳增长“21条”), bare here in round 39, is one item with the field
    // since the codebook's round-47 decision (CountLabelFieldRound47Tests).
    public void A_label_without_a_whole_field_before_it_stays_bare(string sentence, string surface)
    {
        Assert.Contains(Quoted(sentence), m => m.Surface == surface);
    }

    [Theory]
    [InlineData("开展“补投贷”联动试点，新增50家。", "“补投贷”联动试点")] // guangdong 2024: a pilot not awarded to a city stays
    [InlineData("深入开展“科汇通”试点，建成科创中心。", "“科汇通”试点")] // unseen/guangdong-gwr-2025
    public void A_pilot_without_a_city_stays(string sentence, string surface)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == surface);
    }
}
