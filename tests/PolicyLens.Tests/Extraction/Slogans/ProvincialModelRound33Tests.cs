// Specifications of round 33 of the formula work (issue 13, branch recall33): a national formula written with a province's
// model of it (全过程人民民主省域样板, 人与自然和谐共生的中国式现代化广东样板) is reported whole, as the unseen coders code it
// (round 22's reading 3: the longer formula is the item), and the national core inside it is not reported as well. A
// formula, 的 and a place alone (美丽中国的广东样板), a place right after a field (生态文明建设安徽样板), a quality before the place (绿美广东样板) and 全国样板 keep the formula's
// boundary. Sentences of the development reports and the opened unseen texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ProvincialModelRound33Tests
{
    [Theory]
    // gd-npc-work-conference-2026, gd-15th-fyp-proposal.
    [InlineData("我省人大工作新局面，全力打造全过程人民民主省域样板，为广东增创新优势", "全过程人民民主省域样板", "全过程人民民主")]
    [InlineData("要牢牢把握打造全过程人民民主省域样板这一工作主线", "全过程人民民主省域样板", "全过程人民民主")]
    [InlineData("社会大局保持稳定，全过程人民民主的省域样板加快打造，法治广东", "全过程人民民主的省域样板", "全过程人民民主")]
    // gd-ecology-conference-2023, gd-beautiful-guangdong-meeting-2025.
    [InlineData("进广东生态文明建设，奋力打造人与自然和谐共生的中国式现代化广东样板。", "人与自然和谐共生的中国式现代化广东样板", "人与自然和谐共生")]
    [InlineData("设成为美丽中国先行区，在打造人与自然和谐共生的现代化广东样板上取得新突破。", "人与自然和谐共生的现代化广东样板", "人与自然和谐共生")]
    public void A_province_s_model_of_a_national_formula_is_reported_whole(string sentence, string whole, string inside)
    {
        List<SloganMention> outermost = Outermost(sentence);
        SloganMention item = Assert.Single(outermost, m => m.Surface == whole);
        Assert.Equal(MentionKind.Lexicon, item.Kind);
        Assert.Equal(HeadedFormula.Subtype, item.Subtype);
        Assert.DoesNotContain(outermost, m => m.Surface == inside);
    }

    [Theory]
    // guangdong 2023: the development gold codes 美丽中国 there.
    [InlineData("绿、水更清、生态更优美，打造美丽中国的广东样板，促进人与自然和谐共生", "美丽中国")]
    // gd-lvmei-decision: 绿美广东 is the province's formula of its own.
    [InlineData("生态优势转化为发展优势，打造人与自然和谐共生的绿美广东样板，走出新时代绿水青山", "人与自然和谐共生")]
    // anhui 2026: a place right after a field; round 27 keeps 生态文明建设 there (LexiconPrecisionRound27Tests).
    [InlineData("深入打好蓝天、碧水、净土保卫战，打造生态文明建设安徽样板。2030年前实现碳达峰目标", "生态文明建设")]
    // hebei 2026: a ranking among provinces, not a province's version.
    [InlineData("原始创新重要策源地，打造推动高质量发展的全国样板。", "高质量发展")]
    public void A_model_the_rule_does_not_take_keeps_the_formula_s_boundary(string sentence, string formula)
    {
        Assert.DoesNotContain(Outermost(sentence), m => m.Subtype == HeadedFormula.Subtype && m.Surface.StartsWith(formula, StringComparison.Ordinal));
    }
}
