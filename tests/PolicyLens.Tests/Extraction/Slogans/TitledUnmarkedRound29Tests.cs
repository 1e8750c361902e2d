// Specifications of the titled round 29 (issue 13, branch titled29): documents of state named without 《》, which the codebook
// codes as titled "with or without 《》". Laws after a verb of law-making or enforcement (落实增值税法, 修改颁布可再生能源法,
// 贯彻实施就业促进法和劳动合同法: LawNameFinder), plans named by a head only a named plan has (实施环塔里木经济带发展规划,
// 编制实施横琴合作区总体发展规划, 落实好妇女儿童发展十年规划: PlanNameFinder), and measures titled 关于…的若干措施 written without
// 关于 (出台促进民间投资发展的若干措施: PolicyDocumentFinder). Ordinary words ending in 法 (立法, 执法, 做法, 方法), the
// constitution as the rule of law (遵守宪法和法律) and kinds of plans every city draws (城市更新专项规划, 国土空间总体规划) stay
// out. Every sentence is a real one of a development text (named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>LawNameFinder, PlanNameFinder and PolicyDocumentFinder's 的若干措施: titled documents named without 《》.</summary>
public sealed class TitledUnmarkedRound29Tests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static IReadOnlyList<SloganMention> Titled(string text) =>
        [.. Extractor.Extract(text, new ExtractionContext("t", 2026)).Where(m => m.Kind == MentionKind.Titled)];

    [Theory]
    [InlineData("以高水平管理推动财政高质量发展。落实增值税法，优化税收征管。", "增值税法")] // xinjiang_2026
    [InlineData("推进优质文化资源直达基层。贯彻落实国家通用语言文字法，修订自治区语言文字工作条例，", "国家通用语言文字法")] // xinjiang_2026
    [InlineData("持续推动民族团结进步，贯彻实施即将出台的民族团结进步促进法，依法治理民族事务，", "民族团结进步促进法")] // xinjiang_2026: the status 即将出台的 is no part of the name
    [InlineData("强化节能降碳工作统筹，加快修改节约能源法。修改颁布可再生能源法。", "节约能源法")] // unseen/cpc-energy-saving-opinion-2026
    [InlineData("强化节能降碳工作统筹，加快修改节约能源法。修改颁布可再生能源法。", "可再生能源法")] // unseen/cpc-energy-saving-opinion-2026
    [InlineData("落实好新修订的个人所得税法，使符合减税政策的", "个人所得税法")] // gwr 2019
    [InlineData("推进反腐败国家立法，修改监察法，出台反跨境腐败法。", "监察法")] // cpc-third-plenum-decision-2024
    [InlineData("推进反腐败国家立法，修改监察法，出台反跨境腐败法。", "反跨境腐败法")] // cpc-third-plenum-decision-2024
    public void A_law_after_a_verb_of_law_making_or_enforcement_is_titled(string sentence, string surface) =>
        Assert.Contains(Titled(sentence), m => m.Surface == surface);

    [Theory]
    [InlineData("努力扩大就业。认真贯彻实施就业促进法和劳动合同法。", "就业促进法", "劳动合同法")] // gwr 2008: joined by 和
    [InlineData("国务院提请全国人大常委会审议了社会保险法、防震减灾法等8件法律议案", "社会保险法", "防震减灾法")] // gwr 2009: a list after 、
    public void Laws_listed_under_one_verb_are_each_titled(string sentence, string first, string second)
    {
        IReadOnlyList<SloganMention> titled = Titled(sentence);
        Assert.Contains(titled, m => m.Surface == first);
        Assert.Contains(titled, m => m.Surface == second);
    }

    [Theory]
    [InlineData("积极推动数据领域立法，")] // guangdong_2026: law-making, not a law
    [InlineData("推进行政执法、行政复议")] // sichuan_2026: enforcement
    [InlineData("宣传节能降碳先进典型和经验做法，")] // unseen/cpc-energy-saving-opinion-2026: a practice
    [InlineData("贯彻落实科学发展观的根本方法，")] // cpc-congress 18_2012: a method
    [InlineData("必须全面贯彻实施宪法，维护宪法权威，")] // cpc-third-plenum-decision-2024: the constitution as the rule of law
    [InlineData("各级政府及其工作人员要带头严格遵守宪法和法律，")] // gwr 2016
    [InlineData("更好地执行鞍钢宪法，")] // gwr 1975: a charter of a firm
    [InlineData("还要修订城镇集体所有制企业的所得税法，")] // gwr 1980: a law described, not named
    public void A_word_ending_in_fa_that_names_no_law_is_not_titled(string sentence) =>
        Assert.DoesNotContain(Titled(sentence), m => m.Surface.EndsWith('法'));

    [Fact]
    public void A_law_inside_the_name_of_its_implementing_measures_is_not_titled_apart() => // anhui_2026
        Assert.DoesNotContain(Titled("推动出台民营经济促进法实施办法，"), m => m.Surface == "民营经济促进法");

    [Theory]
    [InlineData("设立100亿元南疆发展专项资金，实施环塔里木经济带发展规划，", "环塔里木经济带发展规划")] // xinjiang_2026
    [InlineData("持续优化“一群三带”城镇空间格局。编制实施贵阳都市圈发展规划，", "贵阳都市圈发展规划")] // guizhou_2026
    [InlineData("大力推进横琴、前海、南沙建设。加快编制实施横琴合作区总体发展规划，", "横琴合作区总体发展规划")] // guangdong_2023
    [InlineData("高水平编制新一轮南沙总体发展规划，推动出台南沙条例，", "南沙总体发展规划")] // guangdong_2023: 新一轮 is no part of the name
    [InlineData("残疾人关爱服务体系，落实好妇女儿童发展十年规划。", "妇女儿童发展十年规划")] // shaanxi_2026
    [InlineData("完善农村义务教育经费保障机制。制定实施学前教育三年发展规划，", "学前教育三年发展规划")] // zhumadian_2011
    public void A_named_plan_after_a_verb_is_titled(string sentence, string surface) =>
        Assert.Contains(Titled(sentence), m => m.Surface == surface);

    [Theory]
    [InlineData("全面开展城市体检，编制城市更新专项规划，")] // guizhou_2026: a special plan every city draws
    [InlineData("（一）深入落实城市总体规划，")] // beijing_2026: a kind of plan
    [InlineData("优化城镇空间布局。落实国土空间总体规划，")] // zhumadian_2025
    [InlineData("围绕实施国家发展规划、重大战略促进财政")] // cpc-third-plenum-decision-2024
    [InlineData("制定并实施了土地利用总体规划，")] // gwr 2003
    [InlineData("编制完成养老服务业十年发展规划")] // zhumadian_2014: 完成 makes it a clause
    public void A_kind_of_plan_is_not_titled(string sentence) =>
        Assert.DoesNotContain(Titled(sentence), m => m.Surface.EndsWith("规划", StringComparison.Ordinal));

    [Theory]
    // Round 19 read liaoning's as a description; three 2026 reports name the same document (sichuan without 的, coded titled), and
    // the xinjiang gold codes it titled with 的: a title 关于…的若干措施 cited without 关于.
    [InlineData("出台促进民间投资发展的若干措施，支持更多民间资", "促进民间投资发展的若干措施")] // liaoning_2026
    [InlineData("深入实施促进民间投资发展的若干措施，建立鼓励民间资本", "促进民间投资发展的若干措施")] // xinjiang_2026: the gold item
    public void Measures_titled_with_de_before_ruogan_are_titled_whole(string sentence, string surface) =>
        Assert.Contains(Titled(sentence), m => m.Surface == surface);
}
