// Specifications of round 103 (bound103, issue 13): quoted and numbered labels drawn to the codebook's boundary (rounds 26,
// 27, 35, 40, 43, 47). The 96 readable judged quoted and numbered mentions still reported and read wrong with a "boundary:"
// reason (unseen26n's sample among them) were classed: label + word or noun phrase 41, field + generic label 20, inside a
// designation or title 13, member of a run sharing one head 7, a count label summing up the list before it 5, a place's model
// after its field 5 (光明模式 ×4, 大鹏模式: two Shenzhen districts' reports only), cut elsewhere 7. Inside each class the causes
// are singletons of one text (创建 read as the clause's verb in 文明创建“十大机制”, the measure 套 of 企业服务“一套体系”, heads
// rounds 48 and 74 measured wrong as redraws: 场景, 项目, 道路); one cause recurs: a generic count label written WITHOUT
// quotation marks after its field was never drawn with it (only the quoted label was, NumberedFinder.QualifierStart). Every
// sentence is a real one of a readable text (named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Generic count labels without quotation marks drawn with their field, and the bare readings round 103 left.</summary>
public sealed class LabelBoundaryRound103Tests
{
    [Theory]
    // unseen/shenzhen-gwr-2020 (unseen26n): the judge read the bare 三项制度 wrong (boundary: the item is 行政执法三项制度); the gold
    // codes 行政执法三项制度. zhumadian 2020, baoding 2022 and hebei 2022 write the same label quoted, already drawn with its field.
    [InlineData("建立健全重大行政决策过程记录制度，全面推行行政执法三项制度，梳理公布涉企检查事项清单，深圳法治政府建设走在全国前列。", "行政执法三项制度", "三项制度")]
    // provincial/gansu_2026: the five systems of work safety; 建立健全, one token of two verbs, is the clause's verb.
    [InlineData("建立健全安全生产五大体系，生产安全事故起数、死亡人数、受伤人数、直接经济损失分别下降36.7%、38.8%、50.7%、39.1%。", "安全生产五大体系", "五大体系")]
    public void An_unquoted_generic_count_label_is_drawn_with_its_field(string sentence, string surface, string label)
    {
        var found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == surface && m.Label == label);
        Assert.DoesNotContain(found, m => m.Surface == label);
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
