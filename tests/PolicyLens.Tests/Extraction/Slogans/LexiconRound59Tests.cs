// Specifications of round 59's lexvar59 changes (issue 13): lexicon spellings whose boundaries the readable golds do not take
// (tools/lexicon/curated/round59-lexvar59.txt, and the two lines it changed in national.txt and policies.txt). A leading verb
// or a field before the formula, or the sentence's predicate after it, is left out of the span, as the codebook's boundary
// rule and the golds of every readable text writing the spelling read it. Sentences of the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound59Tests
{
    [Theory]
    // unseen/baoding-gwr-2025, unseen/gd-baiqianwan-meeting-2024: 构建 is the clause's verb.
    [InlineData("发展畜牧业、林下经济，构建多元化食物供给体系。", "多元化食物供给体系", "多元化食物供给体系")]
    // unseen/guangdong-gwr-2025, unseen/cpc-real-economy-speech-2026: 制造业 is the field the chain qualifies.
    [InlineData("聚焦石化钢铁、食品饮料、纺织服装、家电家居、建筑材料等传统优势产业，推动制造业高端化、智能化、绿色化发展。", "高端化、智能化、绿色化", "高端化、智能化、绿色化")]
    public void A_formula_is_reported_without_the_verb_or_field_before_it(string text, string surface, string canonical)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m.Surface.Length > surface.Length && m.Surface.Contains(surface, StringComparison.Ordinal));
    }

    [Theory]
    // unseen/hebei-gwr-2023, unseen/baoding-gwr-2022: 向纵深发展 is the sentence's predicate; the golds code 全面从严治党.
    [InlineData("我们要廉洁自律守底线，发扬自我革命精神，推动政府系统全面从严治党向纵深发展，坚决惩治损害群众利益的腐败问题。")]
    [InlineData("扎实开展党史学习教育和“四史”宣传教育，加强政府系统党的建设，推进全面从严治党向纵深发展。")]
    public void Strict_party_governance_is_reported_without_the_predicate_after_it(string text)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "全面从严治党");
        Assert.DoesNotContain(found, m => m.Surface.Contains("向纵深发展", StringComparison.Ordinal));
    }
}
