// Specifications of round 77's work on named programmes the readable golds code and the build missed (policy77, issue 13):
// after an introducing verb, a campaign, works programme or plan whose stem is two characters is a name when the stem is no
// general word (暖企行动, 光盘行动, 蓝天行动计划), and stays none when it is one (全民行动) or a category (民生工程)
// (IntroducedProgrammeFinder.IsTwoCharacterName). Sentences of the readable texts (the file each comes from is named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class PolicyRound77Tests
{
    [Theory]
    // unseen/guangdong-gwr-2025: coded 暖企行动 (unseen26h).
    [InlineData("“拿地即开工”、“完工即投产”、“验收即发证”。用心用情开展暖企行动，健全政企常态化沟通机制", "暖企行动")]
    // unseen/shenzhen-gwr-2025: coded 光盘行动.
    [InlineData("倡导简约适度、绿色低碳、文明健康的生活方式和消费模式，深入开展光盘行动、抵制过度包装。", "光盘行动")]
    // unseen/baoan-gwr-2024: coded 蓝天行动计划 and 碧水行动计划.
    [InlineData("让良好生态环境成为最普惠的民生福祉 　　实施蓝天行动计划。强化氮氧化物和挥发性有机物协同减排", "蓝天行动计划")]
    [InlineData("水污染步入下降通道。 　　实施碧水行动计划。完善重点小流域动态管控", "碧水行动计划")]
    public void A_two_character_campaign_after_its_verb_is_a_named_programme(string text, string name)
    {
        Assert.Contains(Policies(text), m => m.Surface == name);
    }

    [Theory]
    // unseen/cpc-energy-saving-opinion-2026: a heading, 全民 a general word (1326 in the dictionary); not coded.
    [InlineData("重大事项及时按程序向党中央、国务院请示报告。 （十七）实施全民行动。持续开展全国生态日", "全民行动")]
    // hebei_2026: 民生工程, a category of works.
    [InlineData("我们连续实施民生工程，财政民生支出占比保持在80%以上，居民", "民生工程")]
    public void A_two_character_general_word_or_category_is_no_named_programme(string text, string category)
    {
        Assert.DoesNotContain(Policies(text), m => m.Surface == category);
    }
}
