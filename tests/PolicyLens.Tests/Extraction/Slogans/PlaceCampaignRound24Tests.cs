// Specifications of round 24 (place24) of the formula recall work (issue 13): local versions of national campaigns and
// goals built on a place's name that PlaceCampaignFinder now reports (every campaign the lexicon holds as 中国 + word, the
// campaigns provinces rebrand word for word, the provinces' literary names, and the 新 + place goal), on sentences of
// development reports (the file each comes from is named), and the near-misses that must stay unreported.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Place-branded campaigns and goals (诚信福建, 信用重庆, 健康龙江, 新福建, 现代化新重庆), reported whole as lexicon mentions.</summary>
public sealed class PlaceCampaignRound24Tests
{
    private static IReadOnlyList<SloganMention> Places(string text) =>
        [.. Mentions(text).Where(m => m.Kind == MentionKind.Lexicon && m.Subtype == "place")];

    [Theory]
    [InlineData("信用重庆、财税金融等重点领域改革持续深化，机构改革", "信用重庆")] // chongqing 2026: 信用中国 is a lexicon entry
    [InlineData("数字政府、信用广东等领域先行先试，打造广东标志性引领性改革", "信用广东")] // guangdong 2023
    [InlineData("更高水平建设法治福建、平安福建、诚信福建，加快推进省域治理体系", "诚信福建")] // fujian 2026
    [InlineData("持续规范地方政府经济促进行为。做优“诚信安徽”品牌，创新拓展“信用+”惠企便民场景，", "诚信安徽")] // anhui 2026
    [InlineData("深入开展国土绿化提速行动，加快推进森林驻马店建设，高质量完成造林", "森林驻马店")] // zhumadian 2020
    [InlineData("推进文明城市创建，擦亮“志愿广东”品牌，倡导全民阅读，", "志愿广东")] // guangdong 2023
    [InlineData("实施连云港徐圩港区疏港航道等项目，打造“水运江苏”现代化水网和高等级航道网，", "水运江苏")] // jiangsu 2026
    [InlineData("扎实推进共同富裕，全面建设美好安徽取得新的更大进展。", "美好安徽")] // anhui 2026
    [InlineData("加强专门学校建设。建设高水平健康龙江。实施公共卫生体系强化行动，", "健康龙江")] // heilongjiang 2026: 龙江, the province's literary name
    [InlineData("大力推进全民阅读和“书香陇原”建设，营造爱读书、读好书、善读书的浓厚氛围。", "书香陇原")] // gansu 2026
    public void A_national_campaign_rebranded_with_a_place_is_reported_whole(string text, string expected)
    {
        SloganMention m = Assert.Single(Places(text), m => m.Surface == expected);
        Assert.Equal(expected, m.Canonical);
    }

    [Theory]
    [InlineData("一年接着一年干，新福建建设持续取得新进展新成效", "新福建")] // fujian 2026: marked by 建设
    [InlineData("为新时代新福建建设把脉定向、指路引航。", "新福建")] // fujian 2026: 新时代 is not part of the goal
    [InlineData("刚刚过去的2025年，是现代化新重庆建设纵深推进的关键之年。", "现代化新重庆")] // chongqing 2026
    [InlineData("就一定能把幸福美好新甘肃的壮美图景展现在陇原大地上。", "幸福美好新甘肃")] // gansu 2026: the qualifier marks it
    [InlineData("为全面建设社会主义现代化新吉林作出新的更大的贡献！", "社会主义现代化新吉林")] // jilin 2026
    public void A_new_place_goal_is_reported_with_its_qualifier(string text, string expected)
    {
        Assert.Contains(Places(text), m => m.Surface == expected);
    }

    [Theory]
    [InlineData("持续打响“清新福建”品牌，让更多游客体验福建的山水之美", "新福建")] // fujian 2026: 清新, a tourism brand
    [InlineData("全球客商共享新重庆发展机遇。", "新重庆")] // chongqing 2026: no qualifier, no 建设
    [InlineData("实施打造“新重庆·新渝商”品牌行动，", "新重庆")] // chongqing 2026: a brand
    [InlineData("牢牢把握“强富美高”新江苏现代化建设这一宏伟目标", "新江苏")] // jiangsu 2026: the quoted label is the item
    [InlineData("中国式现代化新青海建设展现新气象。", "新青海")] // qinghai 2026: the 中国式现代化 family
    [InlineData("中试熟化平台72个。新晋中国工程院院士3名", "晋中")] // heilongjiang 2026: 新晋 is a word, 晋中 a city
    [InlineData("吸引更多企业投资龙江、更多项目落地龙江", "投资龙江")] // heilongjiang 2026: 投资 a verb, not a campaign word
    [InlineData("打造“投资福建”品牌，新引进落地项目", "投资福建")] // fujian 2026: a brand the gold leaves uncoded
    [InlineData("打响“重庆制造”品牌", "重庆制造")] // 中国制造 is not read as a campaign a place rebrands
    [InlineData("办好多彩贵州文化艺术节等活动", "多彩贵州")] // guizhou 2026: a tourism brand
    [InlineData("让大美青海成为广大游客来了还想再来的地方", "大美青海")] // qinghai 2026: a tourism slogan
    [InlineData("才能筑牢经济繁荣富强、人民幸福安康、社会和谐稳定的", "幸福安康")] // 安康 is also a city
    public void Brands_adjectives_verbs_and_words_are_not_place_campaigns(string text, string notExpected)
    {
        Assert.DoesNotContain(Places(text), m => m.Surface.Contains(notExpected, StringComparison.Ordinal));
    }

    // gansu 2026: the report names 甘肃 three times or more (here in the sentences around the goal).
    private const string Gansu = "甘肃经济稳中有进，甘肃人民安居乐业，甘肃大地生机勃勃。";

    [Theory]
    [InlineData(Gansu + "让民营企业在陇原大地上安心发展，在富民兴陇中开创未来。", "富民兴陇")] // gansu 2026: 陇中 is one word to the segmenter
    [InlineData(Gansu + "加快建设幸福美好新甘肃，不断开创富民兴陇新局面，", "富民兴陇")] // gansu 2026
    [InlineData("四川省人民政府。四川发展。四川人民。实现“十四五”顺利收官，新时代治蜀兴川事业迈出坚实步伐、取得新的重大成就。", "治蜀兴川")] // sichuan 2026
    public void A_provinces_goal_written_with_its_one_character_name_is_reported(string text, string expected)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Subtype == "goal" && m.Surface == expected);
    }

    [Theory]
    [InlineData("让民营企业在陇原大地上安心发展，在富民兴陇中开创未来。", "富民兴陇")] // the province is not named thrice
    [InlineData("新疆稳定。新疆发展。新疆人民。坚持依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆，", "富民兴疆")] // xinjiang 2026: a member of the chain
    [InlineData("安徽人才。安徽发展。安徽人民。推进人才兴皖工程提质增效，创建国家吸引和集聚人才平台", "人才兴皖")] // anhui 2026: the programme is the item
    [InlineData("江西科技。江西发展。江西人民。纵深推进科技兴赣六大行动，提升", "科技兴赣")] // jiangxi 2026: a numbered programme
    [InlineData("宁夏发展。宁夏人民。宁夏生态。中国（宁夏）与浙江宁波、绍兴宁波舟山港合作", "兴宁")] // 宁波 is a city, 绍兴 a word
    [InlineData("广东发展。广东人民。广东制造。加快梅州兴宁、五华等地发展", "兴宁")] // a city of Guangdong, not Ningxia's goal
    public void Chain_members_programme_fields_and_places_are_not_one_character_goals(string text, string notExpected)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Subtype == "goal" && m.Surface.Contains(notExpected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("实施消费环境提升工程，打造“放心消费在辽宁”品牌。再打造30个“辽宁优品”，", "放心消费在辽宁")] // liaoning 2026
    [InlineData("车、家电等消费品以旧换新实施细则，举办“购在龙江”等促消费活动2000场以上，", "购在龙江")] // heilongjiang 2026
    [InlineData("建设全龄友好型、青年发展型城市，打造新时代文化强市。力争到2030年，", "新时代文化强市")] // chongqing 2026
    public void Consumption_campaigns_on_a_place_and_era_qualified_goals_are_reported_whole(string text, string expected)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == expected);
    }

    [Fact]
    public void A_line_of_a_listed_reputation_is_not_a_consumption_campaign()
    {
        // guangdong 2024: 食在广东、游在广东、购在广东, the province's reputation in three lines.
        Assert.DoesNotContain(Mentions("提高“食在广东、游在广东、购在广东”美誉度，引领消费新风尚"), m => m.Kind == MentionKind.Lexicon && m.Surface == "购在广东");
    }

    [Fact]
    public void A_place_whose_name_holds_another_is_read_whole()
    {
        // heilongjiang 2026: the longest place is taken, so 平安黑龙江 is reported whole, never 龙江 inside it.
        Assert.Contains(Mentions("统筹发展和安全，建设更高水平平安黑龙江。"), m => m.Kind == MentionKind.Lexicon && m.Surface == "平安黑龙江");
        Assert.DoesNotContain(Mentions("统筹发展和安全，建设更高水平平安黑龙江。"), m => m.Surface.Contains("平安龙江", StringComparison.Ordinal) || m.Surface.StartsWith("龙江", StringComparison.Ordinal));

        // xinjiang 2026: 新疆 is a place of its own, no 新 + 疆 goal; the goal is read on the whole name (社会主义现代化新疆).
        Assert.DoesNotContain(Places("新疆建设兵团深化改革，新疆建设取得新成效。"), m => m.Surface.StartsWith("新", StringComparison.Ordinal));
        Assert.Contains(Mentions("转化为建设社会主义现代化新疆的强大动力！"), m => m.Kind == MentionKind.Lexicon && m.Surface == "社会主义现代化新疆");
    }
}
