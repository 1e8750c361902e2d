// Specifications of round 19 of the quoted-label work (issue 13): labels a report sets in quotation marks for its own
// campaigns, service promises and programmes, told by the words around them. A label run as a campaign (开展“…”系列活动,
// “…”等促消费活动) with a verb of running one in its clause; a label before 事项, the kind of government service promised;
// labels adopted one after the other by one verb of carrying out (推行“…”“…”，); a brand the report builds by a programme
// named after it (“…”品牌提升行动). And the same frames that name nothing the codebook codes: an event series the report
// hosts (办好“…”系列活动), a home-ground day, a condemned deed, a brand named as a brand, a category of files (“即办件”事项).
// Sentences of the development texts (liaoning_2026, anhui_2026, fujian_2026, jiangsu_2026, guangdong_2026, sichuan_2026,
// zhumadian_2020, zhumadian_2024, gwr 1979).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Quoted campaign, service-promise and programme labels, and the quoted names of the same frames that stay unreported.
/// Each sentence names the file it comes from.
/// </summary>
public sealed class QuotedCampaignRound19Tests
{
    [Theory]
    [InlineData("持续开展“乐购辽宁”系列活动，大力发展即时零售、直播电商等新业态，社会消费", "乐购辽宁")] // liaoning_2026
    [InlineData("优化实施消费品以旧换新，升级打造“徽动消费”系列活动，加强消费券跨领域联动", "徽动消费")] // anhui_2026
    [InlineData("深化“福品销全球”系列活动，培育跨境电商、海外仓等新业态新模式，拓展", "福品销全球")] // fujian_2026
    [InlineData("开展“全闽乐购”等促消费活动近万场，加力扩围以旧换新，带动消费791亿", "全闽乐购")] // fujian_2026
    [InlineData("积极开展“迎盛会大招商”活动，成功举办第22届中国农产品加工投洽会，签约亿", "迎盛会大招商")] // zhumadian_2020
    public void A_label_the_report_runs_as_a_campaign_is_reported(string sentence, string label) =>
        Assert.Contains(Quoted(sentence), m => m.Surface == label);

    [Fact]
    public void Service_promises_before_the_items_they_count_are_reported()
    {
        // liaoning_2026: 立等可取 is a dictionary idiom, here the promise the items are handled by.
        IReadOnlyList<SloganMention> quoted = Quoted("推出省级政务服务“立等可取”事项52项、“一次不用跑”事项899项。");
        // Round 50 (np50): reported with the items it marks out (“立等可取”事项, round 47), the promise its Label.
        Assert.Contains(quoted, m => m.Label == "立等可取");
    }

    [Fact]
    public void Labels_adopted_one_after_the_other_by_one_verb_are_reported()
    {
        // liaoning_2026: 推行 takes both labels, which close the clause together.
        IReadOnlyList<SloganMention> quoted = Quoted("培育一批千亿级开发区。推行“拿地即开工”“交地即交证”，加大“标准地”出让力度。");
        Assert.Contains(quoted, m => m.Surface == "拿地即开工");
        Assert.Contains(quoted, m => m.Surface == "交地即交证");
    }

    [Fact]
    public void A_brand_built_by_a_programme_named_after_it_is_reported() =>
        // jiangsu_2026. Round 25 (programme25): the campaign's whole name, with the label beside it (PolicyFinder walks over 提升;
        // round 43: the canonical is the whole name).
        Assert.Contains(Mentions("开展“投资江苏”品牌提升行动，吸引战略投资、股权投资，促进外资境内再投"), m => m.Label == "投资江苏" && m.Canonical == "投资江苏品牌提升行动");

    [Theory]
    [InlineData("办好“跟着全运游广东”系列活动，推出广东文旅地图、购物地图、美食地图、健")] // guangdong_2026: an event series hosted
    [InlineData("加快建设西部商业航天港，办好“中国航天日”主场活动，打造低空产业创新、场景应用高地")] // sichuan_2026: a day's event
    [InlineData("越南当局控制老挝、侵略柬埔寨、拼凑“印支联邦”的活动，企图以印度支那为基地")] // gwr 1979: a condemned deed, no campaign verb
    [InlineData("深耕东盟、西亚、中亚等新兴市场，优化“川行天下”活动，组织企业参加高水平国际展会。")] // sichuan_2026: fairs abroad, coded by the gold as an event
    [InlineData("实施消费环境提升工程，打造“放心消费在辽宁”品牌。")] // liaoning_2026: a brand named as a brand
    [InlineData("做优“诚信安徽”品牌，创新拓展“信用+”惠企便民场景，依法依规开展")] // anhui_2026: a brand named as a brand
    public void Events_shows_and_brands_in_the_same_frames_stay_unreported(string sentence) =>
        Assert.DoesNotContain(Quoted(sentence), m => m.Surface is "跟着全运游广东" or "中国航天日" or "印支联邦" or "川行天下" or "放心消费在辽宁" or "诚信安徽");

    [Fact]
    public void A_category_of_files_before_items_is_no_service_promise() =>
        Assert.DoesNotContain(Quoted("“不见面审批”事项、行政许可类“即办件”事项占比均居全省第1；"), m => m.Surface == "即办件"); // zhumadian_2024
}
