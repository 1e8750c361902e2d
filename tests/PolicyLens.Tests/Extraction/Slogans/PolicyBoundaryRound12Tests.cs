// Specifications of the policy finder's twelfth round (issue 13): a verb is no field before a quoted programme label. The
// name starts at the quote after a clause's verb (完成天水机场“盖被子”工程, 扩大农村“少生快富”工程) and after a verb-result compound
// such as 做实 (one adapted sentence, as no real one holds the shape); a field noun whose first word jieba tags as a verb (承包土地, 创新药, 补短板) stays in the name. Real
// sentences of the development reports and the national corpus (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Where a quoted programme name begins when a verb stands before its label: the verb and what follows it up to the quote are
/// no field of the name, while a field noun that opens with a verb-tagged word (承包土地“三权分置”政策) is part of it.
/// </summary>
public sealed class PolicyBoundaryRound12Tests
{
    // The name is one policy mention at its place in the sentence, and no policy mention starts before it and ends inside it.
    private static void AssertName(string sentence, string name, string label)
    {
        int start = sentence.IndexOf(name, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the sentence holds {name}");
        IReadOnlyList<SloganMention> policies = Policies(sentence);
        SloganMention mention = Assert.Single(policies, m => m.End == start + name.Length);
        Assert.Equal(name, mention.Surface);
        // Round 43: the whole name is the canonical, the quoted label the mention's Label.
        Assert.Equal(name.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal), mention.Canonical);
        Assert.Equal(label, mention.Label);
    }

    [Theory]
    [InlineData("开工建设平凉机场，完成天水机场“盖被子”工程，推进兰州铁路枢纽优化提升工程、定平铁路、武威机场、临夏机场等项目前期取得实质性进展。", "“盖被子”工程", "盖被子")] // gansu 2026
    [InlineData("实行农村计划生育家庭奖励扶助等制度。扩大农村“少生快富”工程实施范围。", "“少生快富”工程", "少生快富")] // gwr 2007
    [InlineData("突出民间投资优先、产业项目优先、科技创新优先，深入实施扩大有效投资“千项万亿”工程，加大高技术产业、战略性新兴产业和制造业技术改造投资。", "“千项万亿”工程", "千项万亿")] // zhejiang 2026
    [InlineData("扩大财政资金“补改投”改革试点范围，提升财政资金使用绩效。", "“补改投”改革试点", "补改投")] // guangdong 2024
    public void After_a_clause_verb_the_name_starts_at_the_quote(string sentence, string name, string label) =>
        AssertName(sentence, name, label);

    [Fact]
    public void A_verb_result_compound_opening_the_clause_is_no_field()
    {
        // gansu 2026 writes 做实“一键申报”机制; the development texts and the national corpus hold no verb of making right before a
        // label with a policy head, so the sentence is adapted: 试点 for 机制. Before round 12 the short run 做实 at the clause's
        // start was taken for a field (做实“一键申报”试点).
        const string Gansu2026Adapted = "坚持识别精准、帮扶精准、动态管理，做实“一键申报”试点，提升防止返贫监测体系效能。";
        IReadOnlyList<SloganMention> policies = Policies(Gansu2026Adapted);
        SloganMention pilot = Assert.Single(policies);
        Assert.Equal("“一键申报”试点", pilot.Surface);
        Assert.Equal("一键申报试点", pilot.Canonical);
        Assert.Equal("一键申报", pilot.Label);
    }

    [Theory]
    [InlineData("全面完成农村土地承包经营权确权登记颁证，落实承包土地“三权分置”政策，完善农村土地经营权流转交易制度。", "承包土地“三权分置”政策", "三权分置")] // zhumadian 2017
    [InlineData("实施创新药“护苗”行动计划。", "创新药“护苗”行动计划", "护苗")] // sichuan 2026
    [InlineData("压实企事业单位法人代表法定责任，推进安全生产“六查一打”专项行动，精细化常态化排查整治风险隐患。", "安全生产“六查一打”专项行动", "六查一打")] // zhumadian 2024
    public void A_field_noun_that_opens_with_a_verb_tagged_word_stays_in_the_name(string sentence, string name, string label) =>
        AssertName(sentence, name, label);

    [Fact]
    public void A_verb_object_programme_name_keeps_its_field()
    {
        // zhumadian 2020: Henan's 补短板“982”工程; a bare number is no formula, so the name has no label (round 43: the canonical is
        // the whole name, quotation marks removed).
        const string Zhumadian2020 = "抢抓国家“十四五”规划编制，加大特别国债、地方政府专项债券发行和我省实施补短板“982”工程、推动县域经济换档提质等重大“机遇期”“窗口期”，聚焦产业升级、“四改一拆”、公共服务、应急保障等“补短板”领域和5G网络、数据中心、工业互联网等新基建领域，精准谋划包装一批重大项目，积极向上对接，力争更多项目获得上级支持。";
        AssertName(Zhumadian2020, "补短板“982”工程", "");
    }
}
