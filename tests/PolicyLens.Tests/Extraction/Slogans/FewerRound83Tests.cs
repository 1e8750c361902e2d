// Specifications of round 83's work on formulas found fewer times than the readable golds code them (fewer83, issue 13): a
// named programme's quoted label of four or more Han characters (“民生诉求系统”改革) is repeated where the report writes it again
// bare after the programme's name (RepeatMentionFinder, BareProgrammeLabelMinimum). Sentences of the readable texts (the file
// each comes from is named).
//
// The 187 occurrences of /work/round83/readable-missed83-nested.txt's cause "found fewer times than coded" (133 rows), read
// one by one in the texts, by why the unfound occurrence is not reported (counts of missed occurrences):
//   a shorter form or alias of the item, unreported or reported under no fitting row: 走在前列 alone for 在推进中国式现代化建设中
//     走在前列 (longhua 2024 x8, gd plenums and speeches x7), 先行示范区, 依法治省, 老旧小区, 单项冠军, 关键核心技术 (x6), 省域样板,
//     奋进新征程, 再造一个新保定, 京雄保一体化, 首都都市圈, 和美乡村, 大湾区, 集成式改革 (x3), 学习教育, 绿色转型 (x5), 科技金融
//     inside 科技金融业/大厦/大会/体制 (x6), 公共文化服务, 服务实体经济 (x2) …                                               about 70
//   a document's alias or abbreviation: 决定稿 (x2), 《方案》, 前海总规 (x2), 前海总体发展规划, 深圳园区发展规划, CPTPP, DEPA  9
//   another spelling or wording: 向新向优向好, 绿水青山转化金山银山, 经得起实践人民历史检验的实绩, 长期特别国债, 非首都功能疏解,
//     敢于善于斗争, 战新产业, 保障房, 消费扶贫, 全国统一市场, 数字经济和实体经济融合发展, 教育、科技、人才的良性循环, 一体推进
//     教育发展…, 发展科技第一生产力…, 坚守底线…, 空港会展世界级商圈规划及三年行动方案, 国家重大战略实施和重点领域安全能力建设
//     (两重 spelled out), 国家更加安全…人民更加满意 (四个更加 spelled out), the headline 激情奋进“十四五”，加速崛起新高阳 (，) about 25
//   a programme named short, without its head (行动, 工程, 改革) or with another: 服务业扩能提质 (x2, before the name and in a
//     title), 县域特色产业集群“领跑者”企业, 央企入冀等招商行动, 核心软件攻关, 县域产业高质量发展攻坚, 镇村特色化差异化赋能,
//     集成式改革攻坚, “双盲”评审 (x2), 县城建设“十个一”项目, “11258”总体要求, 福田英才荟3.0政策, 进口贸易示范区, 实干争先
//     without 年 (nanshan 2024, x11, one document) …                                                                      about 30
//   a bare repeat of a programme's quoted label (this round's rule): 民生诉求系统 (x2), 拆栏透绿, 物业城市 (运营平台: the
//     repeat's word test refuses it, left)                                                                                  4
//   members of a quoted chain coded as the chain: 四横, 三纵, 三立交 (luohu 2025), 守住底线 … 引导舆论 quoted one by one
//     (cpc-livelihood-speech-2026 x4), 两翼                                                                                 8
//   a chain the finders refuse or split: “两翼、两区、三群、六带” (x2: a list of two-character units, QuotedFinder.IsSaying;
//     one document), 中国式现代化“7＋5＋N”(系列)保定场景 (x3, a lexicon and a quoted mention side by side), 加快高质量发展、实现
//     高效能治理、创造高品质生活 (the reported two-unit chain inside a longer list), 二、奋发图强、走在前列 (a heading's 、)     7
//   inside a longer mention the count rule does not credit (中国式现代化 x5 inside 在推进中国式现代化建设中走在前列, 战略性新兴
//     产业, 区域评估＋…＋先建后验改革)                                                                                      7
//   inside a longer word or name nothing reports (都市现代农业强市场景, 中欧班列广州集结中心, 高质量发展大会, 低空经济大会,
//     文明城市建设, 三级平安建设中心体制机制改革, 不正之风和腐败问题集中整治, 常住地提供基本公共服务制度 …)            about 20
//   the coder's over-count (the form is written fewer times than coded: 科技是第一生产力… x1)                                1
// The shapes left (one document each, measured over every readable text): a quoted chain of two-character counted units
// (only baoding 2022's “两翼、两区、三群、六带”), a reported chain repeated after a heading's enumerator (only longhua 2024),
// a quoted numbered label with a measure word repeated bare (三件大事, only hebei 2022), a chain repeated with ， (only
// gaoyang 2023, round 74). A programme's name without its head after the name: 7 gold-covered places, all coded, only where
// the stem ends in an action (攻坚, 攻关, 赋能); with any stem of six or more characters 8 of 27 readable places are right
// (社会保障制度, 收入分配制度 … are the field, not the reform): left for a later round.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class FewerRound83Tests
{
    [Theory]
    // unseen/pingshan-gwr-2021 (unseen26l codes 民生诉求系统改革 | 民生诉求系统 three times: the name and these two uses).
    [InlineData("“民生诉求系统”改革获评全国创新社会治理最佳案例。持续做好企业服务，优化企业版民生诉求系统，建立健全常态化企业家会商机制。", "民生诉求系统")]
    [InlineData("“民生诉求系统”改革获评全国创新社会治理最佳案例。高要求推进城市运行“一网统管”，以民生诉求系统为引领，打造“可视、可感、可控、可防”的城市治理体系。", "民生诉求系统")]
    // unseen/nanshan-gwr-2024 (unseen26k codes 拆栏透绿行动 | 拆栏透绿 twice: the campaign and this use).
    [InlineData("开展“拆栏透绿”行动，拆除8条道路沿线约5.4公里围栏。持续推进拆栏透绿、立体增绿、见缝插绿、工程复绿，新增立体绿化。", "拆栏透绿")]
    // provincial/shaanxi_2026 (dev-recall20-shaanxi codes this use).
    [InlineData("新增院士6人，“双导师制”培养工程硕博士3529名。完善人才评价制度和标准，推广校企协同的人才培育模式，扩大双导师制、订单式育才应用范围。", "双导师制")]
    public void A_programmes_quoted_label_written_again_bare_after_the_name_is_a_repeat(string text, string label)
    {
        int bare = text.LastIndexOf(label, StringComparison.Ordinal);
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Quoted && m.Subtype == "repeat" && m.Surface == label && m.Canonical == label && m.Start == bare);
    }

    [Fact]
    public void The_words_written_before_the_programme_is_named_are_still_ordinary_words()
    {
        // provincial/heilongjiang_2026: 吸引更多企业投资龙江 (invest in Heilongjiang) comes before “投资龙江”行动 is named.
        const string text = "提升经济治理效能，吸引更多企业投资龙江、更多项目落地龙江、更多人才扎根龙江。深入实施“投资龙江”行动，加力开展先进产能和新兴技术引资。";
        int bare = text.IndexOf("投资龙江", StringComparison.Ordinal);
        Assert.DoesNotContain(Outermost(text), m => m.Start <= bare && bare < m.End);
    }

    [Fact]
    public void A_label_of_three_characters_is_repeated_only_in_its_quotation_marks()
    {
        // provincial/guangdong_2024: 好项目、大项目 after “大项目”扩容增量行动 are ordinary words (round 21).
        const string text = "实施“大项目”扩容增量行动，抓好投资50亿元以上项目。引进一批标志性的好项目、大项目，打造“投资广东”品牌。";
        int bare = text.LastIndexOf("大项目", StringComparison.Ordinal);
        Assert.DoesNotContain(Outermost(text), m => m.Start <= bare && bare < m.End);
    }

    [Fact]
    public void The_label_with_its_head_after_it_is_not_the_label_alone()
    {
        // unseen/pingshan-gwr-2021 writes the programme's name once; a bare 民生诉求系统改革 later would be the name, not the label.
        const string text = "“民生诉求系统”改革获评全国创新社会治理最佳案例。深化民生诉求系统改革，提升服务效能。";
        int bare = text.LastIndexOf("民生诉求系统", StringComparison.Ordinal);
        Assert.DoesNotContain(Outermost(text), m => m.Kind == MentionKind.Quoted && m.Start == bare && m.End == bare + "民生诉求系统".Length);
    }
}
