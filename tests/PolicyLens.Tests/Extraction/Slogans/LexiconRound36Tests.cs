// Specifications of tools/lexicon/curated/round36-lexicon36.txt (issue 13, round 36): established national vocabulary of 2018-2026
// found by reading the national work reports paragraph by paragraph, and the items round 35 left open (a formula whose leading
// 统筹 is part of it, 扩大有效投资 and 稳投资, talent categories, category names of firms and laboratories the state designates).
// Terms taken out after the mention diff (促消费, 卓越工程师) stay unreported as entries. Sentences of the national corpus, the
// development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound36Tests
{
    [Theory]
    // gwr 2024; provincial/qinghai_2026; gwr 2025; gwr 2019; unseen/gd-standing-committee-2026-07b; gwr 2025;
    // provincial/hubei_2026; gwr 2022; provincial/anhui_2026.
    [InlineData("统筹新型城镇化和乡村全面振兴，统筹高质量发展和高水平安全，切实增强经济活力、防范化解风险、改善社会预期，巩固和增强经济回升向好态势。", "统筹高质量发展和高水平安全")]
    [InlineData("统筹高质量发展和高水平安全，聚力下好先手棋、打好主动仗，安全防护网更密更牢。", "统筹高质量发展和高水平安全")]
    [InlineData("积极扩大有效投资。紧扣国家发展战略和民生需求，发挥好各类政府投资工具作用。", "扩大有效投资")]
    [InlineData("推进钢铁、煤炭行业市场化去产能。实施稳投资举措，制造业投资、民间投资增速明显回升。", "稳投资")]
    [InlineData("以推动项目落地和强化资金保障为着力点全力以赴稳投资，紧盯“一老一小”、年轻人等群体需求。", "稳投资")]
    [InlineData("加快建设国家战略人才力量，加强拔尖创新人才、重点领域急需紧缺人才和高技能人才培养。", "拔尖创新人才")]
    [InlineData("重大科技基础设施达到8个、全国重点实验室45家、新型研发机构54家。", "全国重点实验室")]
    [InlineData("加大研发费用加计扣除政策实施力度，将科技型中小企业加计扣除比例从75%提高到100%。", "科技型中小企业")]
    [InlineData("科技领军企业、高新技术企业、科技型中小企业扩量提质。", "高新技术企业")]
    public void National_terms_the_lexicon_lacked_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == surface);
    }

    [Theory]
    // municipal/zhumadian_2026; unseen/hebei-gwr-2024.
    [InlineData("新认定国家高新技术企业40家，评价入库国家科技型中小企业650家。", "国家高新技术企业", "高新技术企业")]
    [InlineData("新增国家级高新技术企业超过1500家，国家科技型中小企业总数超过2万家。", "国家级高新技术企业", "高新技术企业")]
    public void A_wording_of_an_entry_takes_the_whole_span_and_keeps_the_canonical(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // provincial/fujian_2026 (促消费 of a count of promotion events); provincial/liaoning_2026 (卓越工程师 inside institutions' names).
    [InlineData("开展“全闽乐购”等促消费活动近万场，加力扩围以旧换新。", "促消费")]
    [InlineData("新建省级卓越工程师学院7个、省级市域产教联合体5个。", "卓越工程师")]
    public void Terms_taken_out_after_the_mention_diff_are_not_reported_as_entries(string text, string surface)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }
}
