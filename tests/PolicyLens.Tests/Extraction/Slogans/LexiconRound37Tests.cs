// Specifications of tools/lexicon/curated/round37-lexicon37.txt and of LexiconMatcher's round-37 guards (issue 13, round 37):
// established national vocabulary of 2018-2026 found by reading the national work reports paragraph by paragraph (强大国内市场,
// 卓越工程师, a spelling of 市场化法治化国际化一流营商环境), a category cut from a programme's name (…倍增计划, …“小升高”工程) and a
// formula inside a college's name (国家卓越工程师学院). Sentences of the national corpus, the development reports and the opened
// unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound37Tests
{
    [Theory]
    // provincial/guangdong_2026; unseen/cpc-third-plenum-decision-2024.
    [InlineData("（四）推动供需高水平动态适配，在建设强大国内市场中努力扩大有潜能的消费、有需求的生产、有效益的投资。", "强大国内市场")]
    [InlineData("加快建设国家战略人才力量，着力培养造就战略科学家、一流科技领军人才和创新团队，着力培养造就卓越工程师、大国工匠、高技能人才，提高各类人才素质。", "卓越工程师")]
    public void National_terms_the_lexicon_lacked_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == surface);
    }

    [Fact]
    // gwr 2022: written without 、 and 一流.
    public void The_business_environment_formula_without_its_commas_is_the_entry()
    {
        Assert.Contains(Outermost("围绕打造市场化法治化国际化营商环境，持续推进“放管服”改革，对取消和下放审批事项要同步落实监管责任和措施。"),
            m => m.Surface == "市场化法治化国际化营商环境" && m.Canonical == "市场化法治化国际化一流营商环境");
    }

    [Theory]
    // unseen/hebei-gwr-2023; provincial/xinjiang_2026; provincial/heilongjiang_2026 (the later 战略性新兴产业集群 and
    // 战略性新兴产业营收 stay uses of the entry).
    [InlineData("支持领军企业牵头组建创新联合体，实施科技型中小企业“小升高”工程，年内新增国家高新技术企业800家。", "科技型中小企业")]
    [InlineData("实施高新技术企业“量质提升”行动，布局建设一批概念验证中心、中试基地。", "高新技术企业")]
    [InlineData("深入实施战略性新兴产业倍增计划，加力发展数字智能、高端装备、航空航天、新材料。", "战略性新兴产业")]
    // provincial/beijing_2026 (reported as a variant of 地方政府专项债券 by the start build).
    [InlineData("积极争取超长期特别国债等各类资金，推进地方政府专项债“自审自发”试点；", "专项债")]
    public void A_category_that_opens_a_programme_s_name_is_not_reported_alone(string text, string category)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == category);
    }

    [Fact]
    // provincial/heilongjiang_2026: the same category outside the programme's name.
    public void The_category_outside_the_programme_s_name_stays()
    {
        Assert.Contains(Mentions("战略性新兴产业营收增长15%左右。"), m => m.Kind == MentionKind.Lexicon && m.Surface == "战略性新兴产业");
    }

    [Theory]
    // provincial/chongqing_2026; provincial/liaoning_2026.
    [InlineData("重庆大学国家卓越工程师学院累计输送智能产业人才超过1000人，大国工匠实现零的突破。", "卓越工程师")]
    [InlineData("新建省级卓越工程师学院7个、省级市域产教联合体5个。", "卓越工程师")]
    // unseen/baoding-gwr-2025 (乡村振兴 reported inside the college's name by the start build).
    [InlineData("用好双卓教育学院、乡村振兴学院、乡村医师学院资源，持续壮大保定工匠、卓越工程师、乡村医师、产业技术工人等队伍。", "乡村振兴")]
    public void A_formula_inside_a_college_s_name_is_not_reported(string text, string formula)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface.Contains(formula, StringComparison.Ordinal));
    }

    [Theory]
    // The national honour (国家卓越工程师, 国家卓越工程师团队): its two uses in the corpus are on held-out reports, so the sentences
    // here follow their form; the category in a talent list (the third-plenum decision above) stays.
    [InlineData("全年新增国家级人才42人，获评国家卓越工程师2人。")]
    [InlineData("一支团队荣获首届“国家卓越工程师团队”称号。")]
    public void The_national_honour_is_no_use_of_the_talent_category(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface.Contains("卓越工程师", StringComparison.Ordinal));
    }
}
