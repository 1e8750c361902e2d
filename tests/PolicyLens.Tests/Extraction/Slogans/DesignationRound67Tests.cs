// Specifications of round 67 (issue 13, branch designation67): a pilot programme written as a formula and 试点, read as the pilot
// where a sign of a designation stands right before it (a round or count of pilots, a level word, a verb of applying), as the
// golds of the readable texts code it (the codebook's round-17 decision); without a sign, or after a modifier, the formula is left
// as found. And 新建 (building new ones) signs a won designation, not a centre. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Pilots after a round, count or level, and designations built new (round 67).</summary>
public sealed class DesignationRound67Tests
{
    [Fact]
    public void A_pilot_after_a_count_of_pilots_is_the_pilot()
    {
        // guangdong-gwr-2025 (unseen26f): its gold codes 以县城为重要载体的新型城镇化建设试点 | 以县城为重要载体的新型城镇化.
        const string sentence = "开展首批15个以县城为重要载体的新型城镇化建设试点，57个县（市）整体经济增速快于全省，县域的人口集聚效应增强。";
        SloganMention pilot = Assert.Single(Outermost(sentence), m => m.Surface.EndsWith("试点", StringComparison.Ordinal));
        Assert.Equal("以县城为重要载体的新型城镇化建设试点", pilot.Surface);
        Assert.Equal(DesignationLabel.Subtype, pilot.Subtype);
        // The formula inside, by its lexicon canonical, is the Label (round 43), so a gold row coding it is still answered.
        Assert.Equal("以县城为重要载体的城镇化", pilot.Label);
    }

    [Fact]
    public void A_pilot_after_a_round_is_the_pilot_without_the_round()
    {
        // gd-baiqianwan-meeting-2024 (unseen26b): its gold codes 以县城为重要载体的新型城镇化试点 (round 46: the round stays outside).
        const string sentence = "并宣读我省首批以县城为重要载体的新型城镇化试点名单；";
        Assert.Contains(Outermost(sentence), m => m.Surface == "以县城为重要载体的新型城镇化试点");
    }

    [Fact]
    public void A_pilot_after_a_level_word_keeps_it_and_is_counted_without_a_lower_grade()
    {
        // zhumadian 2024 (development): a provincial pilot applied for (the golds code 碳达峰试点 beside 碳达峰 in hubei, guizhou 2026).
        const string sentence = "坚持先立后破，开展省级碳达峰试点。积极推进生态保护治理。";
        SloganMention pilot = Assert.Single(Outermost(sentence), m => m.Surface.EndsWith("试点", StringComparison.Ordinal));
        Assert.Equal("省级碳达峰试点", pilot.Surface);
        Assert.Equal("碳达峰试点", pilot.Canonical);
    }

    [Fact]
    public void A_pilot_after_paired_levels_keeps_the_formula()
    {
        // sichuan 2026: the judge read 生态产品价值实现机制 right here (round 61's paired levels, DesignationRound61Tests).
        const string sentence = "推进国家和省级生态产品价值实现机制试点，加强“天府森林四库”建设，林草产业产值";
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface.EndsWith("试点", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pilot_without_a_sign_is_left_as_found()
    {
        // hebei-gwr-2023 (unseen26f): its gold codes 城乡融合发展 there, not the pilot; shenzhen-gwr-2025's codes 制度型开放.
        Assert.DoesNotContain(Outermost("加快以县城为重要载体的城镇化建设，抓好城乡融合发展试点，培育县城建设样板。"), m => m.Surface.EndsWith("试点", StringComparison.Ordinal));
        Assert.DoesNotContain(Outermost("深入实施自贸区提升战略，全面落实对接国际高标准推进制度型开放试点措施，争取在产权保护"), m => m.Surface == "制度型开放试点");
    }

    [Fact]
    public void A_pilot_after_a_modifier_a_scope_or_running_on_is_left_as_found()
    {
        // zhumadian 2011: the counties the pilot runs in are no part of its name (县新农保试点 would be cut).
        Assert.DoesNotContain(Outermost("2个县新农保试点顺利开展，企业退休人员养老金标准提高。"), m => m.Surface.EndsWith("试点", StringComparison.Ordinal));
        // gd-baiqianwan-plan-release-2026 (unseen26b): 全省 is a scope, its gold codes the pilot without it; left as found.
        Assert.DoesNotContain(Outermost("深化全域土地综合整治，推进全省低效用地再开发试点，深化农村“三块地”改革。"), m => m.Surface.StartsWith("全省", StringComparison.Ordinal));
    }

    [Fact]
    public void A_designation_built_new_after_a_count_keeps_its_level()
    {
        // chongqing 2026 (development): round 66 left 新建 out of the verbs; the gold of shaanxi 2026 codes 国家卓越级智能工厂.
        const string sentence = "新建15个国家卓越级智能工厂，培育未来工厂10家，智能油气采排成套装备入选国家首台（套）重大技术装备。";
        Assert.Contains(Outermost(sentence), m => m.Surface == "国家卓越级智能工厂");
    }

    [Fact]
    public void A_centre_built_new_is_an_institution_not_a_designation()
    {
        // gwr 2009: 新建 reads as 建设 for a centre (round 56's centres are read only when won or counted).
        Assert.DoesNotContain(Outermost("在信息、生物、环保等领域新建一批国家工程中心、重点实验室和企业技术中心。"), m => m.Surface == "国家工程中心");
    }
}
