// Specifications of round 56 (issue 13, branch level56): designations a place or unit wins or builds, written with a level word
// and a head DesignationLabel did not read (城市, 城区, 工厂, 企业, 街区, 中心, 县 …) after a verb of winning, applying or building
// or before a count of units; and a pioneer city or district a report sets as its goal (…先锋城市, …先锋城区). The golds code
// these labels whole (the codebook's round-17, round-22 and round-46 decisions). Named bodies and facilities written with a level
// word and no such sign stay unreported. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Won designations with a level word and pioneer-city goals (round 56).</summary>
public sealed class DesignationRound56Tests
{
    [Theory]
    // baoding-gwr-2022 (unseen26f): the gold codes 国家级节水型城市.
    [InlineData("科学开展常态化补水，统筹配置江水、库水、中水和雨洪资源，深化地下水超采综合治理，确保地下水位稳定回升，争创国家级节水型城市。", "国家级节水型城市")]
    // baoding-gwr-2025 (unseen26f).
    [InlineData("阜平入选全国休闲农业重点县。", "全国休闲农业重点县")]
    // shenzhen-gwr-2025 (unseen26j): the total the designations have grown to signs the designation.
    [InlineData("获批国家分子药物创新中心，国家级制造业创新中心增至4家。", "国家级制造业创新中心")]
    // shaanxi_2026.
    [InlineData("深化大气污染治理，持续推进钢铁、水泥、焦化等行业超低排放改造，新增环保绩效B级及以上企业117家，累计创建国家级绿色工厂198个、绿色工业园区10个、零碳园区1个，国考10市PM2.5浓度改善10.8％，全省优良天数增加7.8天。", "国家级绿色工厂")]
    // zhumadian_2011: the provincial grade kept, as the gold codes it; the next member of the list too.
    [InlineData("累计完成城镇建设投资1570亿元，城镇化率提高13.3个百分点，成功创建了省级园林城市、省级卫生城市和中国优秀旅游城市。", "省级园林城市")]
    // chongqing_2026.
    [InlineData("开展“春风满巴渝”社会风气提升行动，启动中心城区一体创建全国文明城区。", "全国文明城区")]
    // shenzhen-gwr-2024 (unseen26j).
    [InlineData("南头古城入选国家级旅游休闲街区。", "国家级旅游休闲街区")]
    public void A_designation_won_or_sought_with_its_level_is_reported(string sentence, string label)
    {
        Assert.Contains(Mentions(sentence), m => m.Surface == label && m.Kind == MentionKind.Lexicon && m.Subtype == DesignationLabel.Subtype);
    }

    [Theory]
    // hebei-gwr-2022 (unseen26f): a national centre type with a short field, applied for: the gold codes 国家技术创新中心.
    [InlineData("开展重大平台创新资源集聚行动，谋划组建河北省实验室，布局建设一批河北基础学科研究中心，争创国家技术创新中心，支持科技领军企业牵头组建创新联合体，新增省级以上创新平台80个。", "国家技术创新中心")]
    // guangdong_2023: the gold codes 国家森林城市群 (the lexicon's 国家森林城市 was reported inside it).
    [InlineData("南岭生态屏障建设持续推进，珠三角基本建成国家森林城市群，越来越多的人推开窗户就可以享受“生态福利”。", "国家森林城市群")]
    public void A_national_type_or_a_longer_designation_is_reported(string sentence, string label)
    {
        Assert.Contains(Mentions(sentence), m => m.Surface == label && m.Subtype == DesignationLabel.Subtype);
    }

    [Fact]
    public void A_won_label_around_a_lexicon_formula_keeps_the_formula_as_its_label()
    {
        // guangdong_2023: the gold codes 国家级制造业单项冠军企业 | 制造业单项冠军.
        IReadOnlyList<SloganMention> found = Mentions("新增国家级制造业单项冠军企业47家、国家专精特新“小巨人”企业447家，推动1万家企业“小升规”、超过9000家工业企业开展技改，工业投资增长12%。");
        Assert.Contains(found, m => m.Surface == "国家级制造业单项冠军企业" && m.Label == "制造业单项冠军");
    }

    [Theory]
    // baoding-gwr-2023 (unseen26f): a ranking, and the formula inside it stays.
    [InlineData("保定数字经济指数全省第二，跻身全国数字经济百强城市。", "全国数字经济百强城市")]
    // guangdong-gwr-2025 (unseen26i): one institution, named with its city, and the second phase of it.
    [InlineData("持续深化省部院科技合作，开工建设鹏城云脑网络智能设施、人类细胞谱系、冷泉生态系统，建成国家超算深圳中心二期，推动实施人体蛋白质组导航国际大科学计划。", "国家超算深圳中心")]
    // heilongjiang_2026: one national centre, named by its field (the golds leave single institutions uncoded).
    [InlineData("提升科技创新能力，建好用好国家级创新平台，争创国家实验室基地，创建国家大豆技术创新中心，建设省现代农业实验室。", "国家大豆技术创新中心")]
    // baoding-gwr-2023 (unseen26f): the head runs on into another name (…企业产业集群).
    [InlineData("加快建设电力及新能源高端装备国家级先进制造业集群，新能源及智能网联汽车和高端新材料两个省级先进制造业集群，推进国防科技工业产业集群建设，推动高阳纺织等创建国家级中小企业产业集群，探索智造保定标志场景。", "国家级中小企业")]
    // zhumadian_2024: one firm recognised as a centre (its title), and a bare count in a list of what the city holds.
    [InlineData("财政科技支出、技术合同成交额均增长35%，国家级创新平台增至13家，新增省级创新平台43家，校企共建研发机构9家；规上工业企业研发活动覆盖率82%；省医学科学院驻马店基地、“中国药谷”（驻马店）研究院揭牌运行，浙江大学汝南蔬菜振兴研究中心、山东大学确山恒久博士后工作站加快建设；累计柔性引进院士29名、中原学者10名，“院士经济”做法在全省推广；新认定国家高新技术企业90家，备案入库国家科技型中小企业654家，新增省级“专精特新”企业37家，华中正大被认定为国家级企业技术中心。", "国家级企业技术中心")]
    // heilongjiang_2026: two levels coordinated; the label's start is not known.
    [InlineData("农产品精深加工业加快发展，农产品加工业高质量发展三年行动计划深入实施，新增国家级和省级龙头企业74家，农产品加工营收超4500亿元、增长10%以上。", "省级龙头企业")]
    public void A_ranking_an_institution_or_a_cut_name_is_not_a_won_designation(string sentence, string surface)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface == surface);
    }

    [Theory]
    // shenzhen-gwr-2025 (unseen26j).
    [InlineData("持续打造数字孪生先锋城市，优化提升全市域统一时空信息平台。", "数字孪生先锋城市")]
    // guangming-gwr-2025 (unseen26l).
    [InlineData("全力打造人工智能先锋城区。", "人工智能先锋城区")]
    public void A_pioneer_city_set_as_a_goal_is_reported(string sentence, string label)
    {
        Assert.Contains(Mentions(sentence), m => m.Surface == label && m.Kind == MentionKind.Lexicon);
    }
}
