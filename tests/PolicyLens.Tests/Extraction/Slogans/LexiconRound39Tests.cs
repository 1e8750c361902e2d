// Specifications of tools/lexicon/curated/round39-lexicon39.txt and of LexiconMatcher's round-39 change (issue 13, round 39): the
// items coded in two or more readable gold splits for which the start build reported nothing, decided under the codebook's round-34
// decision, and a short variant before 范围 (the scope of a programme). Sentences of the national corpus, the development reports
// and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound39Tests
{
    [Theory]
    // gwr 2025; gwr 2023; provincial/heilongjiang_2026; unseen/guangdong-gwr-2025; provincial/hubei_2026;
    // the 20th congress report; unseen/cpc-15th-fyp-outline; provincial/guangdong_2026; unseen/hebei-gwr-2024.
    [InlineData("推动重点行业节能降碳改造，推进新能源开发利用，非化石能源发电量占总发电量的比重接近40%。", "节能降碳改造")]
    [InlineData("稳步推进节能降碳。", "节能降碳")]
    [InlineData("加快发展生物经济，开展新一轮生物经济“双百工程”，大力发展生物制造产业。", "生物经济")]
    [InlineData("出台稳外贸系列政策措施，创新办好第135届、第136届广交会。", "稳外贸")]
    [InlineData("完善以贸易、投资、资金流动、交通运输、人员往来自由便利和数据安全有序流动为重点的政策体系，落实好“准入又准营”，更好推进贸易投资一体化、内外贸一体化发展。", "准入又准营")]
    [InlineData("完善干部考核评价体系，引导干部树立和践行正确政绩观，推动干部能上能下、能进能出，形成能者上、优者奖、庸者下、劣者汰的良好局面。", "能上能下")]
    [InlineData("健全多主体供给、多渠道保障、租购并举的住房制度，实现更高水平住有所居。", "住有所居")]
    [InlineData("大力实施科技兴海，加快筹设深圳海洋大学，推进国家海洋综合试验场、冷泉生态系统、国家深海科考中心等创新平台建设。", "科技兴海")]
    [InlineData("加快绿色制造体系建设，", "绿色制造体系")]
    public void The_recurring_terms_are_reported(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == surface);
    }

    [Fact]
    // provincial/shaanxi_2026 (coded by the development golds of shaanxi and gansu; out of rejected.txt).
    public void The_archaeology_programme_is_reported()
    {
        Assert.Contains(Outermost("深度参与中华文明探源工程、“考古中国”等重大项目，深化石峁、太平遗址等考古研究。"), m => m.Canonical == "考古中国");
    }

    [Fact]
    // unseen/baoding-gwr-2022 (the variant 单项冠军 ran on into 企业 and was dropped; coded 单项冠军企业).
    public void The_single_item_champion_firms_are_reported_with_their_word()
    {
        Assert.Contains(Outermost("力争新增省级单项冠军企业15家，新增规上工业企业300家。"),
            m => m.Kind == MentionKind.Lexicon && m.Surface == "单项冠军企业" && m.Canonical == "制造业单项冠军");
    }

    [Theory]
    // unseen/guangdong-gwr-2025; unseen/hebei-gwr-2022: a short variant before 范围, the scope of the programme.
    [InlineData("加强医保基金使用监管，扩大药品和医用耗材带量采购范围，有序推进医疗服务价格改革。", "带量采购")]
    [InlineData("加快公立医院高质量发展，扩大药品耗材集中带量采购范围，着力解决群众看病难、看病贵问题。", "集中带量采购")]
    public void A_short_variant_before_the_scope_it_widens_is_reported(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == "药品集中带量采购");
    }
}
