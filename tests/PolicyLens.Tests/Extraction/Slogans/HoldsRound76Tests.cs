// Specifications of round 76's longer formulas that held a shorter mention (issue 13, holds76): a place's version of the
// national chain 法治国家、法治政府、法治社会 (PlaceCampaignFinder.RuleOfLawChains), which the opened sets' coders code whole
// ("local version of 法治国家、法治政府、法治社会", shenzhen 2025 and guangming 2025) and the build had read as three members, and
// the place campaigns joined without that chain, which the golds code one by one and which stay apart.
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
    // xinjiang 2026 (development text, not coded): the province's own name where the chain has 国家.
    [InlineData("全面贯彻习近平法治思想，一体推进法治新疆、法治政府、法治社会建设。", "法治新疆、法治政府、法治社会")]
    public void A_places_version_of_the_rule_of_law_chain_is_one_formula(string text, string chain)
    {
        IReadOnlyList<SloganMention> found = Mentions(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == chain);
        Assert.DoesNotContain(found, m => m.Surface == "法治政府" || m.Surface == "法治社会");
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
