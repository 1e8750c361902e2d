// Specifications of policy round 45 (issue 13, branch policy45): a programme the lexicon holds (…行动, …计划, …工程), narrowed by the
// field or object it is run for and written between an introducing verb and the clause's end (实施医疗登峰计划， 深入实施医保全民参保
// 计划。), is named whole, as the readable golds code it (the codebook's cut cores), and a quoted label inside such a name is recorded
// beside it (round 43's decision: 岭南文化“双创”工程). A round or phase (启动二期…), a verb of a pair (深化拓展…), a description
// (高原特色…) and a pilot (…试点, which the golds code under the national name) leave the lexicon's programme as it was.
// Real sentences of the development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>An introducing verb + a qualifier + a lexicon programme + the clause's end is the qualified programme's whole name.</summary>
public sealed class PolicyRound45Tests
{
    [Theory]
    [InlineData("提升爱国卫生运动成效。建强优势专科。实施医疗登峰计划，加大对头部医院科研支持力度。", "医疗登峰计划")] // fujian 2026
    [InlineData("提高残疾人两项补贴标准。深入实施医保全民参保计划。改造城镇老旧小区500个以上，", "医保全民参保计划")] // unseen/hebei-gwr-2025
    [InlineData("用好碳市场和碳普惠机制。实施工业领域碳达峰行动，完善绿色交通运输网络体系，", "工业领域碳达峰行动")] // unseen/gd-15th-fyp-proposal
    [InlineData("建成国家超算深圳中心二期，推动实施人体蛋白质组导航国际大科学计划。聚焦“卡脖子”技术、", "人体蛋白质组导航国际大科学计划")] // unseen/guangdong-gwr-2025
    [InlineData("建设教育强省。开展新时代基础教育扩优提质行动，新改扩建义务教育学校100所，", "新时代基础教育扩优提质行动")] // unseen/hebei-gwr-2024
    public void A_qualified_lexicon_programme_after_its_verb_is_named_whole(string sentence, string name)
    {
        List<SloganMention> mentions = Outermost(sentence);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == name);
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Lexicon && name.EndsWith(m.Surface, StringComparison.Ordinal));
    }

    [Fact]
    public void The_lexicon_programme_a_qualified_name_narrows_is_its_label()
    {
        // fujian 2026 (the lead's review of round 45: the series of 登峰计划 stays one when grouped by label).
        SloganMention name = Assert.Single(Outermost("提升爱国卫生运动成效。建强优势专科。实施医疗登峰计划，加大对头部医院科研支持力度。"), m => m.Kind == MentionKind.Policy);
        Assert.Equal("医疗登峰计划", name.Canonical);
        Assert.Equal("登峰计划", name.Label);
    }

    [Fact]
    public void A_quoted_label_inside_a_qualified_programme_is_recorded_beside_it()
    {
        List<SloganMention> mentions = Outermost("提升古籍保护传承和转化利用水平。创新实施岭南文化“双创”工程，做好历史文化名城名镇名村、历史文化街区保护。"); // guangdong 2023
        SloganMention name = Assert.Single(mentions, m => m.Kind == MentionKind.Policy && m.Surface == "岭南文化“双创”工程");
        Assert.Equal("岭南文化双创工程", name.Canonical);
        Assert.Equal("双创", name.Label);
    }

    [Theory]
    [InlineData("大力发展各项社会事业。启动二期学前教育三年行动计划，稳妥推进农村中小学布局调整，", "学前教育三年行动计划")] // zhumadian 2014: a phase
    [InlineData("建强数智赋能体系。深化拓展“人工智能+”行动，加快国家医疗、农业领域人工智能应用中试基地建设，", "“人工智能+”行动")] // henan 2026: a pair of verbs
    [InlineData("实施盐碱地治理工程。深入推进高原特色种业振兴行动，支持设施农业更新改造，", "种业振兴行动")] // qinghai 2026: a description
    public void A_phase_a_verb_or_a_description_leaves_the_lexicon_programme_as_it_was(string sentence, string programme)
    {
        Assert.Contains(Outermost(sentence), m => m.Surface == programme);
    }

    [Fact]
    public void A_place_before_a_pilot_leaves_the_national_pilot_bare()
    {
        // guangdong-plan-outline-2026-1: the golds code a place's pilot of a national programme under the national name.
        List<SloganMention> mentions = Outermost("推进粤港澳大湾区内地九市要素市场化配置综合改革试点，因地制宜");
        Assert.DoesNotContain(mentions, m => m.Surface == "粤港澳大湾区内地九市要素市场化配置综合改革试点");
    }

    [Fact]
    public void Senior_secondary_school_as_a_level_names_no_school_whose_project_it_would_be()
    {
        // unseen/guangdong-plan-outline-2026-1: 高中学位 holds 中学 only across two words; 高中 is a level of schooling.
        Assert.Contains(Policies("提高教育帮扶质效。扩大普通高中办学资源，实施普通高中学位建设行动，加强特色高中、综合高中建设。"), m => m.Surface == "普通高中学位建设行动");
    }
}
