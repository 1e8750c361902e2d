// Specifications of round 98's Shenzhen entries (issue 13, sz98; tools/lexicon/curated/round98-sz98.txt): a second pass over
// Shenzhen's own recurring formulas (the city's 五个中心 positionings, its 民生七优 housing goal, its city-building labels,
// programmes and designations), scoped to the city (@place 深圳) as round 94's are, reported in the readable Shenzhen city
// and district reports (the opened sets unseen26j, 26k, 26l) and nowhere a text does not name 深圳 three times.
// Real reports and sentences of those readable texts (each file named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ShenzhenLexiconRound98Tests
{
    [Theory]
    // The headings （二）加快建设全球领先的重要的先进制造业中心 and （三）…加快建设具有全球重要影响力的产业科技创新中心 (j2 codes
    // both), and the district reports naming the city's goal (聚焦深圳建设…, 在助力深圳建设…中扛大旗: baoan 2024).
    [InlineData("unseen/shenzhen-gwr-2024.txt", "全球领先的重要的先进制造业中心", "全球领先的重要的先进制造业中心", 2)]
    [InlineData("unseen/shenzhen-gwr-2025.txt", "全球领先的重要的先进制造业中心", "全球领先的重要的先进制造业中心", 1)]
    [InlineData("unseen/baoan-gwr-2024.txt", "全球领先的重要的先进制造业中心", "全球领先的重要的先进制造业中心", 1)]
    [InlineData("unseen/shenzhen-gwr-2024.txt", "具有全球重要影响力的产业科技创新中心", "具有全球重要影响力的产业科技创新中心", 1)]
    [InlineData("unseen/baoan-gwr-2024.txt", "具有全球重要影响力的产业科技创新中心", "具有全球重要影响力的产业科技创新中心", 1)]
    // 建设具有全球重要影响力的消费中心 and 加快建设具有全球重要影响力的物流中心 (j2 codes both).
    [InlineData("unseen/shenzhen-gwr-2025.txt", "具有全球重要影响力的消费中心", "具有全球重要影响力的消费中心", 1)]
    [InlineData("unseen/shenzhen-gwr-2025.txt", "具有全球重要影响力的物流中心", "具有全球重要影响力的物流中心", 1)]
    // 加快推进住有宜居 (2022), 加快实现住有宜居 (2024, j2 codes it), 全力推动住有宜居 (guangming 2025).
    [InlineData("unseen/shenzhen-gwr-2022.txt", "住有宜居", "住有宜居", 1)]
    [InlineData("unseen/guangming-gwr-2025.txt", "住有宜居", "住有宜居", 1)]
    // 深化“关爱之城”“志愿者之城”建设 (j3 codes both); 持续擦亮图书馆之城、钢琴之城、设计之都、时尚之都和关爱之城、志愿者之城品牌.
    [InlineData("unseen/shenzhen-gwr-2022.txt", "关爱之城", "关爱之城", 1)]
    [InlineData("unseen/shenzhen-gwr-2025.txt", "关爱之城", "关爱之城", 1)]
    [InlineData("unseen/shenzhen-gwr-2025.txt", "图书馆之城", "图书馆之城", 1)]
    // 推进数字孪生先锋城区建设, 推进极速宽带先锋城区建设 (l1 codes both).
    [InlineData("unseen/guangming-gwr-2025.txt", "数字孪生先锋城区", "数字孪生先锋城区", 1)]
    [InlineData("unseen/guangming-gwr-2025.txt", "极速宽带先锋城区", "极速宽带先锋城区", 1)]
    // 高质量完成2个城市第六立面改造提升试点, 持续开展第六立面改造提升 (k2 codes both); 完成30个城市第六立面提升项目.
    [InlineData("unseen/longhua-gwr-2024.txt", "第六立面改造提升", "第六立面改造提升", 2)]
    [InlineData("unseen/shenzhen-gwr-2025.txt", "第六立面改造提升", "第六立面提升", 1)]
    // 推进70个小区优质饮用水入户工程 (k3 codes it), 累计完成优质饮用水入户改造32.3万户 (l2 codes it).
    [InlineData("unseen/baoan-gwr-2024.txt", "优质饮用水入户工程", "优质饮用水入户工程", 1)]
    [InlineData("unseen/futian-gwr-2023.txt", "优质饮用水入户工程", "优质饮用水入户改造", 1)]
    // 全面完成基础教育百万学位建设计划 (j1 codes it).
    [InlineData("unseen/shenzhen-gwr-2025.txt", "基础教育百万学位建设计划", "基础教育百万学位建设计划", 1)]
    // 推动更多惠企服务秒报秒批、免申即享.
    [InlineData("unseen/shenzhen-gwr-2025.txt", "秒报秒批", "秒报秒批", 1)]
    // 会展新城入选全市国际化示范街区; 民治街区获评市级首批“国际化示范街区” (k2 codes it).
    [InlineData("unseen/baoan-gwr-2024.txt", "国际化示范街区", "国际化示范街区", 1)]
    public void A_Shenzhen_formula_is_reported_in_the_city_and_district_reports(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Fact]
    public void The_small_public_cultural_spaces_are_reported_with_their_quoted_label()
    {
        // unseen/guangming-gwr-2025: 打造一批“小而美”新型公共文化空间 (l1 codes 小而美新型公共文化空间).
        Assert.Contains(InReport("unseen/guangming-gwr-2025.txt"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "小而美新型公共文化空间");
    }

    [Fact]
    public void The_quoted_label_before_its_noun_is_left_to_the_quoted_finder()
    {
        // unseen/shenzhen-gwr-2024: 新增“秒报秒批一体化”事项30项 (j2 codes 秒报秒批一体化事项): the entry 秒报秒批 does not cut it.
        Assert.DoesNotContain(InReport("unseen/shenzhen-gwr-2024.txt"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "秒报秒批");
        Assert.Contains(InReport("unseen/shenzhen-gwr-2024.txt"), m => m.Kind == MentionKind.Quoted && m.Surface.Contains("秒报秒批一体化", StringComparison.Ordinal));
    }

    [Fact]
    public void The_city_campaign_is_left_to_the_policy_finder_and_the_green_beautiful_entry()
    {
        // unseen/shenzhen-gwr-2024: 深入实施山海连城绿美深圳生态建设六大行动 (j2 codes the whole). An entry 山海连城绿美深圳 also
        // redrew shenzhen 2025's 绿美深圳 (PlacesRound52Tests) and was dropped.
        Assert.Contains(InReport("unseen/shenzhen-gwr-2024.txt"), m => m.Kind == MentionKind.Policy && m.Surface == "山海连城绿美深圳生态建设六大行动");
    }

    [Fact]
    public void Another_city_writing_the_words_gets_no_Shenzhen_entry()
    {
        // unseen/baoding-gwr-2022 (names 深圳 once): 努力实现幼有善育、学有优教、劳有厚得、病有良医、老有颐养、住有宜居、弱有众扶.
        Assert.DoesNotContain(InReport("unseen/baoding-gwr-2022.txt"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "住有宜居");
    }

    [Theory]
    // unseen/shenzhen-gwr-2024 and -2025, without the rest of the report: a sentence naming no place gets no Shenzhen entry.
    [InlineData("（二）加快建设全球领先的重要的先进制造业中心。加快发展新质生产力。", "全球领先的重要的先进制造业中心")]
    [InlineData("加快实现住有宜居。坚持稳地价、稳房价、稳预期。", "住有宜居")]
    public void A_sentence_naming_no_place_gets_no_Shenzhen_entry(string text, string canonical)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical);
    }
}
