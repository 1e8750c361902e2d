// Specifications of round 43's sayings43 rules (issue 13): quoted words that name no formula because of the frame the text puts
// them in — a practice the text opposes after 反对 (QuotedLabelShape.NamesAnOpposedPractice) and a line of verse quoted as someone's words
// (QuotedSpeech) — while the formulas of the same frames stay reported: a label the lexicon lists after 反对, a label after a
// verb that does not oppose it, a label that opens a sentence after a verb of saying. Sentences of the opened unseen texts (the
// removed ones read wrong by the blind judges of unseen26, unseen26b and unseen26d) and the development reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class NotAFormulaRound43Tests
{
    [Theory]
    // unseen/gd-lvmei-decision (practices of greening the text rejects, both labels of the run).
    [InlineData("尊重当地气候条件，科学选择绿化树种，审慎使用外来树种，坚决防止乱砍滥伐，坚决反对“天然大树进城”、“一夜成景”、只搞“奇花异草”等急功近利行为。", "天然大树进城")]
    [InlineData("尊重当地气候条件，科学选择绿化树种，审慎使用外来树种，坚决防止乱砍滥伐，坚决反对“天然大树进城”、“一夜成景”、只搞“奇花异草”等急功近利行为。", "一夜成景")]
    public void A_practice_the_text_opposes_is_not_reported(string text, string surface)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains(surface, StringComparison.Ordinal));
    }

    [Fact]
    public void The_quoted_finder_names_the_opposed_practice_as_its_reason()
    {
        Assert.Equal("opposed-practice", Reason("坚决防止乱砍滥伐，坚决反对“天然大树进城”、“一夜成景”、只搞“奇花异草”等急功近利行为。", "一夜成景"));
    }

    [Theory]
    // provincial/guangdong_2024: 反对“四风” (the party's style rules; the lexicon lists 四风) and the label after an ordinary verb
    // in the same sentence (落实“四下基层”制度); unseen/hebei-gwr-2022: 防止“非粮化”, a policy of preventing it (防止 alone is not
    // an opposing verb of the rule); unseen/cpc-seminar-speech-2026: 防止出现“数字出官、官出数字” stays reported (a development
    // judge read it right, unseen26b's two blind judges wrong: the lead's to decide).
    [InlineData("认真落实中央八项规定及其实施细则精神，坚决反对“四风”，落实“四下基层”制度，大兴调查研究，帮助基层解决实际问题。", "四风")]
    [InlineData("认真落实中央八项规定及其实施细则精神，坚决反对“四风”，落实“四下基层”制度，大兴调查研究，帮助基层解决实际问题。", "四下基层")]
    [InlineData("坚决扛起粮食安全政治责任，落实藏粮于地、藏粮于技战略，遏制耕地“非农化”、防止“非粮化”，稳定提升粮食综合生产能力。", "非粮化")]
    [InlineData("同时，要完善差异化考核评价体系，提高考评针对性和科学性，防止出现“数字出官、官出数字”的恶性循环。", "数字出官、官出数字")]
    public void Formulas_beside_the_opposing_frame_stay_reported(string text, string canonical)
    {
        Assert.Contains(Mentions(text), m => m.Canonical.Contains(canonical, StringComparison.Ordinal));
    }

    [Theory]
    // unseen/cpc-shanghai-inspection-2026 (a line of Zheng Banqiao's poem, said by the speaker); unseen/cpc-livelihood-speech-2026
    // (the whole poem quoted: 一枝一叶 is no numbered formula there).
    [InlineData("他说，“一枝一叶总关情”，老百姓的生活是家事，更是国事。", "一枝一叶")]
    [InlineData("郑板桥有一首诗写道：“衙斋卧听萧萧竹，疑是民间疾苦声。些小吾曹州县吏，一枝一叶总关情。”我们共产党人对人民群众的疾苦更要有这样的情怀。", "一枝一叶")]
    public void A_line_of_verse_quoted_as_speech_holds_no_formula(string text, string surface)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind is MentionKind.Numbered or MentionKind.Quoted && m.Surface.Contains(surface, StringComparison.Ordinal));
    }

    [Theory]
    // unseen/cpc-science-conference-2026: a label that opens the sentence after 强调， runs on into it (“十五五”时期).
    [InlineData("他强调，“十五五”时期是科技强国建设的关键攻坚期。", "十五五")]
    public void A_label_opening_a_sentence_after_a_verb_of_saying_stays_reported(string text, string canonical)
    {
        Assert.Contains(Mentions(text), m => m.Canonical == canonical);
    }
}
