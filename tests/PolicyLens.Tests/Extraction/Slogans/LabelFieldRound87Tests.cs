// Specifications of round 87's look at the field before a programme named “LABEL”DESCRIPTOR HEAD (issue 13, field87;
// DescribedLabelProgramme): the rule reports the name from the opening mark. Over every readable text the shape stands in 177
// places (any finder), 137 after a verb of carrying out and 7 after a field noun phrase; at the gold-covered field places the
// opened sets' golds code the name without its field (dapeng 2025's 10-30-60主动速办服务机制) or the bare label (多缴多得、
// 长缴多得), and the one coded with its field (产业新工匠培养计划) is the policy finder's. Reading the field as FieldBefore does
// added one name over the readable texts, and it was wrong (有效衔接“总师”领衔机制: a verb, the gold codes 总师领衔机制), so the
// start stays at the mark. Sentences are the readable reports' own.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LabelFieldRound87Tests
{
    [Theory]
    // guangming 2025 (unseen26l codes 总师领衔机制 | 总师): a verb before the mark, no field.
    [InlineData("强化重点片区投资，统筹优化项目群管理，有效衔接“总师”领衔机制与“高质量高颜值”建设管控机制，全速推进光明中心区。", 2025, "“总师”领衔机制", "总师领衔机制")]
    // dapeng 2025 (unseen26l codes 10-30-60主动速办服务机制 | 10-30-60): the field 重大节假日民生诉求 is left out as the gold leaves it.
    [InlineData("社会治理更加完善。建立重大节假日民生诉求“10-30-60”主动速办服务机制，攻坚开展重点旅游片区海鲜餐饮经营综合整治。", 2025, "“10-30-60”主动速办服务机制", "10-30-60主动速办服务机制")]
    public void A_described_label_is_reported_from_its_opening_mark(string text, int year, string surface, string canonical)
    {
        SloganMention mention = Assert.Single(Mentions(text, year), m => m.Surface == surface);

        Assert.Equal(canonical, mention.Canonical);
    }

    [Fact]
    public void The_policy_finder_takes_a_field_after_an_introducing_verb()
    {
        // guangming 2025 (unseen26l codes 产业新工匠培养计划 | 广东省产业新工匠培养计划 | 新工匠).
        Assert.Contains(
            Mentions("全力打造一流产业技术工人队伍，落实广东省产业“新工匠”培养计划，推进工学一体化技能人才培养模式。", 2025),
            m => m.Surface == "广东省产业“新工匠”培养计划" && m.Kind == MentionKind.Policy);
    }
}
