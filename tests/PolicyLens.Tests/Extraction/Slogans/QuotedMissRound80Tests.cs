// Specifications of round 80's quotedmiss80 change (issue 13): a quoted label the report counts projects under is a label, however
// plain its words (QuotedLabelShape.CountedProjects.cs); it stays bare before 项目, and uncounted single projects stay out.
// Sentences of the readable texts (the file each comes from is named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedMissRound80Tests
{
    [Theory]
    // unseen/shenzhen-gwr-2024 (its gold codes 工业上楼, as the golds of longhua, baoan and guangming do): a count before the mark.
    [InlineData("加快建设20个先进制造业园区，供应工业用地5.7平方公里，新开工75个“工业上楼”项目、完成投资351.0亿元。", "工业上楼")]
    // unseen/shenzhen-gwr-2024: the size of the projects after 项目.
    [InlineData("新整备工业用地3平方公里、供应2.5平方公里，新开工“工业上楼”项目1000万平方米，加快制定“工业上楼”产业专项指引。", "工业上楼")]
    // unseen/longhua-gwr-2024: a batch before the mark.
    [InlineData("加快建设三大先进制造业园区，推动第二批“工业上楼”项目建设，探索二三产业混合用地试点改革。", "工业上楼")]
    // provincial/shaanxi_2026: the count after 项目, beside the lexicon's 保交房.
    [InlineData("612个房地产项目纳入“白名单”，完成“保交房”项目625个、“保回迁”项目217个，累计化解不动产“登记难”问题53.6万件。", "保回迁")]
    public void A_label_the_report_counts_projects_under_is_reported_bare(string text, string label)
    {
        Assert.Contains(Quoted(text), m => m.Surface == label && m.Canonical == label);
    }

    [Theory]
    // unseen/nanshan-gwr-2024: one tourist project, uncounted.
    [InlineData("结合“海上看深圳”，探索推出“海上看孖洲”项目，让更多人有机会近海亲海，享受海阔天空。", "海上看孖洲")]
    // unseen/longhua-gwr-2024: one project that won a designation.
    [InlineData("“国际通”项目获评国家级服务业标准化试点。", "国际通")]
    public void An_uncounted_single_project_stays_out(string text, string label)
    {
        Assert.DoesNotContain(Quoted(text), m => m.Canonical == label);
        Assert.Equal("shape", Reason(text, label));
    }
}
