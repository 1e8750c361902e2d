// Specifications of policy round 67 (issue 13, branch policy67): spans the policy walk closed that open with the prose around a
// suffix word (a preposition whose phrase runs on into 的, the verb of emphasis 突出) or that take a list's last member with the
// category after 等 name no policy, and are not reported; names that open with a 以…为 frame or hold 等 inside a word keep.
// Every sentence is a real one of a readable text (the file is named); the removed spans were judged wrong in
// mentions-unseen26i-judged.tsv, -26j-, -26l- (readable-wrong67.tsv).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Prose openings and a list's tail before 等 are no policy names (round 67); framed names and 高等… keep.</summary>
public sealed class PolicyRound67Tests
{
    [Fact]
    public void A_preposition_whose_phrase_runs_into_a_de_phrase_opens_no_strategy()
    {
        // futian-gwr-2023 (unseen26l): "by the stability of the epidemic-control strategy".
        Assert.DoesNotContain(Policies("坚持防治并举，因时因势调整优化疫情防控措施，以防控战略的稳定性、防控措施的灵活性有效应对疫情形势的不确定性，化“两难”为“两全”。"),
            m => m.Surface.EndsWith("战略", StringComparison.Ordinal));
        // guangming-gwr-2025 (unseen26l): "from the height of the political, overall strategy".
        Assert.DoesNotContain(Policies("“百千万工程”是全省推动高质量发展的头号工程，我们要从政治全局战略的高度、以头号力度抓好落实，统筹推进城乡融合和区域协调发展。"),
            m => m.Surface.EndsWith("战略", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_framed_by_yi_and_wei_keeps_its_preposition()
    {
        // zhumadian 2025: the national 以人为核心的新型城镇化战略 (the development gold codes it).
        Assert.Contains(Policies("深入实施以人为核心的新型城镇化战略，全市改造城镇老旧小区137个、农村危房1078户。"),
            m => m.Surface == "以人为核心的新型城镇化战略");
    }

    [Fact]
    public void The_verb_of_emphasis_before_a_generic_reform_names_no_reform()
    {
        // cpc-reform-decision-explanation-2024 (unseen26i): "give prominence to the reform of institutions and mechanisms".
        IReadOnlyList<SloganMention> policies = Policies("三是抓住重点，突出体制机制改革，突出战略性、全局性重大改革，突出经济体制改革牵引作用，凸显改革引领作用。");
        Assert.DoesNotContain(policies, m => m.Surface.StartsWith("突出", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lists_last_member_with_the_category_after_deng_is_no_name()
    {
        // shenzhen-gwr-2025 (unseen26j): the campaigns of banking … mergers are a category of special campaigns; the formula
        // 高质量发展 inside is reported (the gold codes it there).
        IReadOnlyList<SloganMention> found = Mentions("加快建设具有全球重要影响力的产业金融中心，深入实施银行、证券、保险、风投创投、融资租赁、并购重组等高质量发展专项行动，优化完善产业引导基金体系。");
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Policy && m.Surface.EndsWith("专项行动", StringComparison.Ordinal));
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "高质量发展");
        // dapeng-gwr-2025 (unseen26l): the segmenter joins 季 to 等; the list's tail is still no name.
        Assert.DoesNotContain(Policies("打好“龙舟水”、强对流天气、台风季等灾害防御攻坚战。"), m => m.Surface.EndsWith("攻坚战", StringComparison.Ordinal));
    }

    [Fact]
    public void Deng_inside_a_word_closes_no_list()
    {
        // jiangxi 2026: 高等教育 is a word; the campaign is reported whole.
        Assert.Contains(Policies("围绕科技创新、产业需求育人，实施高等教育学科专业设置调整优化行动，加力支持南昌大学整体建设“双一流”高校。"),
            m => m.Surface == "高等教育学科专业设置调整优化行动");
    }
}
