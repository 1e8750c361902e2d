// Specifications of the policy finder's round 13b (issue 13): works counted or built are construction, not a programme; the last
// member of a list that only divides one programme's or policy's scope is no name of its own; a surface across two heads starts
// after the conjunction. Each rule on real sentences of the development reports and the national corpus (the file is named),
// with the neighbours each rule must keep.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Construction projects, scope-dividing list members and joined heads are not reported as policy names, while distinct
/// programmes listed together, a facility's programme label and the projects of the national 山水工程 stay.
/// </summary>
public sealed class PolicyBoundaryRound13bTests
{
    [Theory]
    [InlineData("PM_2.5平均浓度创有监测记录以来最好水平，完成人工造林21.7万亩、湿地保护修复工程12处，修复废弃矿山375个。", "湿地保护修复工程")] // anhui 2026
    [InlineData("达标率60%，扎实推进国家生态园林城市创建工作。建成市新型智慧城市运行管理中心、市域数据联通工程（雪亮工程），提升城市治理精细化、智能化水平。", "市域数据联通工程")] // zhumadian 2023
    [InlineData("统筹山水林田湖草沙系统治理，完成营造林2.3万亩。实施桐柏-大别山遗留废弃矿山生态修复工程，完成投资3.6亿元。", "大别山遗留废弃矿山生态修复工程")] // zhumadian 2026
    public void Works_counted_built_or_on_a_place_pair_are_no_programme(string sentence, string works) =>
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.EndsWith(works, StringComparison.Ordinal));

    [Theory]
    [InlineData("要加大城市环境污染治理力度，突出抓好重点城市、流域、区域、海域污染防治工程，全面实现既定的环境保护和治理目标。", "海域污染防治工程")] // gwr 2000
    [InlineData("广播电视村村通工程由行政村向自然村延伸，社区和乡镇综合文化站工程、全国文化信息资源共享工程建设继续推进。", "乡镇综合文化站工程")] // gwr 2007
    [InlineData("稻谷最低收购价格，继续执行玉米、油菜籽、食糖临时收储政策。探索建立农产品目标价格制度。", "食糖临时收储政策")] // gwr 2014
    [InlineData("实施天府文艺名作高峰计划和文学、影视、舞台艺术、网络文艺精品工程。开展优质文化资源直达基层行动。", "网络文艺精品工程")] // sichuan 2026
    public void The_last_member_of_a_list_dividing_one_programme_is_no_name(string sentence, string member) =>
        Assert.DoesNotContain(Policies(sentence), m => m.Surface == member);

    [Theory]
    [InlineData("累计投入民生资金2318.1亿元，占财政支出总量的80.1%。实施省定民生实事和市定惠民工程103件。", "省定民生实事和市定惠民工程")] // zhumadian 2023
    [InlineData("我们注重精准发力，运用市场手段和差别化政策，在优化结构中稳增长。", "手段和差别化政策")] // gwr 2014
    public void A_surface_across_two_heads_is_no_name(string sentence, string joined) =>
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.Contains(joined, StringComparison.Ordinal));

    [Fact]
    public void After_a_first_conjunct_with_a_head_of_its_own_the_name_is_the_second_conjunct()
    {
        // zhumadian 2017: 科技创新人才专项 is a work item of its own; the programme named is the second conjunct.
        IReadOnlyList<SloganMention> policies = Policies("服务和支持企业引进高端急需人才，大力实施科技创新人才专项和高层次科技人才引进工程，通过培育、引进相结合。");
        Assert.Contains(policies, m => m.Surface == "高层次科技人才引进工程");
        Assert.DoesNotContain(policies, m => m.Surface.Contains("专项和", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("大力实施“万村千乡”、“双百市场”和“新网”工程，建设600个标准农家店和一批配送中心。", "“新网”工程")] // zhumadian 2009: distinct programmes
    [InlineData("落实粮食最低收购价和良种补贴、农机具购置补贴、农资综合直补政策，较大幅度增加农民收入。", "农资综合直补政策")] // zhumadian 2009: distinct subsidies
    [InlineData("大型飞机设计与制造、载人航天与探月工程等16个重大专项陆续启动。", "载人航天与探月工程")] // gwr 2007: a counted list of distinct projects
    [InlineData("载人航天飞行和首次月球探测工程圆满成功。", "首次月球探测工程")] // gwr 2008: a subject of its own before 和
    [InlineData("以及南水北调、京津水资源保护工程、农村基础设施和教育、公检法司等方面设施的建设。", "京津水资源保护工程")] // gwr 2002: a list of items, not one head
    [InlineData("开工建设平凉机场，完成天水机场“盖被子”工程，推进兰州铁路枢纽优化提升工程。", "“盖被子”工程")] // gansu 2026: a facility's programme label
    [InlineData("争取实施青海湖、澜沧江流域山水工程，完成国土绿化450万亩。", "澜沧江流域山水工程")] // qinghai 2026: the national 山水工程
    [InlineData("实施新产业标准化领航工程、质量强基赋能工程，开展“皖美品牌”培育行动。", "质量强基赋能工程")] // anhui 2026: names listed with their heads
    public void Distinct_programmes_listed_together_stay(string sentence, string name) =>
        Assert.Contains(Policies(sentence), m => m.Surface == name);
}
