// Specifications of round 26 of issue 13 (precision on text nobody tuned on, branch prec26q): quoted labels that name no
// policy although they pass the quoted finder's shapes (one power line being built, an indicator, a version word, the qualities
// of a service, a market), and a quoted label inside the designation units win, reported with it. On
// sentences of development reports (the file each comes from is named), with the near-misses that must stay as they are.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Round 26: quoted labels that are no policy, and a quoted label re-bounded to the designation it stands in.</summary>
public sealed class QuotedPrecisionRound26Tests
{
    [Fact]
    public void A_power_line_being_built_is_a_single_project_not_a_programme()
    {
        // jilin_2026: one UHV line whose construction starts (the codebook's single construction projects).
        const string jilin = "百亿级绿色氢基能源一体化项目建设。推动“吉电入京”特高压输电通道开工建设。强化项目要素保障。";
        Assert.Equal("single-line", Reason(jilin, "吉电入京"));
        Assert.DoesNotContain(Mentions(jilin), m => m.Canonical == "吉电入京");

        // gansu_2026 writes its lines without marks (陇电入鲁工程建成投运，陇电入浙工程开工建设); with them the frame is the same.
        const string gansu = "开工建设8个抽水蓄能电站，“陇电入鲁”工程建成投运，“陇电入浙”工程开工建设，“陇电入川”工程具备核准条件。";
        Assert.DoesNotContain(Quoted(gansu), m => m.Canonical.Contains("陇电", StringComparison.Ordinal));
        Assert.Equal("single-line", Reason("建成“青电入豫”，", "青电入豫"));
    }

    [Fact]
    public void A_regional_power_strategy_or_a_flow_without_a_line_frame_stays()
    {
        // xinjiang_2026: the region's power-export programme, one of whose lines is counted (第四通道): the gold codes 疆电外送,
        // so the ordinal keeps the label out of this rule.
        Assert.NotEqual("single-line", Reason("加快推进“疆电外送”第四通道、将军庙至淖毛湖铁路增建二线等一批重点项目建设。", "疆电外送"));

        // xinjiang_2026: a flow of computing power the report speeds up, no line; sichuan_2026: the national strategy.
        Assert.Contains(Quoted("积极融入国家“东数西算”工程，加快“疆算入渝”，推进绿色智算中心、算电协同等智能新基建工程。"), m => m.Canonical == "疆算入渝");
        Assert.Contains(Mentions("清洁能源装机容量超过1.3亿千瓦，“西电东送”电量超过8100亿千瓦时，建成全国最大天然气生产基地。"), m => m.Canonical == "西电东送");
        Assert.False(QuotedLabelShape.NamesASingleLine("深化“陇电入浙”合作。", 2, 7, "陇电入浙"));
    }

    [Fact]
    public void A_rate_in_quotation_marks_is_an_indicator()
    {
        // henan_2026: the share of buyers who receive the trade-in subsidy.
        Assert.Equal("indicator", Reason("落实消费品以旧换新政策，进一步完善标准、提高“得补率”。开展服务消费提质惠民行动。", "得补率"));
        Assert.True(QuotedLabelShape.IsIndicator("全程网办率"));
        // A slogan's unit that opens with a verb of the frame (提效率) is no indicator.
        Assert.False(QuotedLabelShape.IsIndicator("提效率"));
    }

    [Fact]
    public void A_version_word_alone_is_generic_and_the_formula_it_upgrades_stays()
    {
        Assert.Equal("generic", Reason("打造营商环境“升级版”，", "升级版"));
        // gwr 2018: the version word written outside the marks; 双创 stays the item.
        Assert.Contains(Mentions("形成线上线下结合、产学研用协同、大中小企业融合的创新创业格局，打造“双创”升级版。"), m => m.Surface.Contains("双创", StringComparison.Ordinal));
    }

    [Fact]
    public void The_qualities_of_a_service_are_no_policy()
    {
        Assert.Equal("qualities", Reason("为企业提供“一站式、保姆式”服务，", "一站式、保姆式"));
        // A single manner is not a list of qualities (fujian_2026: the involution the campaign targets, left as it was).
        Assert.NotEqual("qualities", Reason("地方保护、市场分割、行业壁垒等。深入整治“内卷式”竞争。严格落实招商引资红线底线。", "内卷式"));
    }

    [Fact]
    public void A_market_is_an_event_name()
    {
        // guizhou_2026: a night market among the consumption districts.
        Assert.NotNull(Reason("培育商圈140个，打造贵阳“青云市集”等夜间消费聚集区55个，", "青云市集"));
        Assert.True(QuotedFinder.IsName("打造贵阳“青云市集”等", 4, 9, "青云市集"));
        // A label with a formula's shape before 市集 names the market, not a policy.
        Assert.Equal("name", Reason("举办“百县千品”市集，", "百县千品"));
    }

    [Fact]
    public void A_label_before_the_unit_of_a_designation_is_reported_with_the_designation()
    {
        // zhumadian_2024: the designation units (villages, communities) win; the designation is the item (round-17 decision).
        const string zhumadian = "坚持和发展新时代“枫桥经验”，抓好“三零”平安单位（村、社区）创建，健全“四治融合”基层治理体系。";
        IReadOnlyList<SloganMention> quoted = Quoted(zhumadian);
        Assert.Contains(quoted, m => m.Surface == "“三零”平安单位（村、社区）" && m.Canonical == "三零平安单位（村、社区）");
        Assert.DoesNotContain(quoted, m => m.Surface == "三零");
        Assert.Contains(Mentions(zhumadian), m => m.Canonical == "四治融合");

        // zhumadian_2023: the creation campaign written without the unit keeps the label (the gold codes “三零”平安创建 | 三零).
        Assert.Contains(Quoted("健全完善社会治理体系。持续开展“三零”平安创建，健全“四治融合”基层治理体系。"), m => m.Surface == "三零");
        // shaanxi_2026: a model village of a programme keeps the programme's label, as the development gold codes it.
        Assert.Contains(Mentions("深化土地二轮延包试点，新创建“千万工程”示范村500个左右。"), m => m.Canonical.StartsWith("千万工程", StringComparison.Ordinal));
    }
}
