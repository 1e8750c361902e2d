// Specifications of round 86's programmes named on a quoted label and a descriptor before the head (issue 13, programme86;
// DescribedLabelProgramme): “LABEL”DESCRIPTOR HEAD, head 工程, 行动, 计划 (a policy mention) or 模式, 机制 (a quoted one), reported
// whole where no finder reports anything over it. Sentences are the readable reports' own.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ProgrammeRound86Tests
{
    [Theory]
    // shenzhen 2024 and longhua 2024 (unseen26j and 26k code 深圳蓝可持续行动).
    [InlineData("提高生态环境现代化治理能力。深入实施“深圳蓝”可持续行动，推进PM2.5和臭氧协同控制。", 2024, "“深圳蓝”可持续行动", "深圳蓝可持续行动", "深圳蓝")]
    // the 15th plan outline.
    [InlineData("随迁子女连续接受基础教育。进一步健全“人地钱”挂钩机制。保障进城落户农民合法土地权益。", 2026, "“人地钱”挂钩机制", "人地钱挂钩机制", "人地钱")]
    // longhua 2024 (unseen26k codes 十百千万惠企服务机制): a count-like label no finder reports here.
    [InlineData("强化全周期、全链条、一站式服务。完善“十百千万”惠企服务机制，继续按季出台稳增长政策。", 2024, "“十百千万”惠企服务机制", "十百千万惠企服务机制", "十百千万")]
    // dapeng 2025 (unseen26l codes 小个专党建工作模式): the head followed by the clause's verb.
    [InlineData("深化“五好”单位建设，“小个专”党建工作模式入选全国小微企业党建工作典型案例。", 2025, "“小个专”党建工作模式", "小个专党建工作模式", "小个专")]
    public void A_label_with_a_descriptor_and_a_programme_head_is_reported_whole(string text, int year, string surface, string canonical, string label)
    {
        SloganMention mention = Assert.Single(Mentions(text, year), m => m.Surface == surface);

        Assert.Equal(canonical, mention.Canonical);
        Assert.Equal(label, mention.Label);
    }

    [Fact]
    public void A_programme_head_makes_a_policy_mention_and_a_mechanism_head_a_quoted_one()
    {
        Assert.Contains(Mentions("实施质量强基赋能工程，开展“皖美品牌”培育行动，支持企业实施品牌国际化战略。", 2026), m => m.Canonical == "皖美品牌培育行动" && m.Kind == MentionKind.Policy);
        Assert.Contains(Mentions("随迁子女连续接受基础教育。进一步健全“人地钱”挂钩机制。", 2026), m => m.Canonical == "人地钱挂钩机制" && m.Kind == MentionKind.Quoted);
    }

    [Theory]
    // A list's 等 or a clause's verb between the label and the head: the head names no programme of the label's own (hebei 2022,
    // shenzhen 2022).
    [InlineData("“雪如意”“冰玉环”等标志性工程高质量完成。", 2022, "冰玉环")]
    [InlineData("坚决做到“两个维护”落到实际行动上。", 2022, "两个维护")]
    // A works phase (nanshan 2024).
    [InlineData("我国首个深水高压气田“深海一号”二期工程导管架安全出航。", 2024, "深海一号")]
    // 大 and a field in marks: a field in scare quotes (round 16b; anhui 2026, judged so in mentions-dev-quoted16-unreported.tsv).
    [InlineData("引进省级首店200家以上。建立健全“大消费”促进机制，实施服务消费提质惠民行动。", 2026, "大消费")]
    [InlineData("充分用好两个市场、两种资源，构建“大开放”协同机制，打造更多高能级开放平台。", 2026, "大开放")]
    // A scope of places joined by 和 before the label (zhumadian 2018; round 25).
    [InlineData("三边（路边、河边、湖边）绿化、山区和平原“片林”绿化提升工程，加快金顶山、老乐山植物园建设。", 2018, "片林")]
    // A platform's head is none of the heads taken (guangdong plan outline 2026).
    [InlineData("扩容“开放广东”数据平台，有序推动金融数据开放。", 2026, "开放广东")]
    public void A_label_before_a_joined_clause_a_phase_or_another_head_gains_no_whole_name(string text, int year, string label)
    {
        Assert.DoesNotContain(Mentions(text, year), m => m.Label == label && m.Canonical.Length > label.Length);
    }

    [Fact]
    public void A_name_joined_to_one_before_it_is_still_reported()
    {
        // guangming 2025 (unseen26l codes both names whole).
        IReadOnlyList<SloganMention> found = Mentions("统筹优化项目群管理，有效衔接“总师”领衔机制与“高质量高颜值”建设管控机制，全速推进光明中心区建设。", 2025);
        Assert.Contains(found, m => m.Canonical == "总师领衔机制");
        Assert.Contains(found, m => m.Canonical == "高质量高颜值建设管控机制");
    }

    [Fact]
    public void A_name_a_finder_already_draws_is_left_as_drawn()
    {
        // The policy finder's “大动脉”贯通工程 (baoding 2026) and the numbered finder's “四不离”互助养老模式 stay single mentions.
        Assert.Single(Mentions("实施“大动脉”贯通工程，加快京雄高速二期建设。", 2026), m => m.Canonical == "大动脉贯通工程");
        Assert.Single(Mentions("推广“四不离”互助养老模式，完善农村养老服务。", 2026), m => m.Surface.Contains("四不离", StringComparison.Ordinal));
    }
}
