// Specifications of round 8 of the formula recall work (issue 13): each rule that lets a finder report more, on a real
// sentence of a development report that it must now report, and on one that it must still leave out.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Lexicon formulas after a verb that jieba joins to their first word and before an adverb of their clause; quoted
/// labels shaped as a policy document's article count, a numbered plan or system, or a switch; regulations named
/// without 《》. Sentences of the development reports (the file each comes from is named).
/// </summary>
public sealed class RecallRound8Tests
{
    private static bool Reports(string text, MentionKind kind, string canonical) =>
        Mentions(text).Any(m => m.Kind == kind && m.Canonical == canonical);

    [Fact]
    public void A_formula_after_a_verb_that_jieba_joins_to_its_first_word_is_found()
    {
        // sichuan_2026: the plain segmentation is 深化改革/开放; 深化 is the leading verb, not part of the formula.
        Assert.True(Reports("二是聚力在深化改革开放上取得新突破。", MentionKind.Lexicon, "改革开放"));

        // A word that only looks like a formula's start is still not cut: 和谐社会 inside 和谐/社会环境.
        Assert.False(Reports("营造和谐社会环境。", MentionKind.Lexicon, "和谐社会"));
    }

    [Fact]
    public void A_short_variant_followed_by_an_adverb_of_its_clause_is_found()
    {
        // zhumadian_2010: 国企改革 is the subject of 顺利推进, not the first half of a longer noun.
        IReadOnlyList<SloganMention> mentions = Mentions("国企改革顺利推进，水管体制改革圆满完成，文化事业单位改革全面启动，集体林权改革取得阶段性成效。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Canonical == "国有企业改革" && m.Surface == "国企改革");
    }

    [Fact]
    public void 保交房_is_a_formula_of_its_own_beside_保交楼()
    {
        // jilin_2026: the 2024 formula after the 2022 one.
        IReadOnlyList<SloganMention> mentions = Mentions("10万套“保交楼”“保交房”任务如期完成。");
        Assert.Contains(mentions, m => m.Canonical == "保交楼");
        Assert.Contains(mentions, m => m.Canonical == "保交房");
    }

    [Fact]
    public void A_policy_documents_article_count_in_quotes_is_its_nickname()
    {
        // sichuan_2026 (the development gold codes both).
        string text = "出台稳增长“21条”“18条”等政策，加强激发消费、产业升级、降本减负、助企成长等支持，着力强信心、稳预期、添活力。";
        // Round 49 (labels49): read from its issuing verb, the count of articles has its document's name as canonical
        // (稳增长21条) and the bare count as Label, which the gold's row credits.
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Quoted && m.Canonical == "稳增长21条" && m.Label == "21条");
        Assert.True(Reports(text, MentionKind.Quoted, "18条"));

        // guangdong_2023: two documents in one pair of marks are not one nickname.
        Assert.DoesNotContain(Mentions("出台“促消费9条和16条”“促进服务业恢复发展47条”等政策。"), m => m.Canonical == "促消费9条和16条");
    }

    [Fact]
    public void A_quoted_number_labels_a_plan_or_system_named_after_it_but_not_a_product_or_an_accident()
    {
        // zhumadian_2010 and anhui_2026: a plan and a system. Round 18 (boundary18): the plan is reported whole, as the named
        // programme (促进 names its purpose), not the bare number cut off it.
        Assert.Contains(Mentions("坚持把项目建设作为扩内需、保增长的关键措施，认真实施“4567”投资促进计划，全面实行领导分包重点项目责任制。"), m => m.Kind == MentionKind.Policy && m.Surface == "“4567”投资促进计划");
        // Round 35 (boundary35): the system is reported with its label (the codebook's decision on digit labels before their word).
        Assert.True(Reports("坚持智能化、绿色化、融合化方向，打造“1188”现代化产业体系，培育更多支柱性先导性产业。", MentionKind.Quoted, "1188现代化产业体系"));

        // hubei_2026: a loan product; qinghai_2026: an accident named by its date.
        Assert.DoesNotContain(Mentions("“301”线上快贷、各商业银行消费贷、科技人才贷、创业担保贷等服务模式加速推广。"), m => m.Canonical == "301");
        Assert.DoesNotContain(Mentions("高效完成西成铁路尖扎黄河特大桥施工项目“8·22”重大垮塌事故应急救援处置。"), m => m.Canonical == "8·22");
    }

    [Fact]
    public void A_quoted_switch_from_one_thing_to_another_is_a_formula()
    {
        // zhumadian_2024 (coded by the development gold).
        Assert.True(Reports("加强城市基础设施生命线安全工程建设，改造供水管网5.3公里、燃气管网118公里，完成燃气“瓶改管”改造工作。", MentionKind.Quoted, "瓶改管"));
    }

    [Fact]
    public void A_regulation_named_without_title_marks_after_a_verb_of_law_making_is_a_titled_document()
    {
        // beijing_2026 and chongqing_2026: one name, and two in a list after one verb.
        Assert.True(Reports("实施北京城市副中心条例，保持千亿级投资规模。", MentionKind.Titled, "北京城市副中心条例"));
        string list = "推动修订优化营商环境条例、行政执法监督条例，推动制定重庆市公平竞争审查条例，建立涉企问题高效闭环解决机制。";
        Assert.True(Reports(list, MentionKind.Titled, "优化营商环境条例"));
        Assert.True(Reports(list, MentionKind.Titled, "行政执法监督条例"));
        Assert.True(Reports(list, MentionKind.Titled, "重庆市公平竞争审查条例"));
    }

    [Fact]
    public void A_regulation_in_a_list_of_party_rules_without_a_verb_before_it_is_left_to_the_reader()
    {
        // zhumadian_2018: 纪律处分条例 follows 廉洁自律准则 in a list closed by 等党纪党规, with no law-making verb.
        Assert.DoesNotContain(
            Mentions("严格遵守廉洁自律准则、纪律处分条例等党纪党规，严格执行中央八项规定，驰而不息开展正风肃纪。"),
            m => m.Kind == MentionKind.Titled && m.Canonical.EndsWith("条例", StringComparison.Ordinal));
    }
}
