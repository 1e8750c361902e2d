// Specifications of round 109 (policy109, issue 13): the policy mentions the blind judges read wrong on unseen26p (four work
// reports of 海拉尔区, 2016-2019; 18 of its 59 policy mentions wrong for judge A, 17 for judge B) and their shapes over every
// readable text. Classes: a single project or facility 7 (an office building, one area's lighting, greening, a wetland reserve,
// a hall, a sewage plant, a heating network), the reform of one firm 1 (公交公司改革), a name cut from its field, level word or
// qualifier, or taking in its owner 7 (城乡结合部, 河湖“清四乱”, 国家级“医养结合”, 重大, 自治区, …建设推进年), a generic
// category or description 3 (国家级科技计划, 城市管理系统工程, 社会养老机构补贴政策). One shape recurs outside 海拉尔's texts: a
// works project the text says is finished (完工) or handed over for use (交付使用, 投入使用), the round-62 shape of works built
// with the other verbs of completion; PolicyFinder.DropWorksProjects now reads those verbs too (three 海拉尔 places removed, all
// wrong for both judges; the words follow …工程 at 13 places of 11 other readable documents, all single works but one, where the
// finder reports no name). The other classes are singletons of one text or have no shape a rule can read: the other single
// projects each have a different head and site (西山自然保护区, 东山组团, 污水处理厂, 供热互联互通; elsewhere 周边区域城市风貌
// 提升工程, 站城融合标杆工程: no two alike); a field before a quoted label is cut after a verb that opens no name (完成河湖,
// 争创国家级: one place each); an investment amount before the name (投资5900万元的…) is written only in 海拉尔's 2016 report;
// …政策 described by content is read right at 56 of 67 judged readable places. Every sentence is a real one of a readable text.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Works said finished are no programme; programmes beside them stay.</summary>
public sealed class PolicyPrecisionRound109Tests
{
    [Fact]
    public void An_office_building_said_finished_is_no_programme()
    {
        // unseen/hailaer-gwr-2016 (unseen26p): judged wrong by both judges (item: a single construction project).
        var found = Policies("东海写字楼土建工程全面完工，远山红郡住宅小区一期建设顺利推进。");
        Assert.DoesNotContain(found, m => m.Surface == "东海写字楼土建工程");
    }

    [Fact]
    public void Lighting_works_said_finished_are_no_programme()
    {
        // unseen/hailaer-gwr-2016 (unseen26p): judged wrong by both judges (a single lighting project, cut from 伊敏河两岸及…).
        var found = Policies("投资1.29亿元完成了17条道路的改扩建；投资4500万元的伊敏河沿河道路工程实现全线贯通；投资5100万元的伊敏河景观带改造工程投入使用；投资5900万元的伊敏河两岸及城市重点区域亮化照明工程全部完工。");
        Assert.DoesNotContain(found, m => m.Surface.EndsWith("亮化照明工程", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hall_handed_over_for_use_is_no_programme_and_the_programme_beside_it_stays()
    {
        // unseen/hailaer-gwr-2018 (unseen26p): 金色大厅维修改造工程 judged wrong by both judges (the repair of one hall); the city's
        // quoted “十大文化”工程 judged right by both.
        var found = Policies("“旅游+”战略深入实施，积极配合呼伦贝尔市打造“十大文化”工程，金色大厅维修改造工程按时交付使用，为《天边》等剧目提供了高标准、国际化的演出场所。");
        Assert.DoesNotContain(found, m => m.Surface == "金色大厅维修改造工程");
        Assert.Contains(found, m => m.Surface == "“十大文化”工程");
    }

    [Fact]
    public void Programmes_whose_tasks_are_completed_stay()
    {
        // unseen/hailaer-gwr-2016 (unseen26p): both judged right by both judges; a programme's tasks are 完成, not 完工.
        var found = Policies("投资4.2亿元的“十个全覆盖”工程，除危旧房改造外，11个村屯全覆盖建设任务全部完成；村庄卫生环境整治工程实现了人畜分离，建立了长效保洁机制，村容村貌得到全面改善。");
        Assert.Contains(found, m => m.Surface == "“十个全覆盖”工程");
        Assert.Contains(found, m => m.Surface == "村庄卫生环境整治工程");
    }

    [Fact]
    public void A_programme_carried_on_stays()
    {
        // unseen/hailaer-gwr-2018 (unseen26p): judged right by both judges.
        Assert.Contains(Policies("继续举全区之力推进棚户区改造工程。"), m => m.Surface == "棚户区改造工程");
    }

    [Fact]
    public void The_national_mountains_and_rivers_programme_stays_when_its_works_are_finished()
    {
        // provincial/liaoning_2026: a project of the national 山水工程 programme, kept whatever the text says of its works.
        Assert.Contains(Policies("辽浑太山水工程全面竣工。"), m => m.Surface == "辽浑太山水工程");
    }

    [Theory]
    // unseen/baoan-gwr-2024 (unseen26k): one reservoir's works said finished; no programme is reported.
    [InlineData("铁岗-石岩水库水质保障工程基本完工，朱坳水厂深度处理工程通水调试。")]
    // unseen/hebei-gwr-2024: one river's works said finished, among the province's flood works.
    [InlineData("抓好大清河、永定河等水系治理工程建设，加快青山水库、乌拉哈达水库、茅岭底水库等工程进度，完善东淀、献县泛区等蓄滞洪区功能，确保今年主汛期前涿州城市防洪主体工程、白沟河治理工程全部完工，把每一项工程都建成民心工程、优质工程、廉洁工程。")]
    public void Single_works_said_finished_elsewhere_are_no_programme(string sentence)
    {
        // Nothing named right before 完工 (基本完工, 全部完工) is reported as a programme.
        Assert.DoesNotContain(Policies(sentence), m => sentence[m.End..].StartsWith("基本完工", StringComparison.Ordinal)
            || sentence[m.End..].StartsWith("全部完工", StringComparison.Ordinal));
    }
}
