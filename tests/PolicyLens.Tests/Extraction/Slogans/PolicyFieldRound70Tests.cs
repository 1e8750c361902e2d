// Specifications of round 70 (issue 13, branch field70): the field written before a quoted label and its programme head
// (FIELD“LABEL”HEAD, PolicyFinder.FieldBefore) is kept whole where it holds 建设 or 服务 after a field noun, 和 joining two field
// nouns, 重大 joined to its noun, or a field's 升级, and where it runs to twelve characters after an introducing verb or opens
// after a list ordinal; the codebook's round-43 decision makes the whole name the item, and the readable judges read each of
// these bare labels as a dropped field. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Fields of a quoted programme label that the field walk now passes through (round 70).</summary>
public sealed class PolicyFieldRound70Tests
{
    [Theory]
    // baoan-gwr-2024 (unseen26k): judged wrong bare; its gold codes 路网建设高质量发展91530行动 (round 43: whole name).
    [InlineData("全力实施路网建设高质量发展“91530”行动，开工建设道路50条以上、新增道路里程超30公里，打通断头路10条。", "路网建设高质量发展“91530”行动")]
    // jiangxi 2026: judged wrong bare (cut qualifier, a field longer than the walk took).
    [InlineData("支持公共领域绿色低碳发展，实施电动汽车充电设施服务能力“三年倍增”行动，加强公共机构节能降碳和政府绿色采购。", "电动汽车充电设施服务能力“三年倍增”行动")]
    // pingshan-gwr-2021 (unseen26l): judged wrong bare; its gold codes 能源消耗总量和强度双控行动 first.
    [InlineData("深化能源消耗总量和强度“双控”行动，完成100家重点行业企业减污降碳工作，建设3个以上近零碳排放区试点。", "能源消耗总量和强度“双控”行动")]
    // zhumadian 2026: judged wrong bare (a generic count label with its field, round 26).
    [InlineData("（二）着力全方位拓展内需增长空间实施重大项目建设“百千万”工程专项行动。", "重大项目建设“百千万”工程专项行动")]
    // baoding-gwr-2022 (unseen26f): judged wrong bare; its gold codes 产业升级千百亿行动 first (one of the city's 五个行动).
    [InlineData("启动实施“五个行动”：一是产业升级“千百亿”行动。", "产业升级“千百亿”行动")]
    // hebei-gwr-2022 (unseen26f): its gold codes 新一代信息技术产业三年倍增计划 | 倍增计划.
    [InlineData("推进数字产业化，实施新一代信息技术产业三年“倍增”计划，加快雄安新区数字经济创新发展试验区建设。", "新一代信息技术产业三年“倍增”计划")]
    public void A_quoted_programme_label_keeps_the_whole_field_written_before_it(string sentence, string name)
    {
        SloganMention programme = Assert.Single(Outermost(sentence), m => m.Kind == MentionKind.Policy && m.Surface.EndsWith(name[name.IndexOf('”')..], StringComparison.Ordinal));
        Assert.Equal(name, programme.Surface);
    }

    [Fact]
    public void The_label_of_a_programme_with_its_field_stays_its_label()
    {
        // pingshan-gwr-2021: a gold row coding the bare label (双控) is still answered by the mention's Label.
        SloganMention programme = Assert.Single(Outermost("深化能源消耗总量和强度“双控”行动，完成100家重点行业企业减污降碳工作。"), m => m.Kind == MentionKind.Policy);
        Assert.Equal("双控", programme.Label);
    }

    [Fact]
    public void Two_whole_phrases_joined_before_a_quoted_campaign_are_left_as_found()
    {
        // heilongjiang 2026: the bare 百日行动 judged right and coded bare; 和 joins two scopes of the campaign, not two measures
        // of one field right before the label.
        const string sentence = "大力发展特色文化旅游。持续开展夏季避暑和冬季冰雪旅游“百日行动”，出台支持演艺和赛事经济发展等增量政策。";
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface.StartsWith("夏季避暑", StringComparison.Ordinal) || m.Surface.StartsWith("冬季冰雪", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_before_a_field_ending_in_service_is_still_no_field()
    {
        // shaanxi 2026: 服务 right before the label stays a stop; the walk takes no field after the place 西安 (round 26).
        const string sentence = "强化新兴领域知识产权保护，推动西安科创金融服务“硬科技”改革。";
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface.StartsWith("西安", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_run_before_a_label_is_no_field_upgrade()
    {
        // futian-gwr-2023 (unseen26l): 迭代升级 is the clause's verbs; 升级 after a verb of a run is no field's upgrading.
        const string sentence = "深化实施供给侧结构性改革新倍增计划，迭代升级“1+9+N”产业高质量发展政策，完善资金、空间、人才等全要素支持体系。";
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface.Contains("迭代", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_member_closed_by_a_programme_head_is_no_field_of_the_next_name()
    {
        // shenzhen-gwr-2024 (unseen26j): 科技人才评价改革试点 is a name of its own; 和 after it opens the next member (外籍“高精尖缺”…).
        const string sentence = "稳步实施科技人才评价改革试点和外籍“高精尖缺”人才认定标准试点。";
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface.StartsWith("科技人才评价改革试点和", StringComparison.Ordinal));
    }
}
