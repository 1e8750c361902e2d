// Specifications of round 95's district entries (issue 13, district95a; tools/lexicon/curated/round95-district95a.txt): the own
// goals, programmes and model labels of three Shenzhen districts (龙华区, 福田区, 宝安区), each scoped to its district by its full
// name, reported in the district's readable report (the opened sets unseen26k and unseen26l) and nowhere a text does not name
// the district three times. Real reports and sentences of those readable texts (each file named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class DistrictLexiconRound95aTests
{
    [Theory]
    [InlineData("unseen/longhua-gwr-2024.txt", "龙华区", 6)]
    [InlineData("unseen/futian-gwr-2023.txt", "福田区", 5)]
    [InlineData("unseen/baoan-gwr-2024.txt", "宝安区", 6)]
    public void A_district_report_names_its_district_often_enough_for_the_scope(string name, string district, int times)
    {
        int named = TimesWritten(name, district);
        Assert.Equal(times, named);
        Assert.True(named >= Lexicon.PlaceMentionsNeeded, $"{name} names {district} {named} times");
    }

    [Theory]
    // 全面建设社会主义现代化典范城区和中国式现代化典范城区 (twice; l2 codes the coordinated goal, 中国式现代化 only bare).
    [InlineData("unseen/futian-gwr-2023.txt", "社会主义现代化典范城区和中国式现代化典范城区", "社会主义现代化典范城区和中国式现代化典范城区", 2)]
    // 深入实施福[+]计划; 激活福[+]计划活力.
    [InlineData("unseen/futian-gwr-2023.txt", "福[+]计划", "福[+]计划", 2)]
    // 有序开展公共文化进商圈; 持续开展公共文化进商圈.
    [InlineData("unseen/futian-gwr-2023.txt", "公共文化进商圈", "公共文化进商圈", 2)]
    // 创新推出“食物银行”; 擦亮“食物银行”公益品牌.
    [InlineData("unseen/futian-gwr-2023.txt", "食物银行", "食物银行", 2)]
    // 加快建设世界级先进制造城、国际化湾区滨海城、高品质民生幸福城 (and once more in the report's close; k3 codes both).
    [InlineData("unseen/baoan-gwr-2024.txt", "世界级先进制造城、国际化湾区滨海城、高品质民生幸福城", "世界级先进制造城、国际化湾区滨海城、高品质民生幸福城", 2)]
    // 锐意进取、敢作善为、乘势而上，奋力再造一个新宝安！
    [InlineData("unseen/baoan-gwr-2024.txt", "再造一个新宝安", "再造一个新宝安", 1)]
    // 《前海深港现代服务业合作区总体发展规划》重磅发布，“统分优放协”全面推进.
    [InlineData("unseen/baoan-gwr-2024.txt", "统分优放协", "统分优放协", 1)]
    // 用心讲好“宝安故事”.
    [InlineData("unseen/baoan-gwr-2024.txt", "宝安故事", "宝安故事", 1)]
    // 坚持市场、产业、企业、园区、城区“五个国际化”同步发力 (k2 codes 五个国际化).
    [InlineData("unseen/longhua-gwr-2024.txt", "五个国际化", "五个国际化", 1)]
    // 加速“智慧龙华”二、三期项目建设.
    [InlineData("unseen/longhua-gwr-2024.txt", "智慧龙华", "智慧龙华", 1)]
    public void A_district_formula_is_reported_in_its_report(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Fact]
    public void The_coordinated_goal_no_longer_reports_the_national_formula_inside_it()
    {
        // unseen/futian-gwr-2023: l2 counts 中国式现代化 only where the report writes it bare (twice), not inside the goal.
        Assert.Equal(2, InReport("unseen/futian-gwr-2023.txt").Count(m => m.Kind == MentionKind.Lexicon && m.Canonical == "中国式现代化"));
    }

    [Theory]
    // unseen/futian-gwr-2023, without the rest of its report: a sentence naming the district less than three times gets no entry.
    [InlineData("扩大多层次养老服务供给，试点“5G+AI”虚拟养老院。擦亮“食物银行”公益品牌，向有需求的群众提供临期食品70吨以上。", "食物银行")]
    // unseen/baoan-gwr-2024.
    [InlineData("锐意进取、敢作善为、乘势而上，奋力再造一个新宝安！", "再造一个新宝安")]
    // unseen/longhua-gwr-2024.
    [InlineData("坚持市场、产业、企业、园区、城区“五个国际化”同步发力。", "五个国际化")]
    public void A_sentence_naming_no_district_gets_no_district_entry(string text, string canonical)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical);
    }

    [Fact]
    public void Another_district_writing_the_city_goals_gets_no_district_entry()
    {
        // unseen/longhua-gwr-2024 names 宝安区 fewer than three times: Bao'an's entries are not read there, nor Futian's in Bao'an.
        Assert.DoesNotContain(InReport("unseen/longhua-gwr-2024.txt"), m => m.Kind == MentionKind.Lexicon && m.Canonical is "再造一个新宝安" or "宝安故事" or "食物银行");
        Assert.DoesNotContain(InReport("unseen/baoan-gwr-2024.txt"), m => m.Kind == MentionKind.Lexicon && m.Canonical is "五个国际化" or "智慧龙华" or "福[+]计划");
    }
}
