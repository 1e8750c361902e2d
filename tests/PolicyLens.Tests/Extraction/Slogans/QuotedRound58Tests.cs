// Specifications of round 58 (issue 13, branch quoted58). A quoted label before an industry word that 集群 follows is read on
// through 集群 whatever comes after the cluster (QuotedLabelShape.ThroughNounAfterHead): 产业集群 is one compound, the readable
// golds code the label with it, and the blind judges of unseen26j and 26l read the mention cut before 集群 as a boundary error.
// A run of quoted labels closed by 等 and 行动, with a verb of running a campaign in its clause, names the actions the report
// runs (QuotedLabelShape.NamesARunCampaign): 我帮企业找市场, 干部助企行, coded by the readable golds, were refused as one
// example of a category. A quoted programme label (…工程, …计划, …行动) after its plain field is reported with the field
// (QuotedLabelShape.ProgrammeFieldStart), the bare label its canonical; where the field is not plain (a time word, a verb) or
// the label is led by a count (round 39's), it stays as it was. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedRound58Tests
{
    [Theory]
    // dapeng-gwr-2025 (unseen26l): a noun of what the sentence says of the cluster follows (规模); its gold codes 4+1产业集群.
    [InlineData("“4+1”产业集群规模927.3亿元、增长5.7%。", "“4+1”产业集群")]
    // futian-gwr-2023 (unseen26l): a list follows the cluster; its gold codes 20+8产业集群.
    [InlineData("建立100人以上招商专员队伍，聚焦“20+8”产业集群、金融等重点领域，开展全球精准招商40次以上，挖掘优质项目300个以上，落地企业70家以上。", "“20+8”产业集群")]
    // pingshan-gwr-2021 (unseen26l): 优质项目 follows the cluster; its gold codes 20+8产业集群.
    [InlineData("按照全市产业规划布局，前瞻规划智能网联汽车、生物医药与健康、新一代电子信息三大先进制造业园区，积极承接全市“20+8”产业集群优质项目。", "“20+8”产业集群")]
    // shenzhen-gwr-2024 (unseen26j): a coordination follows; its gold codes 20＋8战略性新兴产业集群 first.
    [InlineData("做大做强“20＋8”战略性新兴产业集群和未来产业。", "“20＋8”战略性新兴产业集群")]
    // shenzhen-gwr-2025 (unseen26j): the cluster closes the clause.
    [InlineData("主动适应并引领全球科技革命和产业变革，发展壮大“20＋8”战略性新兴产业集群，战略性新兴产业增加值保持两位数增长。", "“20＋8”战略性新兴产业集群")]
    public void A_label_before_an_industry_is_read_through_its_cluster(string text, string surface)
    {
        Assert.Contains(Quoted(text), m => m.Surface == surface);
        Assert.DoesNotContain(Mentions(text), m => m.Surface == surface[..^2]);
    }

    [Theory]
    // shenzhen-gwr-2024 (unseen26j): two named actions closed by 等行动; its gold codes both.
    [InlineData("出台实施深圳民营经济“20条”、降低制造业企业成本“20条”、支持个体工商户发展“33条”等政策措施，深入开展“干部助企行”“我帮企业找市场”等行动，全年新增减税降费及退税缓费808.3亿元、办理出口退税1582.6亿元。", "我帮企业找市场")]
    [InlineData("出台实施深圳民营经济“20条”、降低制造业企业成本“20条”、支持个体工商户发展“33条”等政策措施，深入开展“干部助企行”“我帮企业找市场”等行动，全年新增减税降费及退税缓费808.3亿元、办理出口退税1582.6亿元。", "干部助企行")]
    // shenzhen-gwr-2025 (unseen26j) and longhua-gwr-2024 (unseen26k): 等系列行动; both golds code 我帮企业找市场.
    [InlineData("全面落实中央一揽子存量和增量政策，实施助企上市“20条”、企业技改“18条”、降低物流成本“24条”等惠企政策，深入开展“我帮企业找市场”等系列行动。", "我帮企业找市场")]
    [InlineData("深入开展“我帮企业找市场”等系列行动，新增减税降费及退税缓税缓费超35亿元。", "我帮企业找市场")]
    public void A_named_action_closed_by_deng_xingdong_is_reported(string text, string label)
    {
        Assert.Null(Reason(text, label));
        Assert.Contains(Quoted(text), m => m.Surface == label);
    }

    [Fact]
    // zhumadian_2017: 等 before a programme head other than 行动 still makes a label one example of a category.
    public void A_label_closed_by_deng_and_another_programme_head_is_still_an_example()
    {
        const string text = "深入实施“农村电影放映”、“舞台艺术送农民”、“农家书屋”等文化惠民工程；健全公共文化服务协调机构，完善公共文化服务体系。";
        Assert.False(QuotedLabelShape.NamesARunCampaign(text, text.IndexOf("“农家书屋”", StringComparison.Ordinal), text.IndexOf("”等", StringComparison.Ordinal), "农家书屋"));
    }

    [Theory]
    // guangdong-plan-outline-2026-1 (unseen26h): its gold codes 税费征管强基工程 first; the judge read the bare label cut.
    [InlineData("深入实施数字化转型条件下的税费征管“强基工程”，构建税费征管新体系和系列监管新机制。", "税费征管“强基工程”", "强基工程")]
    // luohu-gwr-2025 (unseen26k): its gold codes 招商引资源动力工程 first; the judge read the bare label cut.
    [InlineData("坚持招商引资“源动力工程”不动摇，坚定践行“心诚、行程”的招商理念，全力以赴“延链补链强链扩链”，以诚意满满的“橄榄枝”招引更多“金凤凰”。", "招商引资“源动力工程”", "源动力工程")]
    // pingshan-gwr-2021 (unseen26l): its gold codes 竞技体育后备人才育苗工程 first.
    [InlineData("出台体育人才引进办法，实施竞技体育后备人才“育苗工程”。", "竞技体育后备人才“育苗工程”", "育苗工程")]
    // gd-standards-opinion-2026 (unseen26): its gold codes 汽车芯片攀登计划 first.
    [InlineData("聚焦“广东强芯”工程、汽车芯片“攀登计划”、核心软件攻关工程、显示制造关键装备攻关及产业化行动等，同步开展关键标准研制，力争在集成电路、工业软件、工业母机、科学仪器、医疗器械等重点领域形成一批原创技术标准。", "汽车芯片“攀登计划”", "攀登计划")]
    // luohu-gwr-2025 (unseen26k): its gold codes 传统优势产业攀升计划 first.
    [InlineData("1.实施传统优势产业“攀升计划”。", "传统优势产业“攀升计划”", "攀升计划")]
    public void A_programme_label_after_its_plain_field_is_reported_with_it(string text, string surface, string label)
    {
        Assert.Contains(Quoted(text), m => m.Surface == surface && m.Canonical == label);
    }

    [Theory]
    // guangming-gwr-2025 (unseen26l): a verb (评为) stands inside the words before the mark: no field is read.
    [InlineData("光明环境园正式启用，新增厨余垃圾处理能力1000吨/日，19个社区评为垃圾分类“百分百行动”达标社区。", "百分百行动")]
    // baoan-gwr-2024 (unseen26k): a time word (夜间) ends the field: the walk gives up rather than cut the field.
    [InlineData("继续推进文体设施进公园、体育设施“开放共享、一键预约”扩面提质，实施社区健身设备夜间“点亮工程”，基本建成“10分钟健身圈”。", "点亮工程")]
    // baoding-gwr-2022 (unseen26f): a label led by a count is round 39's, whose stops hold 细化.
    [InlineData("围绕“医车电数游”、被动式超低能耗建筑、都市农业等重点产业，深化细化“双千工程”^[19]。", "双千工程")]
    public void A_programme_label_after_words_that_are_no_plain_field_keeps_its_boundary(string text, string label)
    {
        TextView view = TextView.Create(text, Lexicon.Default.Segmenter);
        int open = view.Text.IndexOf("“" + label + "”", StringComparison.Ordinal);
        Assert.Equal(-1, QuotedLabelShape.ProgrammeFieldStart(view, open, label, Lexicon.Default));
    }
}
