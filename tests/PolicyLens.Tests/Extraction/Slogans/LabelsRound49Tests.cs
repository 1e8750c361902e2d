// Specifications of round 49 (issue 13, branch labels49): a quoted count of articles (“20条”) written after the verb that issues
// or applies its document is reported with the document's name (ArticleCountLabel.NameStart), as PolicyDocumentFinder reads an
// unquoted nickname (出台促进科技成果产业化38条). The canonical is the name with its count (民营经济20条: a report issues several
// documents of twenty articles, and both blind judges of unseen26j read the bare canonical 20条 as naming no single item), the
// bare count the mention's Label (round 43), so gold rows coding the bare label stay credited. A verb or numeral that opens the
// title stays in it (促消费, 五外联动: the walk of generic count labels cut there). A name holding a lexicon formula is read whole,
// and a name after the 、 that closes another document of a list (branch labels49-full).
// Every sentence is a real one of a readable text (unseen26j's Shenzhen reports are opened for round 49).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Counts of articles with their document's name, round 49.</summary>
public sealed class LabelsRound49Tests
{
    [Theory]
    // shenzhen-gwr-2024: the place opening the name is the sentence's; judged wrong under the canonical 20条 (item).
    [InlineData("出台实施深圳民营经济“20条”、降低制造业企业成本“20条”、支持个体工商户发展“33条”等政策措施，深入开展“干部助企行”“我帮企业找市场”等行动，全年新增减税降费及退税缓费808.3亿元、办理出口退税1582.6亿元。", "民营经济“20条”", "民营经济20条", "20条")]
    // shenzhen-gwr-2024: 促 opens the title (judged wrong cut as 消费“21条”).
    [InlineData("出台促消费“21条”，新能源汽车、通讯器材零售额分别增长45.9%、19.4%，网络零售额增长26.1%，住宿业、餐饮业营业额分别增长14.3%、14.9%。", "促消费“21条”", "促消费21条", "21条")]
    // shenzhen-gwr-2025: the numeral opens the title (judged wrong cut as 联动“25条”).
    [InlineData("出台五外联动“25条”、稳外贸“24条”、服务贸易“14条”，获批扩大启运港退税政策实施范围。", "五外联动“25条”", "五外联动25条", "25条")]
    // shenzhen-gwr-2025: judged wrong under the canonical 20条 (item).
    [InlineData("全面落实中央一揽子存量和增量政策，实施助企上市“20条”、企业技改“18条”、降低物流成本“24条”等惠企政策，深入开展“我帮企业找市场”等系列行动。", "助企上市“20条”", "助企上市20条", "20条")]
    // chongqing_2026: the field the round-47 walk stopped inside (经济向上向好), read from the verb.
    [InlineData("全力稳预期，制定实施经济向上向好“30条”、稳住经济增长“20条”等增量政策，全市招商引资签约项目数与合同额分别增长22.1%、15.1%。", "经济向上向好“30条”", "经济向上向好30条", "30条")]
    public void A_count_of_articles_after_its_issuing_verb_is_the_documents_name_with_its_count(string sentence, string surface, string canonical, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        SloganMention document = Assert.Single(found, m => m.Surface == surface && m.Kind == MentionKind.Quoted);
        Assert.Equal(canonical, document.Canonical);
        Assert.Equal(label, document.Label);
        // No cut or bare reading of the same label beside it.
        Assert.DoesNotContain(found, m => m != document && !m.Nested && m.Start < document.End && document.Start < m.End);
    }

    [Theory]
    // shenzhen-gwr-2024: the name holds the lexicon's 高质量发展; the coders code 新能源汽车高质量发展18条.
    [InlineData("制定新能源汽车高质量发展“18条”，新能源汽车整车制造业产值增长85.3%，深汕比亚迪汽车工业园二期实现整车下线。", "新能源汽车高质量发展“18条”", "新能源汽车高质量发展18条", "18条")]
    // chongqing_2026: after the 、 that closes another document of the list.
    [InlineData("全力稳预期，制定实施经济向上向好“30条”、稳住经济增长“20条”等增量政策，全市招商引资签约项目数与合同额分别增长22.1%、15.1%。", "稳住经济增长“20条”", "稳住经济增长20条", "20条")]
    // shenzhen-gwr-2024: after the 、 of a list of documents (judged wrong bare).
    [InlineData("出台实施深圳民营经济“20条”、降低制造业企业成本“20条”、支持个体工商户发展“33条”等政策措施，深入开展“干部助企行”“我帮企业找市场”等行动，全年新增减税降费及退税缓费808.3亿元、办理出口退税1582.6亿元。", "降低制造业企业成本“20条”", "降低制造业企业成本20条", "20条")]
    public void A_name_holding_a_formula_or_after_a_lists_mark_is_read_whole(string sentence, string surface, string canonical, string label) =>
        A_count_of_articles_after_its_issuing_verb_is_the_documents_name_with_its_count(sentence, surface, canonical, label);

    [Fact]
    public void A_list_member_that_is_no_document_opens_no_name()
    {
        // anhui_2026: 、 inside the field (科技型、外向型企业) after no document: the label keeps the round-47 reading.
        IReadOnlyList<SloganMention> found = Mentions("推出稳经济“30条”和支持科技型、外向型企业高质量发展“双20条”政策，强化重点市重点行业联系包保服务。");
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("外向型", StringComparison.Ordinal));
    }
}
