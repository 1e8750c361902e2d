// Specifications of round 60's lexicon60 change (issue 13): a formula written right before the head of a body's or a
// centre's name (…组织, …创新中心, …促进中心, …科学中心, …服务中心, …仲裁中心) or of a ranking (…百强) is a word of that name, not
// a use of the formula (LexiconMatcher.NamesABodyOrRanking). Sentences of the development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound60Tests
{
    [Theory]
    // gwr/1998: 村民自治组织, the village committees.
    [InlineData("切实减轻农民负担；加强农村基层政权和村民自治组织建设，改善农村干群关系。", "村民自治")]
    // unseen/pingshan-gwr-2021: a prize's title.
    [InlineData("对口帮扶单位田东县荣获全国脱贫攻坚组织创新奖和全国脱贫攻坚先进集体。", "脱贫攻坚")]
    // unseen/longhua-gwr-2024: 两新组织, the new economic and social organisations, not the 两新 policy.
    [InlineData("32家单位获评国家级节约型机关。区两新组织党工委获评省“人民满意的公务员集体”。", "两新")]
    // provincial/liaoning_2026: the name of an innovation centre.
    [InlineData("东北亚具身智能创新中心落户沈阳，大连获批建设国家级数据标注基地。", "具身智能")]
    // unseen/longhua-gwr-2024: the name of a promotion centre.
    [InlineData("成立全市首个现代时尚产业数字化转型促进中心，合作共建龙华（华为）智能制造和工业互联网创新中心。", "数字化转型")]
    // unseen/guangming-gwr-2025: a ranking's title.
    [InlineData("获评全国信访工作示范区、连续5年入选中国社会治理百强。", "社会治理")]
    // unseen/baoding-gwr-2025: a ranking's title.
    [InlineData("连续三年入选数字经济百强市，获批国家数据标注基地。", "数字经济")]
    public void A_formula_before_the_head_of_a_name_or_ranking_is_not_reported(string text, string formula)
    {
        var found = Outermost(text);
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Lexicon && m.Surface == formula);
    }

    [Fact]
    public void A_formula_with_a_word_before_the_head_is_still_reported()
    {
        // unseen/shenzhen-gwr-2025: with a word between the formula and the head the golds code the formula (round 38's 粤港澳大湾区).
        var found = Outermost("挂牌成立粤港澳大湾区国家技术创新中心国际总部、粤港澳大湾区国际临床试验中心。");
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "粤港澳大湾区");
    }
}
