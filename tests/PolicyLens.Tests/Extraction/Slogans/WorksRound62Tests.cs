// Specifications of round 62 (issue 13, branch works62): a …工程 that names one construction works project, a firm, or the
// noun "engineering" inside a longer name is no programme (codebook: "a single construction project (…水电站, …二期工程) is
// not"), from the readable judged samples' wrong verdicts on the Shenzhen reports: a name the text says is started or finished
// as building works (开工建设…工程, …工程建成运行), a later phase of one line (五期工程), the site words of one area's works
// (步行街, 片区, 再生水, 填埋场, 沿线), 工程 before 技术 or 企业, and a name opened by 引进 or 援建. Programmes whose names
// share a works verb (新型技术改造工程, 净化绿化美化亮化工程), a quoted programme built (“大电网建设+微电网改造”工程) and the
// national 山水工程's projects stay. Every sentence is a real one of a readable text.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>One construction works project, a firm or engineering inside a noun, told from a programme (round 62).</summary>
public sealed class WorksRound62Tests
{
    [Theory]
    // shenzhen-gwr-2024, shenzhen-gwr-2025 (unseen26j): building starts on the works named.
    [InlineData("开工建设轨道交通五期工程。", "轨道交通五期工程")]
    [InlineData("开工建设深汕气象灾害监测预警工程。", "深汕气象灾害监测预警工程")]
    // longgang-gwr-2025 (unseen26j): a plant's works in service, a few words of its parts between.
    [InlineData("宝龙水质净化厂工程工业废水及生活污水处理设施建成投用，新增污水集中处理能力6.5万吨/日。", "宝龙水质净化厂工程")]
    // guangming-gwr-2025 (unseen26l): one plant built and running.
    [InlineData("单位GDP能耗和碳排放持续下降，万元GDP用水量下降8.3%、降幅全市第一，全省规模最大的工业再生水利用工程建成运行。", "工业再生水利用工程")]
    // luohu-gwr-2025, longhua-gwr-2024, baoan-gwr-2024 (unseen26k): one street, the areas one plant serves, the land along one route.
    [InlineData("高标准推进五大消费街区建设，启动东门步行街改造工程；笋岗家文化消费街区设计获缪斯设计金奖，水贝万山黄金珠宝直播基地年销售额超35亿元。", "东门步行街改造工程")]
    [InlineData("推进章阁片区、黎光片区再生水利用工程，力争再生水利用供应能力达到770万立方米/年。", "章阁片区、黎光片区再生水利用工程")]
    [InlineData("加快推进宝安中心区中央绿轴景观工程、深中通道沿线综合整治工程，全面提升国际会展中心片区品质。", "深中通道沿线综合整治工程")]
    // longgang-gwr-2025 (unseen26j): engineering inside a research centre's name; a firm brought in.
    [InlineData("住房城乡建设部智慧低碳建筑工程技术创新中心、全屋智能重点实验室揭牌。", "智慧低碳建筑工程")]
    [InlineData("引进中广核工程、深能环保环卫总部等17个绿色低碳项目。", "中广核工程")]
    // guangdong-plan-outline-2026-1 (unseen26h): firms that contract works abroad.
    [InlineData("鼓励对外承包工程企业投资、融资、建设、运营综合发展，带动产品、装备、标准、服务“走出去”。", "对外承包工程")]
    // shenzhen-gwr-2025 (unseen26j): housing built as aid to one city.
    [InlineData("获评全省实施“百千万工程”考核优秀等次第一，深化与汕头、河源、汕尾、潮州4市帮扶协作和惠州3县产业协作，加快建设产业转移合作园区，招引项目26个、总投资116.2亿元，高质量完成援建梅州安居工程任务，高标准牵头编制河源龙川新城规划。", "安居工程")]
    public void One_works_project_a_firm_or_engineering_inside_a_noun_is_no_policy(string sentence, string works)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.EndsWith(works, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_the_text_says_is_built_is_one_project_wherever_it_is_written()
    {
        // luohu-gwr-2025 (unseen26k): the works start in the review; the year's task names them again without a works verb.
        const string text = "破解片区发展瓶颈的重大工程取得突破，深圳水库沙湾路侧水质保障工程开工建设，推动沙湾河深圳水库截排二期工程、东部过境高速龙过水立交项目，新大望桥正式通车，建成东部过境桥下停车场。"
            + "推进沙湾路侧水质保障工程，开工建设沙湾截排二期工程。";
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("沙湾路侧水质保障工程", StringComparison.Ordinal));
    }

    [Theory]
    // anhui_2026, hebei-gwr-2022 (development golds code both): programmes whose names hold a works verb.
    [InlineData("深入推进以“智改数转网联绿色”为特征的新型技术改造工程，实施亿元以上技改项目1200项以上，新培育智能工厂200家、省级绿色工厂200家以上。", "新型技术改造工程")]
    [InlineData("提高城市品质，实施城市更新行动，推进净化绿化美化亮化工程，改造老旧小区3698个，新增城市公共停车位17万个。", "净化绿化美化亮化工程")]
    // liaoning_2026 (judged right, dev-policy37): a project of the national 山水工程 programme, completed.
    [InlineData("辽浑太山水工程全面竣工。", "辽浑太山水工程")]
    // qinghai_2026 (the development gold codes it): a quoted programme label, built and running.
    [InlineData("建设和美乡村150个，改善农牧民居住条件2.67万户，改造农村户厕2.1万座，玉树3县5乡“大电网建设+微电网改造”工程建成投运，新改建农村公路4000公里，建设农牧区便民桥500座，燕官公路提质改造提前建成通车，城乡要素双向流动加速，区域发展布局更趋优化。", "“大电网建设+微电网改造”工程")]
    public void A_programme_stays(string sentence, string programme)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == programme);
    }
}
