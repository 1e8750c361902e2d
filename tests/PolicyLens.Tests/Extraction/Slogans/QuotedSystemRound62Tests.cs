// Specifications of round 62 (issue 13, branch system62): a quoted or numbered label written right before the noun phrase of the
// system, platform, database or service centre it names the working of is one item with that phrase, counted under the bare
// label (QuotedLabelShape.SystemPhrase.cs): the readable golds code these with their phrase and the blind judges read the bare
// label there as cut. A platform's or app's own name stays refused, and so does a count of kinds or a construction before its
// platforms. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Labels before the system, platform, database or centre they name the working of (round 62).</summary>
public sealed class QuotedSystemRound62Tests
{
    [Theory]
    // luohu-gwr-2025 (unseen26k): judged cut bare; the item is “一键预约”公共体育平台.
    [InlineData("开展十五运会筹备工作。持续推进“一键预约”公共体育平台建设，上线体育场馆196家、场地591片。", "“一键预约”公共体育平台", "一键预约")]
    // luohu-gwr-2025 (unseen26k): the gold codes 一楼一档数据库 | 一楼一档; judged cut bare.
    [InlineData("实现管理智能化。建立楼宇“一楼一档”数据库，实现分级分类动态管理和空间信息一键查询。", "“一楼一档”数据库", "一楼一档")]
    // guangming-gwr-2025 (unseen26l): the gold codes 开办企业一窗通网上受理平台 | 开办企业一窗通; judged cut bare.
    [InlineData("实现475个事项全市域通办。创新搭建“开办企业一窗通”网上受理平台，提供便捷服务2.4万家次。", "“开办企业一窗通”网上受理平台", "开办企业一窗通")]
    // pingshan-gwr-2021 (unseen26l): the gold codes AI+视频城市治理应用系统 | AI+视频.
    [InlineData("被国家发改委列入向全国推广的深圳改革经验；“AI+视频”城市治理应用系统入选“全国雪亮工程十大创新案例”。", "“AI+视频”城市治理应用系统", "AI+视频")]
    // shaanxi_2026: the gold codes the label (一张网 | 全省一张网), still credited by the bare canonical.
    [InlineData("通报营商环境反面案例22个。建成全省“一张网”公共资源交易平台，上线运行“高效办成一件事”39项。", "“一张网”公共资源交易平台", "一张网")]
    public void A_label_before_its_system_or_platform_is_one_item_with_it(string sentence, string surface, string canonical)
    {
        List<SloganMention> found = Outermost(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m.Surface == canonical);
    }

    [Fact]
    public void A_one_per_unit_label_before_its_system_is_no_system_name()
    {
        // futian-gwr-2023 (unseen26l): the gold codes 一企一档系统 | 一企一档; judged cut bare.
        const string sentence = "推动股份合作公司转型升级。完善覆盖全区“四上”企业的“一企一档”系统，定期开展“一对一”上门服务，构建3天诉求响应闭环。";
        List<SloganMention> found = Outermost(sentence);
        Assert.Contains(found, m => m.Surface == "“一企一档”系统" && m.Canonical == "一企一档");
        Assert.DoesNotContain(found, m => m.Surface == "一企一档");
    }

    [Fact]
    public void A_number_label_before_its_centre_is_read_with_it()
    {
        // nanshan-gwr-2024 (unseen26k): the gold codes 1+8+N监测预警指挥平台 | 1+8+N监测预警指挥中心; judged cut bare.
        const string sentence = "22.“1+8+N”监测预警指挥中心：以1个区级指挥中心为枢纽、8个街道级指挥中心为基础。";
        Assert.Contains(Outermost(sentence), m => m.Surface == "“1+8+N”监测预警指挥中心" && m.Canonical == "1+8+N监测预警指挥中心");
    }

    [Theory]
    // anhui_2026: 建设 is the verb of the label's own construction; the gold codes the bare 五个中心.
    [InlineData("推进长三角一体化发展，推出35个对接上海“五个中心”建设重点平台，挂牌成立长三角国家技术创新中心安徽中心。", "五个中心")]
    // guangming-gwr-2025 (unseen26l): “三资” counts three kinds of assets (round 27.3); the platform manages them.
    [InlineData("促进新型集体经济健康发展，搭建集体“三资”全要素管理服务平台，多途径盘活壮大集体资产。", "三资")]
    public void A_construction_or_a_count_of_kinds_is_not_read_with_the_platform(string sentence, string label)
    {
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface.StartsWith("“" + label + "”", StringComparison.Ordinal) && m.Surface.EndsWith("平台", StringComparison.Ordinal));
    }

    [Theory]
    // shenzhen-gwr-2022 (unseen26j): platforms named like slogans, coded by no gold (QuotedFinder.IsName).
    [InlineData("拓展“i深圳”“深i企”“深治慧”“深政易”平台功能，完善民生诉求服务平台。", "深政易")]
    // gansu_2026: a province's supervision platform, coded by no gold.
    [InlineData("“陇上食安”智慧监管平台广泛推广运用。", "陇上食安")]
    public void A_platform_named_like_a_slogan_stays_out(string sentence, string name)
    {
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface.Contains(name, StringComparison.Ordinal));
    }
}
