// Specifications of round 23 (issue 13, branch designation23): designations the state confers and positions a report sets as
// the place's goal, written without quotation marks and with no formula inside that a finder sees (DesignationLabel.Propose):
// a level word (国家, 国家级, 全国) before a designation's head, a field before 国家试点, a goal verb before a position's head
// (高地, 生态屏障, a province's version of a national X强国), and a circle of reach measured in time. Sentences of the
// development reports (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class DesignationProposeRound23Tests
{
    [Theory]
    // jilin_2026: the level after the pilot's field.
    [InlineData("抓好盐碱地改造国家试点建设，研发培育玉米大豆等寒地抗逆、耐盐碱品种。", "盐碱地改造国家试点")]
    // qinghai_2026
    [InlineData("蕨麻智慧种植、“江源巧姑”家政服务等5个项目获批国家标准化试点。消费活力不断释放。", "国家标准化试点")]
    [InlineData("高标准建设国家绿色算电协同发展示范区。加快推进西宁绿电智算融合。", "国家绿色算电协同发展示范区")]
    // jiangsu_2026
    [InlineData("高水平建设国家人工智能创新应用先导区，推动中国科学院工业人工智能研究院建设。", "国家人工智能创新应用先导区")]
    // gansu_2026: 全国重要的 … 基地, a national position; a place before the level only says where (兰州).
    [InlineData("聚力打造全国重要的新能源及新能源装备制造基地，新能源装机规模达到1亿千瓦。", "全国重要的新能源及新能源装备制造基地")]
    [InlineData("推进兰州国家城市更新试点建设。", "国家城市更新试点")]
    // beijing_2026
    [InlineData("退役军人服务保障有力有效，16个区均被评为全国双拥模范城。", "全国双拥模范城")]
    // zhumadian_2024: a pilot's demonstration base is read to its head.
    [InlineData("汝南县被认定为“全国智慧健康养老应用试点示范基地”。", "全国智慧健康养老应用试点示范基地")]
    // heilongjiang_2026: the province's version of the national 社会主义现代化强国; 我国 before a position is the sentence's.
    [InlineData("为加快建设社会主义现代化强省奠定更加坚实基础。", "社会主义现代化强省")]
    [InlineData("加快构筑我国向北开放新高地，不断拓展高质量振兴发展空间。", "向北开放新高地")]
    // shaanxi_2026
    [InlineData("扩大内外开放，打造内陆改革开放高地。认真落实全国统一大市场建设部署要求。", "内陆改革开放高地")]
    // sichuan_2026: an ecological barrier set as a goal.
    [InlineData("森林草原火灾起数处于历史低位。筑牢长江黄河上游生态屏障，PM2.5平均浓度降至28.5微克每立方米。", "长江黄河上游生态屏障")]
    // chongqing_2026: the barrier made firm, no verb before it.
    [InlineData("碳达峰目标如期实现，长江上游重要生态屏障全面筑牢，本质安全新体系全面构建。", "长江上游重要生态屏障")]
    // guizhou_2026: a model province of the national formula (DesignationLabel.Apply, head 模范省).
    [InlineData("深入推进铸牢中华民族共同体意识模范省建设，全面落实党的民族政策。", "铸牢中华民族共同体意识模范省")]
    // chongqing_2026, guangdong_2026: circles of reach, one or two.
    [InlineData("新建100个“15分钟高品质生活服务圈”，合理布局城市阳台、运动休闲场地。", "15分钟高品质生活服务圈")]
    [InlineData("鼓励和支持各地打造一刻钟、半小时生活圈，建设更多更高水平的商业设施。", "一刻钟、半小时生活圈")]
    public void A_designation_or_goal_position_is_reported_whole(string text, string label)
    {
        List<SloganMention> mentions = Outermost(text);
        SloganMention reported = Assert.Single(mentions, m => m.Surface == label);
        Assert.Equal(MentionKind.Lexicon, reported.Kind);
        Assert.Equal(label, reported.Canonical);
        // Nothing inside the label is counted again (生态安全屏障, 城市更新, 改革开放, 现代化强省).
        Assert.DoesNotContain(mentions, m => !ReferenceEquals(m, reported) && m.Start >= reported.Start && m.End <= reported.End);
    }

    [Fact]
    public void The_level_word_is_kept_and_the_formula_inside_is_not_reported_alone()
    {
        // gansu_2026: the lexicon's 生态安全屏障 lies inside the national position.
        List<SloganMention> mentions = Outermost("更好统筹高质量发展和高水平保护，坚决筑牢国家西部生态安全屏障。");
        Assert.Contains(mentions, m => m.Surface == "国家西部生态安全屏障" && m.Subtype == DesignationLabel.Subtype);
        Assert.DoesNotContain(mentions, m => m.Surface == "生态安全屏障");
    }

    [Theory]
    // gwr 2012: the level is where something is done (扩大到全国，启动…试点): a mark after the level.
    [InlineData("把跨境贸易人民币结算范围扩大到全国，启动境外直接投资人民币结算试点。", "全国")]
    // heilongjiang_2026: two levels coordinated; no label starts at the mark.
    [InlineData("编制城市更新专项规划，加快国家、省级城市更新试点建设。", "国家、")]
    // chongqing_2026: a clause (…纳入国家试点), not a pilot's field.
    [InlineData("5个高质量数据集、4个可信数据空间纳入国家试点，6.5万个智能预案全市配置。", "纳入国家试点")]
    // gwr 2025: the round of pilots (第二批) is a count inside, not the label.
    [InlineData("积极稳妥推进碳达峰碳中和。扎实开展国家碳达峰第二批试点，建立一批零碳园区。", "第二批试点")]
    // qinghai_2026: a barrier without a level is a position only as an ecological one.
    [InlineData("（六）以更强韧性筑牢发展安全屏障。坚定不移贯彻总体国家安全观。", "发展安全屏障")]
    // zhumadian_2024: one position of a list of them.
    [InlineData("在打造先进制造业高地、创新高地、开放高地、人才高地、公共服务高地上持续发力。", "先进制造业高地")]
    // zhumadian_2025: two designations joined by 和 are not one label.
    [InlineData("争创全国县域商业领跑县、全国农村电商领跑县和省级品牌消费集聚区，打造区域性消费中心城市。", "和省级")]
    // gansu_2026: a hospital's own base, one unit's facility.
    [InlineData("加快推进省人民医院国家重大传染病防治基地、兰大二院国家紧急医学救援基地等重点项目。", "国家重大传染病防治基地")]
    // chongqing_2026: the hub is a word of a campaign's name.
    [InlineData("加快构建现代化集疏运体系。实施“五型”国家物流枢纽提升行动，增强西部陆海新通道物流和运营组织能力。", "国家物流枢纽")]
    // guangdong_2024: a qualifier too short to make a position (政策高地, 成本洼地: a figure of speech).
    [InlineData("我们要努力打造政策高地、成本洼地，最大限度降低经营主体成本。", "政策高地")]
    // hebei_2026, gwr 2005: a rank of importance opens a category, not one programme's label.
    [InlineData("推动高质量发展向上突围。成功争取一批国家重大政策改革试点。财税金融、农业农村等领域改革蹄疾步稳。", "国家重大政策改革试点")]
    [InlineData("加强重大科技基础设施和国家重点科研基地建设。深化科技体制改革。", "国家重点科研基地")]
    public void Near_misses_report_no_designation_label(string text, string fragment)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Subtype is DesignationLabel.Subtype or "goal" && m.Surface.Contains(fragment, StringComparison.Ordinal));
    }
}
