// Specifications of round 52 (places52) of the formula recall work (issue 13): the campaigns a district or county brands
// with its own name (健康光明, 平安坪山, 智慧龙岗), which PlaceCampaignFinder reads from Text/Data/counties.tsv where the text
// writes the division's full name (光明区), a functional area's X新区 name (绿美大鹏), and the campaign words 绿美 (Guangdong's
// 绿美广东生态建设 rebranded by its cities and districts) and 智慧 (a city's smart-city programme), on sentences of the opened
// Shenzhen reports and other development texts (the file each comes from is named), with the near-misses that stay unreported.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>District and county campaigns and the campaign words 绿美 and 智慧, reported as lexicon place mentions.</summary>
public sealed class PlacesRound52Tests
{
    private static IReadOnlyList<SloganMention> Places(string text) =>
        [.. Mentions(text).Where(m => m.Kind == MentionKind.Lexicon && m.Subtype == "place")];

    // Sentences of the district reports that write the district's full name (the guard of its short name).
    private const string Guangming = "光明区科学技术协会成立。其中光明区属于全省进位类区。";
    private const string Futian = "扎实推进“智慧城区”建设，加快福田区统一数字底座建设，打造福镜·CIM平台。";
    private const string Pingshan = "坚持生态优先理念，立足坪山资源禀赋，高水平编制坪山区国土空间分区规划，高标准完成燕子湖片区等城市设计。";
    private const string Longgang = "出台涵盖171项任务清单的《龙岗区关于进一步全面深化改革的实施方案》。";
    private const string Dapeng = "协调推动《深圳经济特区大鹏新区条例》立法。现在，我代表大鹏新区管理委员会，向大会报告管委会工作。大鹏新区鹏城村保护规划获省政府批复。";

    [Theory]
    [InlineData(Guangming + "健康光明迈上新台阶。中山七院二期建成投用", "健康光明")] // guangming 2025
    [InlineData(Guangming + "扎实推进平安光明建设，加快实现高质量发展和高水平安全良性互动", "平安光明")] // guangming 2025
    [InlineData(Guangming + "举办软信业招商推介大会，发布“数字光明”首批六大应用场景，", "数字光明")] // guangming 2025
    [InlineData(Guangming + "绿美光明建设成效显著。圆满举办", "绿美光明")] // guangming 2025: 绿美, Guangdong's campaign
    [InlineData(Futian + "打造更高水平的健康福田。深入实施健康福田行动，制订公共政策健康影响评价", "健康福田")] // futian 2023
    [InlineData(Futian + "突出生态宜居，扎实推进美丽福田建设。持续打好污染防治攻坚战", "美丽福田")] // futian 2023
    [InlineData(Pingshan + "“平安坪山”建设深入推进。", "平安坪山")] // pingshan 2021: the full name written once suffices
    [InlineData(Longgang + "三是智慧龙岗建设亮点纷呈。组建区政务服务数据管理局", "智慧龙岗")] // longgang 2025: 智慧, the smart-city programme
    [InlineData(Longgang + "打造高水平绿美龙岗，促进人与自然和谐共生。", "绿美龙岗")] // longgang 2025
    public void A_districts_campaign_is_reported_where_the_text_writes_the_districts_full_name(string text, string expected)
    {
        Assert.Contains(Places(text), m => m.Surface == expected);
    }

    [Theory]
    [InlineData("健康光明迈上新台阶。中山七院二期建成投用", "健康光明")] // no 光明区 in the text: 光明 may be the word
    [InlineData("建立健全造抚一体、造采挂钩的森林资源培育和管理制度。", "森林资源")] // 资源县 unnamed: 资源 is the word
    [InlineData("按照自愿互利的原则组织生产合作、供销合作和信用合作，", "信用合作")] // 合作市 unnamed
    [InlineData(Futian + "扎实推进“智慧城区”建设。", "智慧城区")] // 城区 keeps its type: no short name
    public void A_districts_short_name_without_its_full_name_is_no_place(string text, string notExpected)
    {
        Assert.DoesNotContain(Places(text), m => m.Surface.Contains(notExpected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_functional_areas_name_counts_where_the_text_writes_it_as_a_new_area_three_times()
    {
        // dapeng 2025: 大鹏新区 is no division of GB/T 2260; the report writes it five times.
        Assert.Contains(Places(Dapeng + "深入推进绿美大鹏建设，改造低效林"), m => m.Surface == "绿美大鹏");
        Assert.DoesNotContain(Places("协调推动《深圳经济特区大鹏新区条例》立法。深入推进绿美大鹏建设，改造低效林"), m => m.Surface == "绿美大鹏");
    }

    [Theory]
    [InlineData("深入推进山海连城绿美深圳生态建设，高水平建设", "绿美深圳")] // shenzhen 2025
    [InlineData("（十四）推进绿美中山生态建设。支持中山开展", "绿美中山")] // gd-zhongshan-opinion 2026
    [InlineData("深化数字保定、智慧保定建设，推进最小管理单元", "智慧保定")] // baoding 2022
    public void The_campaign_words_green_beautiful_and_smart_take_a_city(string text, string expected)
    {
        Assert.Contains(Places(text), m => m.Surface == expected);
    }

    [Fact]
    public void Smart_and_a_place_in_quotation_marks_is_left_to_the_quoted_finder()
    {
        // zhumadian 2014: one of the quoted labels of information projects, judged right as quoted (mentions-dev-quoted20.tsv).
        const string text = "积极推进“宽带驻马店”、“智慧驻马店”等信息化项目建设，促进信息化与“三化”深度融合。";
        Assert.DoesNotContain(Places(text), m => m.Surface == "智慧驻马店");
        Assert.Contains(Quoted(text), m => m.Surface == "智慧驻马店");
    }

    [Theory]
    [InlineData("营造通山达海、色彩多样的魅力绿美空间。", "绿美")] // gd-lvmei-decision: the adjective, no place after it
    [InlineData("加快建设绿美点、绿美带，实施古树名木保护", "绿美")] // gd-15th-fyp-proposal
    [InlineData("拓展国际贸易平台和跨境电商园区建设，创新广东农产品“走出去”模式", "创新广东")] // guangdong outline 2026: 创新 a verb
    [InlineData("创新办好生态文明贵阳国际论坛、数博会", "文明贵阳")] // guizhou 2026: 生态文明 is one word
    public void Adjectives_and_verbs_before_a_place_are_no_campaign(string text, string notExpected)
    {
        Assert.DoesNotContain(Places(text), m => m.Surface.Contains(notExpected, StringComparison.Ordinal));
    }
}
