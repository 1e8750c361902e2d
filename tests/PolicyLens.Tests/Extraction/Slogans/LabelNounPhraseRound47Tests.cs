// Specifications of round 47 (issue 13, branch word47): the codebook's round-47 decision (a quoted label written right before a
// noun phrase it qualifies is one item with that phrase, up to its head noun) read by QuotedLabelShape.NounPhraseEnd: the
// mention runs from the opening mark through the head, its canonical and its Label the bare label (lead's review), as
// the older golds code. Where the head stands alone after the mark, 的 or punctuation closes the label, a verb or an activity
// follows it, or the phrase holds a lexicon formula, the bare label stays. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Quoted labels before the noun phrase they qualify, round 47.</summary>
public sealed class LabelNounPhraseRound47Tests
{
    [Theory]
    // baoding-gwr-2026 (unseen26f): the industrial landmark of each county (judged a boundary error bare).
    [InlineData("县域特色产业集群，实施共享智造跃升行动，升级“共享智造3.0版”，建设15个以上共享工厂，打造“一县一特色”产业地标。", "“一县一特色”产业地标", "一县一特色", MentionKind.Quoted)]
    // gd-zhongshan-opinion-2026 (unseen26f): the tourist route of several stops in one trip.
    [InlineData("建设特色高品质文旅项目，加快发展美食餐饮、特色民宿、休闲娱乐等业态，打造环珠江口“一程多站”精品旅游路线。", "“一程多站”精品旅游路线", "一程多站", MentionKind.Numbered)]
    // anhui_2026: the working frame of culture and tourism.
    [InlineData("构建“大文旅”工作格局，深化“百业+文旅”“文旅+百业”，创新发展工业研学、自然疗愈、文化养心等新业态，构筑多业共生、相互赋能的生态圈。", "“大文旅”工作格局", "大文旅", MentionKind.Quoted)]
    // fujian_2026: the customs model of one lock across the border.
    [InlineData("携手港澳“并船出海”，闽粤港澳“跨境一锁”快速通关模式正式启动。", "“跨境一锁”快速通关模式", "跨境一锁", MentionKind.Quoted)]
    // chongqing_2026: the emergency management system of every hazard.
    public void A_quoted_label_is_reported_with_the_noun_phrase_it_qualifies_under_its_bare_label(string sentence, string surface, string label, MentionKind kind)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Kind == kind && m.Label == label && m.Canonical == label);
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Theory]
    // jiangsu_2026: the head alone right after the mark is the sentence's generic word (judged right bare, mentions-dev-*).
    [InlineData("推动基础设施集成融合、高效利用，完善空港、陆港、海港、信息港“四港联动”机制，努力实现江苏大地“人享其行、物畅其流”。", "四港联动")]
    // cpc-agricultural-power-speech-2022 (unseen26): 的 closes the label.
    [InlineData("要健全种粮农民收益保障机制，完善价格、补贴、保险“三位一体”的政策体系，完善农资保供稳价应对机制，稳定农民预期、降低生产风险。", "三位一体")]
    public void A_quoted_label_without_a_qualified_phrase_stays_bare(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == label);
    }
}
