// Specifications of round 81 (issue 13, title81): titles and goals named by an attribute before a head of place or unit
// (城区, 城市, 园区, 工厂, 企业, 政府, 示范区/试验区/实验区/基地) that the readable golds code and the build misses outright. The
// round counted every place of each shape over the whole readable corpus (the national texts, every readable provincial and
// municipal report, the opened unseen sets; 130 of those 207 texts have a gold: the opened sets' golds, the dev recall golds
// and formulas.tsv's dev rows) against what those golds code there. The bar for a rule was 80 % of the gold-covered places
// coded as the rule would report them; no shape reached it, so no finder changed and these tests pin the reading the build
// keeps. The counts (places in texts with a gold / places whose gold codes the form):
// - a coordination whose later member shares the level word of the first (国家级绿色工厂、绿色供应链管理企业; 国家绿色工厂、
//   绿色园区): 35 later members without their own level word, 20 coded (57 %); anhui 2026, guangdong 2026, henan 2026 and
//   sichuan 2026 leave the green titles uncoded where the Shenzhen reports code them;
// - the ministry's green-manufacturing titles without a level: 绿色工厂 14 of 29 (12 of 22 texts), 绿色园区 1 of 5, 绿色供应链
//   (管理企业) 3 of 8, 绿色工业园区 1 of 4 (rounds 70 and 77 counted 12/22 and 13/35);
// - X型政府 other than 服务型政府 (a lexicon entry): 4 of 5, all four in hebei-gwr-2024 (创新型, 学习型, 廉洁型, 实干型政府);
//   longhua-gwr-2024's coder lists 学习型政府 among the generic words left uncoded; jiangxi 2026 (学习型政府建设) and gwr 2007
//   (节约型政府) have no gold. One text of two codes the shape: not a general one;
// - an attribute + 城区/城市 goal right after 建设/打造/创建/争创/建成/创成/构建: 194 members, 108 coded (56 %); a single 城区 goal
//   12 of 35; chains of two or more 城区 goals 5 of 5 but in two texts (baoan, longhua 2024), three of the five lexicon
//   entries already reported (儿童友好型城区, 青年发展型城区), so a rule would add two places (生育友好型城区, 妇儿友好城区);
// - a people-group + 友好(型) + 城区/城市/社区 the build does not report: 5 coded of 11 (新就业群体友好城市/城区/社区, 残障人士
//   友好型城区, 创业友好型城市 and 全龄友好型城市 uncoded);
// - a lexicon 城市 goal written with 城区 (韧性城区, 智慧城区, 儿童友好城区, 美丽城区) and not reported: 5 of 11 (nanshan and
//   longhua 2024 leave 宜居、枢纽、韧性、智慧城区 uncoded where baoan 2024 codes the same four goals);
// - the national city designations written bare in a coordination (文明城市、卫生城市、森林城市; 国家森林城市和园林城市): 12 of
//   12 coded in some form, but as one chain at three coordinations (baoding 2022 and 2023, hebei 2022 with 创建活动) and member
//   by member at two (baoding 2024, zhumadian 2017): neither reading reaches 80 % (round 77: golds inconsistent);
// - unreported zone and base heads: 试验区 12 of 47, 实验区 3 of 11, 示范区 20 of 90, 基地 18 of 444 (after a verb of creating or
//   building 7/17, 2/4, 12/42, 3/112).
// Forms the lead may weigh as entries (one item each, not shapes): 虚拟园区 19 of 24 places (4 of 7 texts; below 80 %),
// 灯塔工厂 5/13, 创新型中小企业 4/8, 独角兽企业 3/19, 智能工厂 4/32, 跨境电商综合试验区 4/9, 宜居城市 3/6.
// Every sentence below is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Titles and goals named by an attribute before a place or unit head: the readings round 81 kept.</summary>
public sealed class TitleRound81Tests
{
    [Fact]
    public void A_level_led_title_after_a_verb_of_creating_is_the_designation_named_without_its_level()
    {
        // shenzhen-gwr-2024 (unseen26j): round 56's designation with round 79's level-free name.
        SloganMention factory = Assert.Single(Outermost("创建国家级绿色工厂29家、绿色供应链3家，获评国家级工业产品绿色设计示范企业3家。"), m => m.Surface.Contains("绿色工厂", StringComparison.Ordinal));
        Assert.Equal("国家级绿色工厂", factory.Surface);
        Assert.Equal(DesignationLabel.Subtype, factory.Subtype);
        Assert.Equal("绿色工厂", factory.Label);
    }

    [Theory]
    // shenzhen-gwr-2025 (unseen26j; its gold codes 绿色供应链管理企业): the later member shares 国家级.
    [InlineData("新增国家级绿色工厂、绿色供应链管理企业37家。", "绿色供应链管理企业")]
    // anhui 2026 (development; its gold codes none of the three titles).
    [InlineData("单位地区生产总值能耗下降17%，六大高耗能行业增加值占比从31.1%降至22.5%，国家绿色工厂、绿色园区、绿色供应链管理企业数量均居全国前列，新能源发电装机占比历史性超过煤电。", "绿色园区")]
    public void The_later_member_of_a_coordination_sharing_a_level_word_is_not_reported(string text, string laterMember)
    {
        // 20 of the 35 gold-covered later members are coded: the golds split by report.
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains(laterMember, StringComparison.Ordinal));
    }

    [Fact]
    public void Green_manufacturing_titles_without_a_level_stay_unreported()
    {
        // hebei-gwr-2022 (unseen26f; its gold codes both): 绿色工厂 is coded at 14 of its 29 gold-covered places.
        IReadOnlyList<SloganMention> found = Mentions("抓好重点行业绿色低碳改造，创建一批绿色工厂、绿色园区。");
        Assert.DoesNotContain(found, m => m.Surface.Contains("绿色工厂", StringComparison.Ordinal) || m.Surface.Contains("绿色园区", StringComparison.Ordinal));
    }

    [Theory]
    // baoding-gwr-2024 (unseen26f): its gold codes 文明城市, 卫生城市 and 森林城市, one row each.
    [InlineData("持续创建文明城市、卫生城市、森林城市，建设“品质生活卫星城镇群”。")]
    // hebei-gwr-2022 (unseen26f): its gold codes 文明城市、卫生城市、森林城市创建活动 | 文明城市、卫生城市、森林城市, one chain.
    [InlineData("深入开展文明城市、卫生城市、森林城市创建活动，支持沧州办好省第6届园博会。")]
    public void Bare_national_city_designations_in_a_chain_stay_unreported(string text)
    {
        // Coded at every gold-covered coordination, but whole at three and member by member at two: no one reading to report.
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("卫生城市", StringComparison.Ordinal));
    }

    [Theory]
    // hebei-gwr-2024 (unseen26f): its gold codes 创新型政府 (and 学习型政府, 廉洁型政府, 实干型政府).
    [InlineData("要推动思想大解放，强化党的创新理论武装，打破思维定势，摆脱路径依赖，用改革的思路、开放的手段、创新的办法破难题、促发展，建设创新型政府。")]
    // longhua-gwr-2024 (unseen26k): its gold leaves 学习型政府 uncoded, a generic word.
    [InlineData("大力建设学习型政府，加强思想淬炼、政治历练、实践锻炼、专业训练，增强“八种本领”、“七种能力”、“六大思维”，做到“五个过硬”。")]
    public void A_government_of_a_kind_other_than_the_service_government_stays_unreported(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("型政府", StringComparison.Ordinal));
    }

    [Fact]
    public void District_goals_are_reported_where_the_lexicon_names_them_and_not_otherwise()
    {
        // longhua-gwr-2024 (unseen26k; its gold codes all three): only the two lexicon entries are reported.
        IReadOnlyList<SloganMention> found = Mentions("加强未成年人关爱保护，维护妇女儿童合法权益，建设生育友好型城区、儿童友好型城区、青年发展型城区。");
        Assert.Contains(found, m => m.Surface == "儿童友好型城区");
        Assert.Contains(found, m => m.Surface == "青年发展型城区");
        Assert.DoesNotContain(found, m => m.Surface.Contains("生育友好型城区", StringComparison.Ordinal));
    }

    [Fact]
    public void A_district_goal_named_after_a_new_group_of_workers_is_not_a_title()
    {
        // guangming-gwr-2025 (unseen26l; its gold leaves 新就业群体友好城区 uncoded): the lexicon's 新就业群体 alone.
        IReadOnlyList<SloganMention> found = Mentions("加强灵活就业和新就业群体权益保障，建设新就业群体友好城区，布局更多“暖蜂驿站”“暖新餐厅”“司机之家”、职工服务中心，为快递小哥、外卖骑手、网约车司机、环卫工人搭建起遮风挡雨、休息歇脚的暖心港湾。");
        Assert.Contains(found, m => m.Surface == "新就业群体");
        Assert.DoesNotContain(found, m => m.Surface.Contains("友好城区", StringComparison.Ordinal));
    }
}
