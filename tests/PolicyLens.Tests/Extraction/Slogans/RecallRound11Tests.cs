// Specifications of round 11 of the formula recall work (issue 13): each rule or lexicon entry that lets the extractor
// report more, on a real sentence of a development report or a Government Work Report that it must now report, and on one
// that it must still leave out.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Quoted labels with no formula shape that the words around them show to be a policy (carried out as one, or naming an
/// institution or mechanism), and the round's lexicon entries. Sentences of the development reports and of the national
/// corpus (the file each comes from is named).
/// </summary>
public sealed class RecallRound11Tests
{
    private static bool Reports(string text, MentionKind kind, string canonical) =>
        Mentions(text).Any(m => m.Kind == kind && m.Canonical == canonical);

    [Fact]
    public void A_quoted_label_a_verb_of_carrying_out_introduces_and_that_closes_its_clause_is_a_policy_label()
    {
        // heilongjiang_2026 and sichuan_2026: the label is the whole object of 推行/实施 (the development gold codes 天府入企码).
        Assert.True(Reports("规范涉企执法，全面推行“亮码入企”。", MentionKind.Quoted, "亮码入企"));
        Assert.True(Reports("健全规范涉企执法长效机制，全面实施“天府入企码”，建设法治经济、信用经济，营造鼓励诚信、保护合法、无事不扰、有需必应的服务环境。", MentionKind.Quoted, "天府入企码"));
    }

    [Fact]
    public void A_quoted_label_followed_by_what_it_names_or_after_another_verb_is_not_taken_for_an_adopted_policy()
    {
        // qinghai_2026: 建设 after the label names a kind of place being built, not a policy carried out.
        Assert.DoesNotContain(Mentions("大力推进“科创飞地”建设，支持企业牵头组建创新联合体。"), m => m.Canonical == "科创飞地");

        // jiangsu_2026: 创新 here is a noun (innovation's “speed”), no verb of carrying out.
        Assert.DoesNotContain(Mentions("跑出令人瞩目的创新“加速度”。"), m => m.Canonical == "加速度");

        // liaoning_2026: a three-character topic listed as one member of a campaign's scope stays out.
        Assert.DoesNotContain(Mentions("深化“校园餐”、农村集体“三资”管理、医保基金管理、养老服务、渔业安全管理等突出问题治理。"), m => m.Canonical == "校园餐");
    }

    [Fact]
    public void A_quoted_label_before_制度_or_机制_names_an_institution_or_a_mechanism()
    {
        // liaoning_2026: the housing finance white list; zhumadian_2020: a working mechanism of project land supply.
        Assert.True(Reports("用好“白名单”制度，支持房地产企业合理融资。", MentionKind.Quoted, "白名单"));
        Assert.True(Reports("完善“要素跟着项目走”机制，建立区域评估、“标准地”出让、“读地云”平台，让“土地等项目、拿地即开工”成为常态。", MentionKind.Quoted, "要素跟着项目走"));

        // The same words with 平台 after them name a platform, which the quoted finder leaves out (“读地云”平台).
        Assert.DoesNotContain(Mentions("完善“要素跟着项目走”机制，建立区域评估、“标准地”出让、“读地云”平台。"), m => m.Canonical == "读地云");
    }

    [Fact]
    public void The_national_pilot_of_new_consumption_is_a_lexicon_policy()
    {
        // jilin_2026 (coded by the development gold): the pilot before 城市建设 is still the pilot, reported since round 54 as the
        // designation of cities (…试点城市, the codebook's round-46 decision) with the pilot as its Label.
        IReadOnlyList<SloganMention> mentions = Mentions("支持长春市开展消费新业态新模式新场景试点城市建设。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Label == "消费新业态新模式新场景试点");
    }

    [Fact]
    public void 大财政_is_found_as_the_unified_fiscal_system_but_not_inside_加大财政()
    {
        // jilin_2026 (the development gold codes 大财政); anhui_2026: 加大 财政 is a verb and its object.
        Assert.True(Reports("强化财政科学管理，加快“大财政”体系建设，深化零基预算改革和财政绩效管理。", MentionKind.Lexicon, "大财政体系"));
        Assert.DoesNotContain(Mentions("加大财政金融支持力度，多措并举缓解基层偿债压力。"), m => m.Canonical == "大财政体系");
    }

    [Fact]
    public void The_rural_subsidies_and_campaigns_of_earlier_reports_are_lexicon_formulas()
    {
        // zhumadian_2010 (coded by the development gold) and gwr/2006.
        Assert.True(Reports("继续落实“汽车摩托车下乡”、“家电下乡”等优惠政策,促进农村市场消费。", MentionKind.Lexicon, "汽车摩托车下乡"));
        Assert.True(Reports("加强文化市场管理，坚持开展“扫黄打非”。", MentionKind.Lexicon, "扫黄打非"));

        // gwr/2003: written as two quoted halves the entry does not cut one half out (扫黄 is no variant of its own).
        Assert.DoesNotContain(Mentions("坚持不懈地开展“扫黄”、“打非”斗争。加强互联网站的建设和管理。"), m => m.Canonical == "扫黄打非" && m.Surface == "扫黄");
    }
}
