// Specifications of round 60's policy60 change (issue 13): the field written before a programme's quoted label is part of the
// programme's name (the codebook's round-43 decision: 交通建设“双千”工程) after the further verbs of carrying a programme out
// (推动, 抓好, 实行, 聚焦, 获批) and at the head of a numbered note's entry, as the golds of the opened sets code it
// (PolicyFinder.QuotedNameFields.cs). A place opening the field stays out. And the lexicon entry 国际大科学计划和大科学工程
// (tools/lexicon/curated/round60-policy60.txt): the coordinated national initiative is one name. Sentences of the readable texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class PolicyRound60Tests
{
    [Theory]
    // unseen/baoding-gwr-2023 (gold: 县城建设十个一工程).
    [InlineData("加快推进以县城为重要载体的城镇化建设，深入推动县城建设“十个一”工程，持续开展县城建设重点项目观摩拉练。", "县城建设“十个一”工程", "十个一")]
    // unseen/baoding-gwr-2025 (gold: 城市地下管网里子工程).
    [InlineData("利用城市体检成果，抓好城市地下管网“里子”工程。实施泵站建设改造工程，提升主城区排水能力。", "城市地下管网“里子”工程", "里子")]
    // unseen/baoding-gwr-2022 (gold: 城市管理新颜值行动).
    [InlineData("强力开展主城区聚焦城市管理“新颜值”行动，首批“十三件工程，26件实事好事”陆续完成。", "城市管理“新颜值”行动", "新颜值")]
    // unseen/shenzhen-gwr-2025 (gold: 智能网联汽车车路云一体化应用试点; judged wrong cut in mentions-unseen26j-judged.tsv).
    [InlineData("智能终端、智能传感器入选国家级中小企业特色产业集群。获批智能网联汽车“车路云一体化”应用试点、电动汽车电池及充电系统产业计量测试中心。", "智能网联汽车“车路云一体化”应用试点", "车路云一体化")]
    // unseen/guangdong-gwr-2025.
    [InlineData("开展县镇管理体制改革试点，全面实行财政“省直管县”改革，推动各类资源下沉到县镇村。", "财政“省直管县”改革", "省直管县")]
    public void The_field_after_a_verb_of_carrying_out_is_part_of_the_name(string text, string surface, string label)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == surface && m.Label == label);
    }

    [Theory]
    // unseen/luohu-gwr-2025's glossary (gold: 城市管理街区制改革; judged wrong cut in mentions-unseen26k-judged.tsv).
    [InlineData("　　14.城市管理“街区制”改革：为提升城市精细化治理水平、破解市容环境治理难题而推行的基层管理创新模式。", "城市管理“街区制”改革")]
    // unseen/baoding-gwr-2022's notes (gold: 县城建设十个一攻坚行动).
    [InlineData("[15]县城建设“十个一”攻坚行动：即打造一个鲜明的县城风貌和建筑风格定位。", "县城建设“十个一”攻坚行动")]
    public void A_note_entry_opens_with_the_field_of_its_programme(string text, string surface)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == surface);
    }

    [Fact]
    public void A_place_before_the_field_keeps_the_name_at_its_label()
    {
        // shaanxi_2026: 西安 says where the reform runs.
        var found = Outermost("强化新兴领域知识产权保护，推动西安科创金融服务“硬科技”改革。巩固拓展“三项改革”成果。");
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == "“硬科技”改革");
        Assert.DoesNotContain(found, m => m.Surface.Contains("西安", StringComparison.Ordinal));
    }

    [Theory]
    // unseen/cpc-basic-research-speech-2023, unseen/guangdong-plan-outline-2026-1: coded whole by their golds.
    [InlineData("我们要构筑国际基础研究合作平台，牵头实施国际大科学计划和大科学工程，设立面向全球的科学研究基金。")]
    [InlineData("依托重大科技基础设施积极牵头实施并参与国际大科学计划和大科学工程，加快汇聚全球高层次人才。")]
    public void The_international_big_science_initiative_is_one_coordinated_name(string text)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "国际大科学计划和大科学工程");
        Assert.DoesNotContain(found, m => m.Surface is "国际大科学计划" or "大科学工程");
    }
}
