// Specifications of round 74's plans of a campaign (issue 13, plan74; PolicyDocumentFinder): a plan named without 《》 whose
// name ends in a campaign and 行动方案 (X行动 + 方案), after the verb that issues, makes or carries it out (出台, 制定, 落实,
// 出台实施, 制定实施), is the titled document, even where a programme finder names the campaign before 方案. The golds code the
// plan whole at every coded readable place (hebei 2022, guangdong 2025, guangming 2025, dapeng 2025, guizhou 2026) and the
// unseen judges read the campaign cut before 方案 wrong (guangdong 2025, dapeng 2025). Sentences of the opened unseen sets,
// the development reports and the national reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class PlanRound74Tests
{
    [Theory]
    // unseen/guangdong-gwr-2025 (gold: 广东自贸试验区提升战略行动方案; judge: the cut …行动 wrong).
    [InlineData("广州花都经济开发区升级为国家级。出台广东自贸试验区提升战略行动方案，对接国际高标准推进制度型开放试点33项任务全部落地。", "广东自贸试验区提升战略行动方案", "广东自贸试验区提升战略行动")]
    // unseen/dapeng-gwr-2025 (gold: the whole title; judge: the cut …三年行动 wrong).
    [InlineData("高标准编制“1+6+7+N+1”大鹏半岛规划，出台实施释放旅游消费潜力推动旅游业高质量发展三年行动方案。全力攻坚、多方协调。", "释放旅游消费潜力推动旅游业高质量发展三年行动方案", "旅游业高质量发展三年行动")]
    // unseen/guangming-gwr-2025 (gold: 光明科学城基础性人才集聚行动方案).
    [InlineData("修订完善“人才高地计划”配套政策及实施细则，出台实施光明科学城基础性人才集聚行动方案，揭牌成立高层次人才服务站。", "光明科学城基础性人才集聚行动方案", "光明科学城基础性人才集聚行动")]
    // gwr/2021: the national plan made and carried out (round 19 had left the campaign).
    [InlineData("打好关键核心技术攻坚战，制定实施基础研究十年行动方案，提升企业技术创新能力。", "基础研究十年行动方案", "基础研究十年行动")]
    public void A_plan_a_verb_issues_is_titled_whole_not_its_campaign(string text, string plan, string campaign)
    {
        IReadOnlyList<SloganMention> found = Mentions(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Titled && m.Surface == plan && !m.Nested);
        Assert.DoesNotContain(found, m => m.Surface == campaign);
    }

    [Theory]
    // unseen/hebei-gwr-2022 (gold: 国家科技体制改革三年行动方案 | 科技体制改革三年行动方案): the issuer 国家 stays out, as
    // the document finder reads issuers.
    [InlineData("推动创新发展实现新突破。落实国家科技体制改革三年行动方案，优化科技创新生态。", "科技体制改革三年行动方案")]
    // provincial/guizhou_2026 (gold: 全省闲置低效项目盘活行动方案): 全省 is the issuer, left out as 我省 is (henan 2026).
    [InlineData("出台政府投资项目全生命周期管理办法，制定全省闲置低效项目盘活行动方案，分领域推动项目发挥效益。", "闲置低效项目盘活行动方案")]
    public void The_issuer_before_the_plan_of_a_campaign_is_no_part_of_its_name(string text, string plan) =>
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Titled && m.Surface == plan);

    [Theory]
    // municipal/zhumadian_2018: a special plan of a short field stays a category of plan.
    [InlineData("强力推进招商引资。研究制订招商引资专项行动方案，立足主导产业和产业链。")]
    // unseen/baoding-gwr-2023: plans described by their qualities, no name and no issuing verb before the name.
    [InlineData("各县（市、区）、各部门研究谋划一批本地区、本部门的工作场景，编制可操作、可执行、可落地的行动方案，一步一个脚印。")]
    public void An_action_plan_of_a_kind_is_no_titled_document(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Titled);

    [Fact]
    public void A_campaign_the_lexicon_names_before_方案_stays_inside_the_lexicon_plan()
    {
        // gwr/2022: the lexicon holds the State Council's 碳达峰行动方案 whole; the document finder adds nothing over it.
        IReadOnlyList<SloganMention> found = Outermost("有序推进碳达峰碳中和工作。落实碳达峰行动方案。推动能源革命。");
        Assert.Single(found, m => m.Surface == "碳达峰行动方案");
    }

    [Theory]
    // Plans joined to a second plan by 和/及 are not read as one title: the golds code the first plan alone at baoding 2022
    // (博物馆之城五年建设规划, borderline) and baoding 2023 (扩大内需战略规划纲要), the joined pair at baoan 2024 (borderline), and
    // no readable reading holds at 90 % of the places; the tool reports no joined title there.
    [InlineData("一是传承文脉增古韵。深入挖掘保定历史文脉资源，编制博物馆之城五年建设规划和三年行动计划。深入挖掘保定美食故事。")] // unseen/baoding-gwr-2022
    [InlineData("深入贯彻扩大内需战略规划纲要和实施方案，以多种方式和渠道。")] // unseen/baoding-gwr-2023
    public void Two_plans_joined_by_和_are_no_single_title(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("和三年行动计划", StringComparison.Ordinal) || m.Surface.Contains("和实施方案", StringComparison.Ordinal));

    [Fact]
    public void The_aspect_particle_after_the_verb_is_no_part_of_the_name()
    {
        // gwr/2021's sentence written with 了 after the verb, as reports write it (制定了…行动方案): no readable text writes a plan so,
        // and the plan's name must not open with the particle.
        IReadOnlyList<SloganMention> found = Mentions("打好关键核心技术攻坚战，制定了基础研究十年行动方案，提升企业技术创新能力。");
        Assert.Contains(found, m => m.Kind == MentionKind.Titled && m.Surface == "基础研究十年行动方案");
        Assert.DoesNotContain(found, m => m.Surface.StartsWith('了'));
    }
}
