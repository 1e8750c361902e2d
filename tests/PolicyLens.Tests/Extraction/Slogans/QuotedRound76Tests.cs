// Specifications of round 76 (issue 13, branch quoted76): nodes are parts of a layout, and a layout label before the base it
// lays out is one item with it (QuotedLabelShape.Layout.cs). Every sentence is a real one of a readable text; a quoted label
// holding 节 that lays nothing out stays as it was.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Layout labels of a centre and its nodes (round 76).</summary>
public sealed class QuotedRound76Tests
{
    [Fact]
    public void A_centre_and_its_nodes_are_a_layout_label()
    {
        Assert.True(QuotedLabelShape.IsLayoutLabel("一中心、多节点"));
        Assert.False(QuotedLabelShape.IsLayoutLabel("每天一节体育课"));
    }

    [Fact]
    public void A_layout_label_before_the_base_it_lays_out_is_one_item_with_the_base()
    {
        // nanshan-gwr-2024 (unseen26k): the gold codes 一中心、多节点成果转化基地 (a layout label + word, round 40); the build read
        // the bare label before.
        const string sentence = "联动辖区高校共建国际一流的“湾区创新中心”。打造X9高校院所联盟“一中心、多节点”成果转化基地，集聚一批尖端技术产业化项目。";
        List<SloganMention> found = Outermost(sentence);
        Assert.Contains(found, m => m.Kind == MentionKind.Quoted && m.Surface == "“一中心、多节点”成果转化基地" && m.Canonical == "一中心、多节点");
        Assert.DoesNotContain(found, m => m.Surface == "一中心、多节点");
    }

    [Fact]
    public void A_label_counting_a_lesson_is_no_layout_and_stays_bare()
    {
        // shenzhen-gwr-2024 (unseen26j): 节 counts a class here, no node.
        const string sentence = "科教、体教、艺教、卫教深度融合，全面推行“每天一节体育课”，加强心理健康教育，培养学生健康体魄。";
        Assert.Contains(Outermost(sentence), m => m.Kind == MentionKind.Quoted && m.Surface == "每天一节体育课");
    }
}
