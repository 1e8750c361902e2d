// Specifications of round 46 (issue 13, branch labels46): the codebook's round-27 decision (point 2: an attribute label written
// right before the word it qualifies is one item with that word) read for the quoted labels of joining (…位一体, …级联动) before
// a noun phrase of a field and an institutional head (QuotedLabelShape.JoinedLabelWordEnd): the mention runs through the head,
// its canonical is the label with its word and its Label the bare label the older golds code. Where the head stands alone after
// the mark, 的 or punctuation closes the label, or the word holds a lexicon formula, the bare label stays. Every sentence is a
// real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Joined labels before the noun phrase they qualify, round 46.</summary>
public sealed class LabelWordRound46Tests
{
    [Theory]
    // cpc-15th-fyp-outline (unseen26b) and cpc-rural-revitalization-opinion-2024 (unseen26i): the protection system of arable land.
    [InlineData("健全耕地数量、质量、生态“三位一体”保护制度体系，严格占补平衡管理，完善补充耕地质量验收机制。", "“三位一体”保护制度体系", "三位一体", MentionKind.Quoted)]
    // guangdong-plan-outline-2026-2 (unseen26h): the four-in-one frame of veterans' employment.
    [InlineData("强化技能培训、拓宽就业渠道、优化创业扶持“四位一体”工作格局，促进退役军人高质量充分就业。", "“四位一体”工作格局", "四位一体", MentionKind.Quoted)]
    // gd-15th-fyp-proposal (unseen26) and guangdong-plan-outline-2026-2 (unseen26h): the training mechanism of four levels.
    [InlineData("健全省、市、县、镇“四级联动”培训机制，推动广大党员干部自觉做习近平新时代中国特色社会主义思想的坚定信仰者。", "“四级联动”培训机制", "四级联动", MentionKind.Numbered)]
    public void A_joined_label_is_reported_with_the_noun_phrase_it_qualifies_under_its_bare_label(string sentence, string surface, string label, MentionKind kind)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Kind == kind && m.Label == label && m.Canonical == label + surface[(label.Length + 2)..]);
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Theory]
    // jiangsu_2026: the head alone right after the mark is the sentence's generic word (judged right bare, mentions-dev-*).
    [InlineData("推动基础设施集成融合、高效利用，完善空港、陆港、海港、信息港“四港联动”机制，努力实现江苏大地“人享其行、物畅其流”。", "四港联动")]
    // cpc-agricultural-power-speech-2022 (unseen26): 的 closes the label.
    [InlineData("健全种粮农民收益保障机制，完善价格、补贴、保险“三位一体”的政策体系，完善农资保供稳价应对机制。", "三位一体")]
    // shaanxi_2026: an activity word with no institutional head.
    [InlineData("建立国土空间管控体系，开展耕地数量、质量、生态“三位一体”保护，新建和改造高标准农田94.18万亩。", "三位一体")]
    // chongqing_2026: the word holds the lexicon's formula 耕地保护, which the longer span would swallow.
    [InlineData("严守耕地保护红线，完善数量、质量、生态“三位一体”耕地保护体系，推进大中型灌区现代化改造。", "三位一体")]
    public void A_joined_label_without_a_qualified_phrase_stays_bare(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == label);
    }
}
