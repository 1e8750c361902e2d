// Specifications of round 106's lexprec106 change (issue 13): a formula written as a word of the title of a case award
// (全国…典型案例, …优秀案例, …十大创新案例) names the award, a prize the codebook does not code, not a use of the formula
// (LexiconMatcher.NamesAnAwardedCase). Left alone: a spelling that opens with its level word (the programme named whole), a
// quoted formula (QuotedFinder would report the same label) and a 的 between the formula and 案例 (the formula is the case's
// subject). Sentences of the development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconPrecisionRound106Tests
{
    [Theory]
    // provincial/chongqing_2026: the award after a designation of the same field (the designation is another finder's).
    [InlineData("城市功能品质持续提升，重庆市国土空间总体规划获批实施，在全国率先启动全市域城市体检，入选全国首批城市更新行动示范城市，累计实施城市更新项目223个，6个项目获评全国城市更新典型案例，23项经验做法获全国推广；", "城市更新典型案例")]
    // municipal/zhumadian_2020: the award's title quoted whole.
    [InlineData("正阳花生产业扶贫经验入选“全国产业扶贫优秀案例”。", "产业扶贫优秀案例")]
    // unseen/pingshan-gwr-2021 (judged wrong): a count of cases in the title.
    [InlineData("“AI+视频”城市治理应用系统入选“全国雪亮工程十大创新案例”；", "雪亮工程十大创新案例")]
    // provincial/heilongjiang_2026: a ministry's award.
    [InlineData("未来产业领域一批创新型成长型企业加快培育，思哲睿等5户企业入选工信部未来产业优秀案例。", "未来产业优秀案例")]
    // unseen/guangming-gwr-2025 (judged wrong).
    [InlineData("立体化商业秘密保护体系获评全国地方全面深化改革典型案例。", "全面深化改革典型案例")]
    public void A_formula_in_the_title_of_a_case_award_is_not_reported(string text, string title)
    {
        int inTitle = text.IndexOf(title, StringComparison.Ordinal);
        var found = Outermost(text);
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Lexicon && m.Start == inTitle);
    }

    [Theory]
    // unseen/guangming-gwr-2021: 的 between: high-quality development is what the case shows, a use.
    [InlineData("我们要把高质量、高颜值的旗帜要求，转化为茅洲河两岸高质量发展的生动案例，推动“一河两岸”从封闭工业岸线向复合活力水岸提升。", "高质量发展")]
    // provincial/beijing_2026 (judged right): the campaign's entry takes its level word, the programme named whole.
    [InlineData("强化水环境和土壤污染治理，农村黑臭水体动态清零，国考断面优良水质占比稳定在90%以上，永定河入选全国母亲河复苏行动典型案例，重点建设用地安全得到有效保障。", "全国母亲河复苏行动")]
    public void A_formula_that_is_no_word_of_an_award_title_is_still_reported(string text, string surface)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }

    [Theory]
    // unseen/shenzhen-gwr-2024 and dapeng-gwr-2024: a quoted formula in the title keeps its mention here (dropping the lexicon
    // mention would hand the same span to QuotedFinder: the same error under another kind).
    [InlineData("大鹏新区入选全国“绿水青山就是金山银山”典型案例。", "绿水青山就是金山银山")]
    [InlineData("新区入选年度中国天然氧吧绿皮书典型案例，大鹏湾获评全国“美丽海湾”优秀案例，国家地质公园被授予全省唯一的自然资源部科普基地称号。", "美丽海湾")]
    public void A_quoted_formula_in_an_award_title_is_left_to_the_quoted_label(string text, string formula)
    {
        int at = text.IndexOf(formula, StringComparison.Ordinal);
        var found = Outermost(text);
        Assert.Contains(found, m => m.Start == at && m.End == at + formula.Length);
    }
}
