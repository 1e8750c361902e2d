// Specifications of round 76's longer formulas that held a shorter mention (issue 13, holds76): a city's or district's version
// of the national chain 法治国家、法治政府、法治社会 (PlaceCampaignFinder.RuleOfLawChains: 法治城市/法治城区、法治政府、法治社会),
// which the opened sets' coders code whole (shenzhen 2025, guangming 2025) and the build had read as two bare members; the
// chain with a place's own name, whose bare member a development judge read right, and place campaigns joined without the
// chain, which the golds code one by one, stay as they were.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class HoldsRound76Tests
{
    [Theory]
    // unseen/shenzhen-gwr-2025 (gold: 法治城市、法治政府、法治社会, lexicon,parallel).
    [InlineData("完善公共法律服务体系，加强法治宣传教育，一体推进法治城市、法治政府、法治社会建设。", "法治城市、法治政府、法治社会")]
    // unseen/guangming-gwr-2025 (gold: 法治城区、法治政府、法治社会, lexicon,parallel).
    [InlineData("推进“调援裁诉”高效衔接、一站式服务网络全覆盖，一体推进法治城区、法治政府、法治社会建设。", "法治城区、法治政府、法治社会")]
    public void A_places_version_of_the_rule_of_law_chain_is_one_formula(string text, string chain)
    {
        IReadOnlyList<SloganMention> found = Mentions(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == chain);
        Assert.DoesNotContain(found, m => m.Surface == "法治政府" || m.Surface == "法治社会");
    }

    [Fact]
    public void The_chain_with_a_places_own_name_keeps_its_members()
    {
        // xinjiang 2026 (mentions-dev-fresh18b.tsv: the bare 法治社会 judged right): the one readable place of this form.
        IReadOnlyList<SloganMention> found = Mentions("全面贯彻习近平法治思想，一体推进法治新疆、法治政府、法治社会建设。");
        Assert.Contains(found, m => m.Surface == "法治社会");
        Assert.DoesNotContain(found, m => m.Surface.Contains("法治政府、法治社会", StringComparison.Ordinal));
    }

    [Fact]
    public void Place_campaigns_joined_without_the_national_chain_stay_apart()
    {
        // unseen/guangdong-gwr-2025 (gold: 法治广东, 平安广东, each coded).
        IReadOnlyList<SloganMention> found = Mentions("深入推进法治广东、平安广东建设，加快构建“大平安”格局。");
        Assert.Contains(found, m => m.Surface == "法治广东");
        Assert.Contains(found, m => m.Surface == "平安广东");
    }
}
