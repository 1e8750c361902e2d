// A place's version of the national chain 法治国家、法治政府、法治社会 (the Fourth Plenum of the 18th CC's 一体建设): the report
// writes its own place, or its city or district, where the chain has 国家 (一体推进法治新疆、法治政府、法治社会建设, xinjiang 2026;
// 法治城市、法治政府、法治社会, shenzhen 2025; 法治城区、法治政府、法治社会, guangming 2025). Round 76 (holds76): the coders of the
// opened sets code the chain whole at both coded places ("local version of 法治国家、法治政府、法治社会"), where the build had
// reported its three members apart (法治政府 and 法治社会 as lexicon formulas, 法治新疆 as the place's campaign). A place's
// campaigns joined without the chain (法治广东、平安广东; 平安河北、法治河北) stay separate items, as the golds code them.
namespace PolicyLens.Extraction.Slogans;

internal static partial class PlaceCampaignFinder
{
    // The chain after its first member, as the national entry writes it.
    private const string RuleOfLawChainTail = "、法治政府、法治社会";

    // The generic local words written for 国家 (法治城市, 法治城区) besides a place's own name.
    private static readonly string[] LocalUnits = ["城市", "城区"];

    private static void FindLocalRuleOfLawChains(TextView view, List<MentionCandidate> into)
    {
        string text = view.Text;
        for (int tail = text.IndexOf(RuleOfLawChainTail, StringComparison.Ordinal); tail >= 0; tail = text.IndexOf(RuleOfLawChainTail, tail + 1, StringComparison.Ordinal))
        {
            int start = LocalFirstMemberStart(view, tail);
            if (start >= 0)
            {
                int end = tail + RuleOfLawChainTail.Length;
                into.Add(new MentionCandidate(MentionKind.Lexicon, start, end, text[start..end]) { Theme = "rule-of-law", Subtype = "place" });
            }
        }
    }

    // The start of 法治 + place (or 城市/城区) ending right before the chain's tail, or -1 (法治国家 and 法治中国 are the
    // lexicon's own spellings, matched there).
    private static int LocalFirstMemberStart(TextView view, int tail)
    {
        string text = view.Text;
        foreach (string unit in LocalUnits)
        {
            int at = tail - unit.Length - 2;
            if (at >= 0 && string.CompareOrdinal(text, at, "法治" + unit, 0, unit.Length + 2) == 0)
            {
                return at;
            }
        }

        for (int length = 2; length <= Math.Max(LongestPlace.Value, Text.Counties.LongestShortName); length++)
        {
            int at = tail - length - 2;
            if (at < 0 || string.CompareOrdinal(text, at, "法治", 0, 2) != 0)
            {
                continue;
            }

            if (PlaceEnd(view, at + 2) == tail || CountyEnd(view, at + 2) == tail)
            {
                return at;
            }
        }

        return -1;
    }
}
