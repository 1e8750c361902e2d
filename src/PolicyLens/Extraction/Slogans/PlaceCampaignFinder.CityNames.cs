// Round 114 (policy114, from unseen26u's misses and the 2024 city pool): the literary names of cities written in a campaign's
// place (美丽蓉城, 智慧蓉城, 清廉蓉城: 成都 2024; 美丽青城: 呼和浩特 2024; 美丽江城: 武汉 and 芜湖 2024, pool JiangGufan/digital-governance;
// 智慧蓉城 in chongqing 2026, naming Chengdu's programme), as LiteraryNames holds the provinces' (健康龙江, 书香陇原), and 清廉,
// the clean-government campaign every province and city runs under its own name (清廉广东: two readable golds code it; 清廉重庆,
// 清廉烟台, 清廉河池, 清廉贵港, 清廉杭州, 清廉广西, 清廉广元, 清廉蓉城 in the pool), which no lexicon entry 清廉中国 brings in.
// A literary name counts only where the text names its city (the official short name, 成都) at least
// Lexicon.PlaceMentionsNeeded times: 江城 and 龙城 name several cities, 山城 and 青城 are common words too, and a report of the
// city (or of its neighbour, chongqing 2026 on 成都) names the city often. Not 京城 (书香京城, beijing 2024 and 2026): the quoted finder
// reports it already, judged right as quoted in the readable judged files, and a lexicon mention at its span only changed its kind.
using System.Collections.Frozen;

namespace PolicyLens.Extraction.Slogans;

internal static partial class PlaceCampaignFinder
{
    // The campaign words this round adds to Campaigns (the words CampaignWords reads before a place).
    private static readonly string[] CleanGovernmentCampaigns = ["清廉"];

    // Literary names of prefecture-level and provincial-level cities in common official use, with the cities each names.
    private static readonly FrozenDictionary<string, string[]> CityLiteraryNames = new Dictionary<string, string[]>
    {
        ["蓉城"] = ["成都"], ["青城"] = ["呼和浩特"], ["榕城"] = ["福州"], ["羊城"] = ["广州"], ["鹏城"] = ["深圳"],
        ["星城"] = ["长沙"], ["泉城"] = ["济南"], ["冰城"] = ["哈尔滨"], ["春城"] = ["昆明"], ["邕城"] = ["南宁"],
        ["筑城"] = ["贵阳"], ["鹿城"] = ["包头"], ["江城"] = ["武汉", "芜湖"], ["金城"] = ["兰州"], ["夏都"] = ["西宁"],
        ["龙城"] = ["太原", "常州", "柳州"], ["山城"] = ["重庆"], ["鹤城"] = ["齐齐哈尔"], ["椰城"] = ["海口"], ["申城"] = ["上海"],
        ["津城"] = ["天津"], ["杭城"] = ["杭州"], ["甬城"] = ["宁波"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The longest literary name, in characters.
    private const int LongestCityLiteraryName = 2;

    // True when text[start..start+length] is a city's literary name and the text names that city often enough.
    private static bool IsCityLiteraryName(string text, int start, int length)
    {
        if (length > LongestCityLiteraryName || !CityLiteraryNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start, length), out string[]? cities))
        {
            return false;
        }

        foreach (string city in cities)
        {
            if (CountAtLeast(text, city, Lexicon.PlaceMentionsNeeded))
            {
                return true;
            }
        }

        return false;
    }
}
