// Specifications of round 16 of the quoted-label work (issue 13): quoted labels the words around them name as a principle,
// a method or a set of measures (“…”的方针, “…”四项原则, “…”理念), as a campaign (开展“…、…”专项治理) or as a designation
// campaign (“…”创建活动), however long or plain the quoted words are; and a span that leaves out a space inside the marks.
// Sentences of the development texts (gwr, cpc-congress, the development provincial and municipal reports).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Quoted labels named by the words after them as a principle or a campaign, and the reported speech, condemned notions and
/// single names beside them that stay out. Each sentence names the file it comes from.
/// </summary>
public sealed class QuotedPrincipleRound16Tests
{
    [Fact]
    public void A_quoted_chain_named_a_principle_by_the_word_after_it_is_reported_whole()
    {
        // gwr 2004: 17 characters in four parts, longer than a quoted formula may be without the 原则 after it.
        const string investment = "是：改革政府对企业投资的管理制度，按照“谁投资、谁决策、谁收益、谁承担风险”的原则，扩大和落实企业投资自主权；";
        Assert.Contains(Quoted(investment), m => m.Surface == "谁投资、谁决策、谁收益、谁承担风险");

        // gwr 1984: the count of the principles between the label and the head.
        Assert.Contains(Quoted("识的决策。双方共同确定“和平友好、平等互利、互相信赖、长期稳定”四项原则，为中日睦邻友好关系的健康发展奠定了基础"),
            m => m.Surface == "和平友好、平等互利、互相信赖、长期稳定");

        // heilongjiang_2026: 重要理念, and the whole formula reported over the national one inside it.
        IReadOnlyList<SloganMention> idea = Mentions("色发展动能。践行“绿水青山就是金山银山，冰天雪地也是金山银山”重要理念，落实“双碳”战略");
        // Round 50 (np50): reported with the noun phrase it qualifies (round 47), under the whole formula as its Label.
        Assert.Contains(idea, m => m.Kind == MentionKind.Quoted && m.Label == "绿水青山就是金山银山，冰天雪地也是金山银山");
        Assert.DoesNotContain(idea, m => m.Surface == "绿水青山就是金山银山");
    }

    [Fact]
    public void A_plain_or_idiomatic_label_before_a_principle_word_is_the_principle()
    {
        // gwr 2000: a short label with no count shape the dictionary does not list, before 原则 with no 的.
        Assert.Contains(Quoted("险金。所需资金要按“三三制”原则认真落实。企业"), m => m.Surface == "三三制");

        // cpc-congress 1982: two labels joined by 和 share the 方针 after the second.
        Assert.Contains(Quoted("。要继承和发扬延安整风的精神，本着“惩前毖后，治病救人”和“既要弄清思想又要团结同志”的方针，开"),
            m => m.Surface == "既要弄清思想又要团结同志");

        // zhumadian_2020: a list of two quoted labels written one after the other before 理念.
        Assert.Contains(Quoted("施项目拉动战略。践行“项目为王、企业至上”“服务项目就是服务发展、服务企业就是服务自己”理念，发挥项目稳"),
            m => m.Surface == "服务项目就是服务发展、服务企业就是服务自己");
    }

    [Fact]
    public void Speech_theories_and_policies_quoted_to_be_rejected_stay_out()
    {
        // cpc-congress 1969: an instruction quoted (指示 is no principle word); cpc-congress 1982: a condemned theory.
        Assert.Empty(Quoted("着，毛主席又发出了“人民解放军应该支持左派广大群众”的指示。毛主席继续总结了黑龙江"));
        Assert.Empty(Quoted("续革命”即还要实行所谓“一个阶级推翻一个阶级的革命”的错误理论，防止"));

        // gwr 1959: 所谓 quotes another government's policy to reject it.
        Assert.DoesNotContain(Quoted("造所谓“两个中国”的把戏，同美国的所谓“不承认中国”的政策一样，只能把他们"), m => m.Surface == "不承认中国");

        // sichuan_2026's neighbour rule: a long chain with no principle word or campaign after it is a description of aims.
        Assert.Empty(Quoted("。围绕“降低治理成本、提高治理效能”，大力推进政府管理创新和服"));
    }

    [Fact]
    public void A_chain_carried_out_as_a_campaign_is_the_campaigns_name()
    {
        Assert.Contains(Quoted("安全稳定。深入开展“化解矛盾风险、维护社会稳定”专项治理，刑事、治安案件分"), m => m.Surface == "化解矛盾风险、维护社会稳定");
        Assert.Contains(Quoted("军队党的建设，开展“传承红色基因、担当强军重任”主题教育，推进军人"), m => m.Surface == "传承红色基因、担当强军重任");

        // sichuan_2026: a single name before 活动 is an event or a brand of fairs, no chain.
        Assert.DoesNotContain(Quoted("和贸产融合发展，开展“川行天下”精品活动103场，新能源汽车"), m => m.Surface == "川行天下");
    }

    [Fact]
    public void A_label_before_chuangjian_is_a_designation_campaign()
    {
        // zhumadian_2011: a place campaign (the codebook's 平安天津 kind) the city starts to win the designation.
        Assert.Contains(Quoted("和社会稳定。全面启动“安全驻马店”创建活动，认真落实安全生"), m => m.Surface == "安全驻马店");
    }

    [Fact]
    public void A_space_inside_the_quotation_marks_is_not_part_of_the_span()
    {
        // gwr 2007: the typesetter's space before the closing mark.
        const string safety = "定好转。要认真贯彻“安全第一，预防为主，综合治理 ”的方针，完善安全生";
        SloganMention principle = Assert.Single(Mentions(safety), m => m.Surface.StartsWith("安全第一", StringComparison.Ordinal));
        Assert.Equal(safety.IndexOf(" ”", StringComparison.Ordinal), principle.End);
    }
}
