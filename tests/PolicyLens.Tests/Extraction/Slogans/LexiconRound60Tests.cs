// Specifications of round 60's lexicon60 change (issue 13): a formula written right before the head of a centre's name
// (…创新中心, …促进中心) or of a ranking (…百强) is a word of that name, not a use of the formula
// (LexiconMatcher.NamesACentreOrRanking). Sentences of the development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound60Tests
{
    [Theory]
    // provincial/liaoning_2026: the name of an innovation centre.
    [InlineData("东北亚具身智能创新中心落户沈阳，大连获批建设国家级数据标注基地。", "具身智能")]
    // unseen/longhua-gwr-2024: the name of a promotion centre.
    [InlineData("成立全市首个现代时尚产业数字化转型促进中心，合作共建龙华（华为）智能制造和工业互联网创新中心。", "数字化转型")]
    // unseen/gd-guangzhou-inspection-2026: the name of a national manufacturing innovation centre (the d5 coder blocks it).
    [InlineData("总部位于白云区的国家新型储能创新中心是我国新型储能领域唯一的国家制造业创新中心。", "新型储能")]
    // unseen/guangming-gwr-2025: a ranking's title.
    [InlineData("获评全国信访工作示范区、连续5年入选中国社会治理百强。", "社会治理")]
    // unseen/baoding-gwr-2025: a ranking's title.
    [InlineData("连续三年入选数字经济百强市，获批国家数据标注基地。", "数字经济")]
    public void A_formula_before_the_head_of_a_name_or_ranking_is_not_reported(string text, string formula)
    {
        // The first place of the formula is the one inside the name; a later one (新型储能领域) may be reported.
        int inName = text.IndexOf(formula, StringComparison.Ordinal);
        var found = Outermost(text);
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Lexicon && m.Surface == formula && m.Start == inName);
    }

    [Fact]
    public void A_formula_with_a_word_before_the_head_is_still_reported()
    {
        // unseen/shenzhen-gwr-2025: with a word between the formula and the head the golds code the formula (round 38's 粤港澳大湾区).
        var found = Outermost("挂牌成立粤港澳大湾区国家技术创新中心国际总部、粤港澳大湾区国际临床试验中心。");
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "粤港澳大湾区");
    }
}
