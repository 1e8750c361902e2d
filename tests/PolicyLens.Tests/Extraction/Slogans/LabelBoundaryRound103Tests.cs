// Specifications of round 103 (bound103, issue 13): quoted and numbered labels drawn to the codebook's boundary (rounds 26,
// 27, 35, 40, 43, 47). The 96 readable judged quoted and numbered mentions still reported and read wrong with a "boundary:"
// reason (unseen26n's sample among them) were classed: label + word or noun phrase 41, field + generic label 20, inside a
// designation or title 13, member of a run sharing one head 7, a count label summing up the list before it 5, a place's model
// after its field 5 (光明模式 ×4, 大鹏模式: two Shenzhen districts' reports only), cut elsewhere 7. Inside each class the causes
// are singletons of one text (创建 read as the clause's verb in 文明创建“十大机制”, the measure 套 of 企业服务“一套体系”, heads
// rounds 48 and 74 measured wrong as redraws: 场景, 项目, 道路). One cause recurs: a generic count label written WITHOUT
// quotation marks after its field is never drawn with it (only the quoted label is, NumberedFinder.QualifierStart). Round 103
// built that redraw (commit 666c947d: CountedTopic walks the field back with FieldStartBefore, skips a token of two stops,
// 全面推行 / 建立健全, canonical field + label, Label the bare label) and reverted it: it changes only two readable places of
// two documents (both right by the codebook, recall +1), below the round's three-document bar, and it breaks two tests that
// are not this round's to change (NumberedRound63Tests pins gansu's bare 五大体系, judged right in a set-aside file against
// the round-26/27 decision; the confidence model's training test moves with any judged mention redrawn). These tests pin the
// readings as the build reads them, so a later rule changes them knowingly. Every sentence is a real one of a readable text.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The boundary readings round 103 classed and left as the build reads them.</summary>
public sealed class LabelBoundaryRound103Tests
{
    [Fact]
    public void An_unquoted_generic_count_label_after_its_field_is_drawn_with_it()
    {
        // unseen/shenzhen-gwr-2020 (unseen26n): the judge read the bare 三项制度 wrong (boundary: the item is 行政执法三项制度), the
        // gold codes 行政执法三项制度; zhumadian 2020, baoding 2022 and hebei 2022 write the label quoted and are drawn with the
        // field. Left bare in round 103 (header); changed in round 112 (count112: round 103's redraw re-applied, the bare label
        // the mention's Label; CountLabelFieldRound112Tests).
        var found = Numbered("建立健全重大行政决策过程记录制度，全面推行行政执法三项制度，梳理公布涉企检查事项清单，深圳法治政府建设走在全国前列。");
        Assert.Contains(found, m => m.Surface == "行政执法三项制度" && m.Label == "三项制度");
        Assert.DoesNotContain(found, m => m.Surface == "三项制度");
    }

    [Fact]
    public void The_same_label_quoted_after_its_field_is_drawn_with_it()
    {
        // unseen/baoding-gwr-2022: the round-26 decision's own example, drawn by NumberedFinder.QualifierStart.
        var found = Numbered("科学决策、慎重用权，规范决策程序，推动行政执法“三项制度”全覆盖。");
        Assert.Contains(found, m => m.Surface == "行政执法“三项制度”" && m.Canonical == "行政执法三项制度");
    }

    [Theory]
    // unseen/baoan-gwr-2024: a count after 等 sums up the list before it; the field walk finds no field (the judge of the
    // quoted finder's 三大工程 after such a list read the list + label; no rule draws a list).
    [InlineData("大力实施保障性住房规划建设、“平急两用”公共基础设施、城中村改造等三大工程，有效释放投资当量。", "三大工程")]
    // gwr/2016: a verb before the label (采取) opens no field.
    [InlineData("今年将采取三项举措。", "三项举措")]
    public void An_unquoted_generic_count_label_with_no_field_stays_bare(string sentence, string label)
    {
        Assert.Contains(Numbered(sentence), m => m.Surface == label);
    }

    [Fact]
    public void A_places_model_after_its_field_stays_bare()
    {
        // unseen/guangming-gwr-2021 (unseen26n): judged wrong bare (光明模式 names three models of the district). Left: the shape
        // (FIELD“PLACE模式/经验”, the place's own name, not a lexicon formula) is written at five readable places of two
        // reports of Shenzhen districts only (光明 ×4, 大鹏 ×1); 长汀经验 and 晋江经验 are lexicon formulas.
        var found = Quoted("实现从“功能区”到“行政区”升级；顺利完成街道分设和区级机构改革；对标世界银行指标体系出台优化营商环境“57条”；政务服务事项网办率达到100%；创新推出群众诉求服务“光明模式”，得到中央政法委和国家信访局充分肯定，工作经验在全省全市推广；刑事治安总警情连续五年下降；食品安全状况绩效考核连续四年全市排名第一。");
        Assert.Contains(found, m => m.Surface == "光明模式");
    }
}
