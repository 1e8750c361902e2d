// Specifications of round 47 (issue 13, branch field47): the codebook's round-47 decision, second sentence (round 27's generic
// heads are not a closed list) read for quoted counts of articles (“30条”, “双十条”, “21条”: the nickname of a policy document by
// the number of its articles). Written right after its field, the field + label is the item and the bare label its canonical and
// Label (NumberedFinder.IsQuotedGenericCountLabel); written after a verb, a one-character scope, a list or a quoted sibling, or
// after a field holding a lexicon formula (ArticleCountLabel.FieldHoldsFormula), the bare label stays. A count label written right
// after the 、-list it sums up whose last two members are joined by 和 is read with the list (SummedListLabel), the bare label
// the mention's Label. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Counts of articles after their field, round 47.</summary>
public sealed class CountLabelFieldRound47Tests
{
    [Theory]
    // anhui_2026: the thirty articles of stabilising the economy (its development gold: 稳经济“30条” | 30条).
    [InlineData("面对国内外形势深刻复杂变化，深入落实中央一揽子政策措施，全面落实季度工作会议和月度经济形势分析机制，推出稳经济“30条”和支持科技型、外向型企业高质量发展“双20条”政策，强化重点市重点行业联系包保服务。", "稳经济“30条”", "30条")]
    // baoding-gwr-2022 (unseen26f): the codebook's own example (its gold: 人才双十条 | 双十条).
    [InlineData("落实人才“双十条”^[17]，吸引更多人才来保就业创业，加快建设创新英才汇聚的“强磁场”“黄金台”。", "人才“双十条”", "双十条")]
    // sichuan_2026: the twenty-one articles of stabilising growth.
    [InlineData("出台稳增长“21条”“18条”等政策，加强激发消费、产业升级、降本减负、助企成长等支持，着力强信心、稳预期、添活力。", "稳增长“21条”", "21条")]
    public void A_count_of_articles_after_its_field_is_reported_with_the_field_under_its_bare_label(string sentence, string surface, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        // Round 49 (labels49): read from its issuing verb, the count of articles has the document's name as its canonical and
        // the bare count as its Label (LabelsRound49Tests).
        Assert.Contains(found, m => m.Surface == surface && m.Kind == MentionKind.Quoted && m.Label == label
            && m.Canonical == surface.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal));
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Theory]
    // guangdong_2023: 省 is a scope of one character, not a field.
    [InlineData("认真落实国务院安委会“十五条”和省“65条”硬措施，打好城镇燃气安全、自建房安全专项整治攻坚战。", "65条")]
    // sichuan_2026: a label written right after another label's closing mark has no field.
    [InlineData("出台稳增长“21条”“18条”等政策，加强激发消费、产业升级、降本减负、助企成长等支持，着力强信心、稳预期、添活力。", "18条")]
    public void A_count_of_articles_without_a_field_of_its_own_stays_bare(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == label);
    }

    [Fact]
    public void A_count_label_after_a_list_ending_in_two_members_joined_by_he_is_read_with_the_list()
    {
        // guangdong_2024: the three revolutions of the countryside (the list written as in gd-15th-fyp-proposal's gold row).
        IReadOnlyList<SloganMention> found = Mentions("抓好农村厕所、垃圾处理和生活污水“三大革命”，以超常规力度推进农村生活污水治理，因村施策选择治理模式。");
        Assert.Contains(found, m => m.Surface == "农村厕所、垃圾处理和生活污水“三大革命”" && m.Kind == MentionKind.Numbered && m.Label == "三大革命");
        Assert.DoesNotContain(found, m => m.Surface == "三大革命");
    }
}
