// Specifications of round 71's lexicon71 spellings (issue 13, tools/lexicon/curated/round71-lexicon71.txt): established chains
// the readable golds code whole (Guangdong's 总任务, the third plenum's starting point, the
// ecosystem qualities with 、), shorter chains of two entries as variants, and the quote-only spelling 「走在前列」 of Guangdong's
// goal, found where the text quotes it and never bare; and chains measured and left alone, which stay no lexicon mention.
// Sentences of the readable texts (the file each comes from is named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound71Tests
{
    [Theory]
    // unseen/gd-plenum8-resolution: Guangdong's overall task (coded 挑好大梁、全面推进强省建设 by unseen26b-gd-party).
    [InlineData("深入落实省委“1310”具体部署，坚定不移挑好大梁、全面推进强省建设，严肃认真接受中央巡视，全力打好“十四五”收官战。", "挑好大梁、全面推进强省建设", "挑好大梁、全面推进强省建设")]
    // unseen/guangming-gwr-2025: the third plenum's starting point (coded by unseen26l-l1).
    [InlineData("以经济体制改革为牵引，以促进社会公平正义、增进人民福祉为出发点和落脚点，加快推动综合改革试点落地见效。", "促进社会公平正义、增进人民福祉", "促进社会公平正义、增进人民福祉")]
    // unseen/gd-ecology-conference-2023: the ecosystem qualities with 、 (coded by unseen26d-d2).
    [InlineData("要尊重自然规律，着力提升生态系统多样性、稳定性、持续性，加大森林、湿地、海洋等生态系统保护力度。", "生态系统多样性、稳定性、持续性", "生态系统多样性、稳定性、持续性")]
    // unseen/luohu-gwr-2025: three of the four investment verbs (coded 投早、投小、投长期 by unseen26k-k1): a variant.
    [InlineData("推动保险资金投资私募股权基金和创业投资基金，引导耐心资本、大胆资本投早、投小、投长期。", "投早、投小、投长期", "投早、投小、投长期、投硬科技")]
    // unseen/guangming-gwr-2025: the other three (coded 投早、投小、投硬科技 by unseen26l-l1).
    [InlineData("完善长期资本投早、投小、投硬科技的支持政策，加快壮大光明科学城耐心资本。", "投早、投小、投硬科技", "投早、投小、投长期、投硬科技")]
    // unseen/baoan-gwr-2024: four of the theme education's five tasks (coded so by unseen26k-k3): a variant.
    [InlineData("扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，有机融合、一体推进理论学习、调查研究、推动发展、检视整改等，用心用情用力办好10项年度民生实事。", "理论学习、调查研究、推动发展、检视整改", "理论学习、调查研究、推动发展、检视整改、建章立制")]
    public void An_established_chain_is_one_lexicon_mention(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // unseen/gd-plenum3-resolution: the goal quoted before 总目标 (coded 在推进中国式现代化建设中走在前列 | 走在前列).
    [InlineData("全会强调，要深入学习贯彻习近平总书记视察广东重要讲话、重要指示精神，锚定“走在前列”总目标，自觉用以统领广东各项工作。")]
    // unseen/longhua-gwr-2024: the goal quoted as the line running through Xi's charges (coded 走在前列).
    [InlineData("重温总书记谆谆教导，“走在前列”是贯穿始终的一条主线，是一以贯之的重要要求。")]
    public void The_quoted_goal_is_a_mention_of_Guangdongs_goal(string text)
    {
        // The entry is Guangdong's (@place 广东): reported in a document of the province.
        Assert.Contains(SloganExtractor.Default.Extract(text, new ExtractionContext("t", 2024, Region: "广东")), m => m.Kind == MentionKind.Lexicon && m.Surface.Trim('“', '”') == "走在前列" && m.Canonical == "在推进中国式现代化建设中走在前列");
    }

    // provincial/guangdong_2026: bare, 走在前列 is a ranking (重点领域改革走在前列), no mention of the goal even in Guangdong.
    [Fact]
    public void The_bare_phrase_is_no_mention_of_the_goal()
    {
        const string text = "数字政府、财政等重点领域改革走在前列，连续4年获评全国营商环境最佳口碑省份。";
        Assert.DoesNotContain(SloganExtractor.Default.Extract(text, new ExtractionContext("t", 2026, Region: "广东")), m => m.Canonical == "在推进中国式现代化建设中走在前列");
    }

    [Theory]
    // provincial/chongqing_2026: the qualities without 、 (uncoded by the development gold): the entry's 、 spelling only.
    [InlineData("提升生态系统多样性稳定性持续性。", "生态系统多样性稳定性持续性")]
    // unseen/shenzhen-gwr-2025: the government-service qualities (uncoded by unseen26j-j1): no entry.
    [InlineData("深化“高效办成一件事”，大力推进政务服务标准化、规范化、便利化，推动各类惠企惠民政策资金高效兑现、直达快享。", "政务服务标准化、规范化、便利化")]
    public void A_chain_left_alone_is_not_a_lexicon_mention(string text, string form)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == form);
    }
}
