// A city's or district's version of the national chain 法治国家、法治政府、法治社会 (the Fourth Plenum of the 18th CC's 一体建设):
// the report writes 城市 or 城区 where the chain has 国家 (一体推进法治城市、法治政府、法治社会建设, shenzhen 2025; 法治城区、法治政府、
// 法治社会, guangming 2025). Round 76 (holds76): the coders of the opened sets code the chain whole at both readable places
// ("local version of 法治国家、法治政府、法治社会"), where the build had reported two bare members (法治政府, 法治社会). Not the
// chain with a place's own name (法治新疆、法治政府、法治社会, xinjiang 2026, its one readable place): the round-18b judge read
// the bare 法治社会 there right, so that form stays the place's campaign and the two members. A place's campaigns joined without
// the chain (法治广东、平安广东; 平安河北、法治河北) stay separate items, as the golds code them.
namespace PolicyLens.Extraction.Slogans;

internal static partial class PlaceCampaignFinder
{
    // The chain as a city or district writes it: its local first member, then the national chain's other two members.
    private static readonly string[] LocalRuleOfLawChains = ["法治城市、法治政府、法治社会", "法治城区、法治政府、法治社会"];

    private static void FindLocalRuleOfLawChains(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        foreach (string chain in LocalRuleOfLawChains)
        {
            for (int start = text.IndexOf(chain, StringComparison.Ordinal); start >= 0; start = text.IndexOf(chain, start + 1, StringComparison.Ordinal))
            {
                into.Add(new MentionCandidate(MentionKind.Lexicon, start, start + chain.Length, chain) { Theme = "rule-of-law", Subtype = "place" });
            }
        }
    }
}
