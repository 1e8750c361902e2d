// Specifications of policy round 46 (issue 13, branch policy46; precision of policy mentions): a name the head cuts before its
// closing word is reported whole: a pilot followed by 城市 is the designation of cities (“科创中国”试点城市, the golds' 科创中国试点城市
// | 科创中国), and a designation's field after a placing word (国家, 首批) is part of it (国家智能网联汽车“车路云一体化”应用试点城市).
// The quoted label stays the mention's Label (round 43).
// Real sentences of the development reports, the national corpus and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>A designation of cities after a pilot head is reported whole, with its field.</summary>
public sealed class PolicyPrecisionRound46Tests
{
    [Theory]
    [InlineData("兰州新区入围“科创中国”试点城市。", "“科创中国”试点城市")] // gansu 2026
    [InlineData("我市获批全省首家“科创中国”试点城市，科技部批复我市为创新型城市示范市。", "“科创中国”试点城市")] // unseen/baoding-gwr-2022
    [InlineData("依托国家创新型城市建设、“科创中国”试点城市建设，", "“科创中国”试点城市")] // unseen/baoding-gwr-2023
    public void A_pilot_followed_by_its_cities_is_the_designation_whole(string sentence, string name)
    {
        IReadOnlyList<SloganMention> policies = Policies(sentence);
        Assert.Contains(policies, m => m.Surface == name && m.Canonical == "科创中国试点城市" && m.Label == "科创中国");
        Assert.DoesNotContain(policies, m => m.Surface == "“科创中国”试点");
    }

    [Theory]
    [InlineData("武汉、十堰成为国家首批智能网联汽车“车路云一体化”应用试点城市，", "智能网联汽车“车路云一体化”应用试点城市")] // hubei 2026
    public void A_designation_of_cities_keeps_its_field_after_a_placing_word(string sentence, string name)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == name && m.Label == "车路云一体化");
    }

    // The lead's review: the level word written right before the designation or its field is part of its name (the codebook's
    // round-17 examples 全国文明城市, 国家全域旅游示范区; round 22's reading 1), as the judges of the readable sample read the
    // 5G pilot cities; a rank between them (国家首批…, above) leaves the level word out with the rank.
    [Theory]
    [InlineData("推进国家智能网联汽车“车路云一体化”应用试点城市建设。", "国家智能网联汽车“车路云一体化”应用试点城市", "车路云一体化")] // unseen/guangdong-gwr-2025
    [InlineData("广州、深圳入选国家“5G+工业互联网”融合应用试点城市。", "国家“5G+工业互联网”融合应用试点城市", "5G+工业互联网")] // unseen/guangdong-gwr-2025
    public void A_designation_of_cities_takes_its_level_word(string sentence, string name, string label)
    {
        IReadOnlyList<SloganMention> policies = Policies(sentence);
        Assert.Contains(policies, m => m.Surface == name && m.Label == label);
        Assert.DoesNotContain(policies, m => m.Surface == name[2..]);
    }

    [Fact]
    public void A_pilot_without_its_cities_keeps_its_head_as_the_end()
    {
        // guangdong 2024: the pilot itself, no designation of places after it.
        Assert.Contains(Policies("扩大“组合港”、“一港通”试点，强化大湾区贸易、航运枢纽功能。"), m => m.Surface == "“一港通”试点");
    }
}
