// Specifications of round 90's quotedshape90 change (issue 13): a quoted label written right before 工作 and the head of a way
// or plan of working names the report's working method, plan or deployment, however plain its words
// (QuotedLabelShape.WayOfWorking.cs); a bare number and a style of work (作风) there stay out, and so do the subsets of the
// shape test round 90 counted and left alone (place brands before 品牌, scare-quoted labels before 工程/成为).
// Sentences of the readable texts (the file each comes from is named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedShapeRound90Tests
{
    [Theory]
    // unseen/longhua-gwr-2024 (its gold codes the label): a working method, two halves of a motto divided by a space.
    [InlineData("改革开放取得突破性进展。“多调联动 精智解纷”工作法作为全市唯一案例，入选全国新时代“枫桥经验”先进典型。", "多调联动精智解纷")]
    // unseen/baoan-gwr-2024 (coded): the deployment the district carries out.
    [InlineData("突出抓好新型基础设施投资。落实全市“极速先锋城市”工作部署，适度超前布局5G网络、千兆光纤网络。", "极速先锋城市")]
    public void A_label_named_as_a_way_of_working_is_reported(string text, string label)
    {
        Assert.Contains(Quoted(text), m => m.Canonical == label);
    }

    [Theory]
    // unseen/dapeng-gwr-2025 (coded): round 47's decision reads the label with its phrase, counted under the bare label.
    [InlineData("建立重点片区指挥部、景区“大党委”等统筹协调机制，构建“大抓旅游”工作格局。", "“大抓旅游”工作格局", "大抓旅游")]
    // unseen/nanshan-gwr-2024 (coded): a campaign's plan, digits inside the label's words.
    [InlineData("“线上+线下”做好贴心服务。出台“奋战70天 决胜全年度”工作方案，成立经济运行调度指挥部。", "“奋战70天 决胜全年度”工作方案", "奋战70天决胜全年度")]
    public void A_label_before_its_working_frame_is_reported_with_it(string text, string surface, string label)
    {
        Assert.Contains(Quoted(text), m => m.Surface == surface && m.Canonical == label);
    }

    [Theory]
    // provincial/heilongjiang_2026 (coded, but a style of work: the qualities of a way of working).
    [InlineData("发扬“严真细实快”工作作风，着力提升政府效能。", "严真细实快")]
    // unseen/hebei-gwr-2025: a province's brand for investment (the codebook's open question 1: left alone).
    [InlineData("拓宽吸引外资渠道，打造“投资河北”品牌。提升开放平台能级。", "投资河北")]
    // gwr 2010: a scare-quoted kind of unfinished project.
    [InlineData("切实防止出现“半拉子”工程。", "半拉子")]
    public void Labels_of_other_shapes_stay_out(string text, string label)
    {
        Assert.DoesNotContain(Quoted(text), m => m.Canonical == label);
        Assert.Equal("shape", Reason(text, label));
    }
}
