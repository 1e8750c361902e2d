// Specifications of finder precision round 29 (issue 13, branch finders29), written from sentences of the opened unseen26
// set (tests/PolicyLens.Tests/Data/unseen/, development since round 29) that its blind judge read wrong: verbs that open the
// clause around a name and are never part of it (PolicyFinder.Stops: 提供, 开设, 调减), and 并举 as a word that joins the parts
// a quoted numeral label abbreviates (NumberedFinder.JoiningWords: “三绿”并举, as “四库”联动 beside it).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Clause verbs stay out of policy names; “N X”并举 is one numbered formula.</summary>
public sealed class FinderPrecisionRound29Tests
{
    [Theory]
    // gd-zhongshan-opinion-2026: 工程 is the field of a consulting service, no programme's head.
    [InlineData("支持中山试行香港工程建设管理模式，便利香港企业和专业人士提供工程咨询服务。", "提供")]
    // gd-standards-opinion-2026: 标准化工程 is a university major here, and 开设 the verb of opening it.
    [InlineData("推动高校参与专业与标准化教育融合试点，支持开设标准化工程、标准化技术专业。", "开设")]
    // cpc-third-plenum-decision-2024: 调减 turns the restriction down; it is not part of the policy's name.
    [InlineData("充分赋予各城市政府房地产市场调控自主权，因城施策，允许有关城市取消或调减住房限购政策、取消普通住宅和非普通住宅标准。", "调减")]
    public void A_clause_verb_is_never_part_of_a_policy_name(string sentence, string verb)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.Contains(verb, StringComparison.Ordinal));
    }

    [Fact]
    public void A_programme_named_after_the_verb_is_still_found()
    {
        // gd-15th-fyp-proposal's frame of a real programme: the stop ends the walk, the name after it stays.
        Assert.Contains(Policies("系统实施“粤强种芯”工程，促进良田良种良机良法集成增效。"), m => m.Surface.Contains("粤强种芯", StringComparison.Ordinal));
    }

    [Fact]
    public void Bing_ju_joins_the_parts_of_a_numeral_label()
    {
        // gd-15th-fyp-proposal (35): the three kinds of greening done together; the bare 三绿 names nothing alone.
        IReadOnlyList<SloganMention> found = Numbered("大力推进国土绿化。坚持“三绿”并举、“四库”联动，一体推进城乡绿化美化。");
        Assert.Contains(found, m => m.Surface == "“三绿”并举" && m.Canonical == "三绿并举");
        Assert.Contains(found, m => m.Surface == "“四库”联动" && m.Canonical == "四库联动");
        Assert.DoesNotContain(found, m => m.Surface == "三绿");
    }
}
