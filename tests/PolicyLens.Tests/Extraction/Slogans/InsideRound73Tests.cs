// Specifications of round 73's work on formulas reported inside a longer mention (inside73, issue 13): a parallel chain that
// is only a leading word plus a lexicon formula yields the formula (ChainAfterLeadingWord); a chain with a unit of its own
// before the formula stays a chain; and the longer lexicon formulas the judges read right where the golds code the formula
// inside them stay whole (the resolution's longest-first rule, kept: the golds and the judges disagree there, the lead
// decides). Sentences of the readable texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class InsideRound73Tests
{
    [Theory]
    // unseen/gd-new-advantages-decision-release, its two uses (the second makes the chain a unit the text uses again, which the
    // chain finder reports: coded 挑好大梁、全面推进强省建设, the province's 总任务, by unseen26b-gd-party).
    [InlineData("研究谋划“十五五”时期我省经济社会发展，坚定不移挑好大梁、全面推进强省建设，奋力在新起点上增创新优势、实现新突破。要锚定在推进中国式现代化建设中走在前列的总目标，紧扣坚定不移挑好大梁、全面推进强省建设的总任务，深入实施省委“1310”具体部署。")]
    // unseen/gd-plenum8-resolution, its two uses (coded the same by unseen26b-gd-party).
    [InlineData("深入落实省委“1310”具体部署，坚定不移挑好大梁、全面推进强省建设，严肃认真接受中央巡视。锚定在推进中国式现代化建设中走在前列的总目标，紧扣坚定不移挑好大梁、全面推进强省建设的总任务，围绕深入落实省委“1310”具体部署。")]
    public void A_chain_that_is_a_leading_word_plus_a_lexicon_formula_is_the_formula(string text)
    {
        var found = Outermost(text);
        Assert.Equal(2, found.Count(m => m.Kind == MentionKind.Lexicon && m.Surface == "挑好大梁、全面推进强省建设"));
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("坚定不移", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chain_with_a_unit_before_the_formula_stays_a_chain()
    {
        // unseen/cpc-agricultural-power-speech-2022 (two of its sentences: the speech uses the chain again as a unit, point 3
        // of the codebook's round-18 decision): 全面推进乡村振兴 is a unit of the chain, not a word the sentence adds.
        const string text = "这是党中央强调全面推进乡村振兴、加快建设农业强国的一个重要原因。全面推进乡村振兴、加快建设农业强国，关键在党。";
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface == "全面推进乡村振兴、加快建设农业强国");
    }

    [Theory]
    // unseen/shenzhen-gwr-2025: judged right whole (mentions-unseen26j-judged.tsv; 10 of 11 judged places right), where the
    // gold of unseen26j codes 全面深化改革.
    [InlineData("（五）发挥经济体制改革牵引作用，以进一步全面深化改革激发高质量发展动力活力", "进一步全面深化改革", "全面深化改革")]
    // unseen/cpc-real-economy-speech-2026: judged right whole (mentions-unseen26b-judged.tsv; 7 of 7 judged places), where the
    // gold of unseen26b codes 强国建设、民族复兴伟业 (borderline); the inner span judged wrong at 6 places (mentions-dev-lexicon29.tsv).
    [InlineData("新时代新征程，以中国式现代化全面推进强国建设、民族复兴伟业，实现新型工业化是关键任务。", "以中国式现代化全面推进强国建设、民族复兴伟业", "强国建设、民族复兴伟业")]
    // unseen/hebei-gwr-2022: judged right whole at 7 of 7 judged places, where the gold of unseen26f codes 保障和改善民生.
    [InlineData("坚持在发展中保障和改善民生，全省财政民生支出占一般公共预算支出80.8%。", "在发展中保障和改善民生", "保障和改善民生")]
    public void A_longer_formula_the_judges_read_right_stays_whole(string text, string whole, string inner)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == whole);
        Assert.DoesNotContain(found, m => m.Surface == inner);
    }
}
