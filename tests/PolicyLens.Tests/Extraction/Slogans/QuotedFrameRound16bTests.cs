// Specifications of round 16b of the quoted-label work (issue 13): a three-character label 大 + a field of government work,
// in quotation marks, right before the noun of a frame (“大交通”“大能源”格局, “大侨务”观念) is the label of an integrated frame,
// reported as quoted; the same shape before a verb (“大消费”促进机制), a problem or a plan, and longer 大 descriptions, stay out.
// A quoted label before 全链条 names the links of a chain, and a quoted reach before a circle (就业圈, 交通圈) a service-radius
// goal, whatever their shape; a popular name that 破圈 stays out. Sentences of the development texts (anhui_2026,
// guizhou_2026, fujian_2026, chongqing_2026, jiangsu_2026, zhumadian_2014, zhumadian_2020, zhumadian_2026, gwr 1986).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Quoted 大-labels of an integrated frame of government work, the links of a chain before 全链条 and a reach before a
/// circle, and the quoted words of the same shapes that name none. Each sentence names the file it comes from.
/// </summary>
public sealed class QuotedFrameRound16bTests
{
    [Theory]
    [InlineData("加快推动文化出海。构建“大文旅”工作格局，深化“百业+文旅”“文旅+百业”，", "大文旅")] // anhui_2026
    [InlineData("打好新时代新“侨牌”。践行“大侨务”观念，凝聚海外侨胞和归侨侨眷力量，", "大侨务")] // fujian_2026
    public void A_da_label_before_a_frame_word_is_reported_as_quoted(string sentence, string label) =>
        // Since round 47 a label before a noun phrase of its frame (工作格局) is drawn with it, counted under the bare label.
        Assert.Contains(Quoted(sentence), m => m.Canonical == label);

    [Fact]
    public void Two_da_labels_written_one_after_the_other_share_the_frame_word()
    {
        // guizhou_2026: 格局 after the second label names the frame of both.
        IReadOnlyList<SloganMention> quoted = Quoted("推进综合交通运输体制、能源管理体制改革，形成“大交通”“大能源”格局。改革财政资金使用方式，");
        Assert.Contains(quoted, m => m.Surface == "大交通");
        Assert.Contains(quoted, m => m.Surface == "大能源");
    }

    [Theory]
    [InlineData("布局调整，加快城区中小学建设，着力解决“入学难”、“大班额”问题，推动义务教育均衡发展。")] // zhumadian_2014: a problem
    [InlineData("施普惠性学前教育资源扩容工程、城镇义务教育学校消除“大班额”规划，新建改扩建幼儿园88所，")] // zhumadian_2020: a plan's object
    [InlineData("初步改变统购包销、统收统支、吃“大锅饭”的局面，既增强了企业的活力，")] // gwr 1986: a condemned practice
    [InlineData("引进省级首店200家以上。建立健全“大消费”促进机制，实施服务消费提质惠民行动，")] // anhui_2026: the object of 促进
    [InlineData("充分用好两个市场、两种资源，构建“大开放”协同机制，打造更多高能级开放平台，")] // anhui_2026: the object of 协同
    [InlineData("冷链物流、电商物流和即时配送体系，打通“大动脉”、畅通“微循环”，使驻马店")] // zhumadian_2026: a metaphor
    public void A_da_word_before_no_frame_word_is_not_a_frame_label(string sentence) =>
        Assert.DoesNotContain(Quoted(sentence), m => m.Surface.StartsWith('大') && m.Surface.Length == 3);

    [Theory]
    [InlineData("有序拓展低空经济应用场景，推动商业航天“星、箭、网、端”全链条发展。提升高端装备制造、", "星、箭、网、端")] // anhui_2026
    [InlineData("健全城乡垃圾分类处置体系，完善“投收运处”全链条管理，加强资源化利用。", "投收运处")] // anhui_2026
    public void The_links_of_a_chain_quoted_before_quan_lian_tiao_are_reported_whole(string sentence, string label) =>
        Assert.Contains(Quoted(sentence), m => m.Surface == label);

    [Theory]
    // Round 18 (boundary18): the reach is reported with the circle it measures, from the opening mark (the reach alone was cut).
    [InlineData("健全就业公共服务体系，拓展“三公里”就业圈、零工市场（驿站）功能。", "“三公里”就业圈")] // anhui_2026: a count in words
    [InlineData("城乡融合发生新变化。“2小时重庆”交通圈基本建成，首批交通强国试点任务全", "“2小时重庆”交通圈")] // chongqing_2026
    [InlineData("“清新福建”品牌更加响亮。“211”交通圈基本成型，交通强国建设试点成效居", "“211”交通圈")] // fujian_2026: a bare number
    public void A_quoted_reach_before_a_circle_is_reported_as_the_goal(string sentence, string label) =>
        Assert.Contains(Quoted(sentence), m => m.Surface == label && m.Canonical == label.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal));

    [Theory]
    [InlineData("文旅、赛事活动推动服务消费提质扩容，“苏超”破圈成为顶流，", "苏超")] // jiangsu_2026: a football league made famous
    [InlineData("获评全国高质量户外运动目的地，“渝超联赛”火爆出圈，铜梁龙", "渝超联赛")] // chongqing_2026
    public void A_popular_name_that_breaks_out_of_its_circle_is_no_reach(string sentence, string label) =>
        Assert.DoesNotContain(Quoted(sentence), m => m.Surface == label);
}
