// Specifications of round 26 (issue 13, branch prec26l): lexicon precision. Kinds of farm, cooperative and centre that the
// reports count and list (家庭农场1000家, 农民专业合作社, 区域应急救援中心) are no entries, as no development gold codes them;
// the policy category they belong to (新型农业经营主体) and the designation programme beside them (国家区域医疗中心) stay.
// The housing provident fund's reform (住房公积金制度改革) is an entry of its own, no longer a spelling folded onto the
// housing-system reform (住房制度改革). Sentences of the development reports (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconPrecisionRound26Tests
{
    [Theory]
    // zhumadian_2017, zhumadian_2018, guangdong_2024: counts of farms and cooperatives.
    [InlineData("力争全年新增农民专业合作社1000家、家庭农场500家；积极推进土地经营权规范有序流转。", "家庭农场")]
    [InlineData("力争全年新增农民专业合作社1000家、家庭农场500家；积极推进土地经营权规范有序流转。", "农民专业合作社")]
    [InlineData("强化农民增收举措，选育标杆农民合作社、家庭农场各1000个。", "家庭农场")]
    // guangdong_2026, zhumadian_2009: lists of entity types and a count.
    [InlineData("推进供销合作社、农民专业合作社、农村集体经济组织融合发展。", "农民专业合作社")]
    [InlineData("市级以上龙头企业发展到198家，各类农民专业合作社达到337家。", "农民专业合作社")]
    // gwr 2023, chongqing_2026: objects of support, which the development golds leave uncoded too.
    [InlineData("稳步推进多种形式适度规模经营，抓好家庭农场和农民合作社发展，加快发展农业社会化服务。", "家庭农场")]
    // guangdong_2023, hubei_2026: named centres and a kind of centre.
    [InlineData("推进国家东南区域应急救援中心、省级区域应急救援中心建设，增强应急救援、全灾种保障和风险监测能力。", "区域应急救援中心")]
    [InlineData("中部地区国家高新区联盟在汉成立，华中区域应急救援中心、粮食应急保障中心、邮件处理中心等一批功能性项目相继实施。", "区域应急救援中心")]
    public void A_kind_of_farm_cooperative_or_centre_counted_or_listed_is_not_reported(string text, string kind)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Surface.Contains(kind, StringComparison.Ordinal));
    }

    [Theory]
    // chongqing_2026, zhumadian_2017: the policy category beside them stays (six development golds code it).
    [InlineData("支持农民合作社、家庭农场等新型农业经营主体发展，完善联农带农机制。", "新型农业经营主体")]
    [InlineData("积极培育新型农业经营主体。采取财政扶持、信贷支持、鼓励引导社会资本进入等措施。", "新型农业经营主体")]
    // guizhou_2026, jiangsu_2026: the designation programme of regional medical centres stays.
    [InlineData("推进5个国家区域医疗中心和6个省级区域医疗中心高效运行。", "国家区域医疗中心")]
    [InlineData("创建国家医学中心和国家区域医疗中心。实施医疗卫生强基工程。", "国家区域医疗中心")]
    // jiangsu_2026, qinghai_2026: funding sources stay (the development golds code them wherever they stand).
    [InlineData("用好超长期特别国债、地方政府专项债券、新型政策性金融工具等，深化投融资体制改革。", "超长期特别国债")]
    [InlineData("用足用好中央预算内投资、超长期特别国债和地方政府专项债券，高质量实施“两重”项目。", "地方政府专项债券")]
    public void The_policy_category_the_designation_and_the_funding_sources_stay(string text, string surface)
    {
        SloganMention m = Assert.Single(Outermost(text), m => m.Surface == surface);
        Assert.Equal(MentionKind.Lexicon, m.Kind);
    }

    [Theory]
    // jiangsu_2026, fujian_2026, sichuan_2026: the provident fund's reform, its own canonical.
    [InlineData("推进房票安置、住房“以旧换新”，深化住房公积金制度改革，稳妥推进收购存量商品房。", "住房公积金制度改革", "住房公积金制度改革")]
    [InlineData("深化住房公积金制度改革，鼓励有条件有需求的地方实行“以旧换新”。", "住房公积金制度改革", "住房公积金制度改革")]
    // gwr 1999, gwr 1993: the housing-system reform keeps its spellings.
    [InlineData("推进城镇住房制度改革，支持居民购买住房和大件耐用消费品。", "城镇住房制度改革", "住房制度改革")]
    [InlineData("加快住房制度改革步伐，逐步实现城镇住房商品化。", "住房制度改革", "住房制度改革")]
    public void The_provident_fund_reform_is_not_folded_onto_the_housing_system_reform(string text, string surface, string canonical)
    {
        SloganMention m = Assert.Single(Outermost(text), m => m.Surface == surface);
        Assert.Equal(canonical, m.Canonical);
    }
}
