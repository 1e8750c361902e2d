// Specifications of precision round 34 (issue 13, branch precision34): rules written from the classes of the wrong verdicts
// blind judges gave on unseen26f's sample (opened this round). A quoted count label that names nothing alone, written right
// after its field, is one item with the field (the codebook's decisions of rounds 26 and 27) also where its count is 双, 百,
// 千 or 万 or a modifier stands between the count and the generic head; and 县域医共体 is an item of its own, no longer a
// variant of the broader 医疗联合体. Sentences are real development or opened-unseen sentences.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Round 34's precision rules, one class of unseen26f's wrong verdicts each.</summary>
public sealed class PrecisionClassesRound34Tests
{
    [Theory]
    // hebei-gwr-2025 (opened unseen26f): judged wrong bare (创新成果转化“双百工程”).
    [InlineData("开展新技术新产品新场景大规模应用示范行动，实施创新成果转化“双百工程”，技术合同成交额达到2000亿元。", "创新成果转化“双百工程”")]
    // hebei-gwr-2023 (opened unseen26f): judged wrong bare (夏季治安打击整治“百日行动”).
    [InlineData("开展夏季治安打击整治“百日行动”，为党的二十大胜利召开营造了安全稳定社会环境。", "夏季治安打击整治“百日行动”")]
    // hubei_2026: the development judge read the bare core a boundary error (文明实践“百千万工程”, cut cores).
    [InlineData("开展文明实践“百千万工程”，促进全民阅读，支持孝感、黄冈、随州、恩施等地创建全国文明城市。", "文明实践“百千万工程”")]
    public void A_quoted_count_label_of_large_counts_is_reported_with_its_field(string sentence, string item)
    {
        Assert.Contains(Quoted(sentence), m => m.Surface == item);
        Assert.DoesNotContain(Quoted(sentence), m => item.EndsWith("“" + m.Surface + "”", StringComparison.Ordinal) && m.Surface.Length < item.Length - 2);
    }

    [Fact]
    public void A_count_label_with_a_modifier_before_its_head_is_reported_with_its_field()
    {
        // guizhou_2026: the development gold codes 整体提升卫生健康水平攻坚“七个专项行动” (the bare label its alternative).
        const string sentence = "以提高人均预期寿命为目标，深入实施整体提升卫生健康水平攻坚“七个专项行动”，人均预期寿命从2020年的75.2岁提升至2025年的76.8岁左右。";
        Assert.Contains(Quoted(sentence), m => m.Surface.EndsWith("“七个专项行动”", StringComparison.Ordinal) && m.Surface.Length > "“七个专项行动”".Length);
    }

    [Theory]
    // heilongjiang_2026: after 和 the field is a list's last member (both seasons' tourism), so the label stays bare.
    [InlineData("持续开展夏季避暑和冬季冰雪旅游“百日行动”，出台支持演艺和赛事经济发展等增量政策。", "百日行动")]
    // guangdong_2024: a label after a verb has no field, bare as before.
    [InlineData("推动出台制造业高质量发展促进条例，大力实施“五大提升行动”，扎实推进新型工业化。", "五大提升行动")]
    public void A_label_without_a_field_of_its_own_stays_bare(string sentence, string label)
    {
        Assert.Contains(Quoted(sentence), m => m.Surface == label);
    }

    [Theory]
    [InlineData("在全省率先实现县域医共体建设全覆盖。", "县域医共体")] // baoding-gwr-2023 (opened unseen26f), judged wrong as 医疗联合体
    [InlineData("组建紧密型城市医疗集团39个、县域医共体192个。", "县域医共体")] // sichuan 2026
    public void A_county_medical_community_is_its_own_item_not_the_broader_medical_alliance(string sentence, string surface)
    {
        SloganMention m = Assert.Single(Mentions(sentence), m => m.Surface == surface && m.Kind == MentionKind.Lexicon);
        Assert.Equal("县域医共体", m.Canonical);
    }

    [Fact]
    public void A_medical_alliance_keeps_its_canonical()
    {
        // shaanxi_2026 (gold: 紧密型县域医共体 | 县域医共体 and 城市医联体 | 医联体): the two items, two canonicals.
        IReadOnlyList<SloganMention> mentions = Mentions("实施医疗卫生强基工程，加快紧密型县域医共体和城市医联体建设，建好国家区域医疗中心。");
        Assert.Contains(mentions, m => m.Surface == "紧密型县域医共体" && m.Canonical == "县域医共体");
        Assert.Contains(mentions, m => m.Surface.EndsWith("医联体", StringComparison.Ordinal) && m.Canonical == "医疗联合体");
    }
}
