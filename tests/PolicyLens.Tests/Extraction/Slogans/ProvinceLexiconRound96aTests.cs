// Specifications of round 96's provincial entries (issue 13, prov96a; tools/lexicon/curated/round96-prov96a.txt): each
// province's own signature formulas (the centre's charges to it, its party committee's strategies), scoped to the province
// (@place) as round 22 scoped Guangdong's and round 94 Shenzhen's. Where a readable report of the province writes an entry,
// the test reads that real report (each file named); where none does, the entry stands on its documented source, and the test
// reads a sentence written here from that source's wording (not a corpus text) that names the province three times (the
// scope), and the same sentence naming no place, where nothing of the province's is reported.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ProvinceLexiconRound96aTests
{
    [Theory]
    // 加快建设全球数字经济标杆城市 … 扎实推进全球数字经济标杆城市建设 (formulas-dev-recall13 codes both).
    [InlineData("provincial/beijing_2026.txt", "全球数字经济标杆城市", "全球数字经济标杆城市", 2)]
    // 打造全国现代商贸物流重要基地 (unseen26f codes it in hebei 2023, a member of “三区一基地” written out).
    [InlineData("unseen/hebei-gwr-2023.txt", "全国现代商贸物流重要基地", "全国现代商贸物流重要基地", 1)]
    [InlineData("unseen/hebei-gwr-2023.txt", "产业转型升级试验区", "产业转型升级试验区", 1)]
    [InlineData("unseen/hebei-gwr-2023.txt", "新型城镇化与城乡统筹示范区", "新型城镇化与城乡统筹示范区", 1)]
    [InlineData("unseen/hebei-gwr-2023.txt", "京津冀生态环境支撑区", "京津冀生态环境支撑区", 1)]
    // 两区：建设首都水源涵养功能区，建设京津冀生态环境支撑区 (unseen26f codes both members).
    [InlineData("unseen/baoding-gwr-2022.txt", "首都水源涵养功能区", "首都水源涵养功能区", 1)]
    // 建设首都水源涵养功能区和京津冀生态环境支撑区 (unseen26f codes the pair whole).
    [InlineData("unseen/hebei-gwr-2022.txt", "首都水源涵养功能区和京津冀生态环境支撑区", "首都水源涵养功能区和京津冀生态环境支撑区", 1)]
    // 空气质量“退后十”成果得到巩固 … 巩固拓展“退后十”成果 (unseen26f codes both).
    [InlineData("unseen/hebei-gwr-2024.txt", "退后十", "退后十", 2)]
    public void A_province_formula_is_reported_in_its_readable_reports(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Fact]
    public void A_report_naming_the_province_less_than_three_times_gets_no_entry_of_it()
    {
        // unseen/baoding-gwr-2026: 实施大气污染防治提质增效行动，巩固“退后十”成果 (unseen26f codes it). The city's report names
        // 河北 twice: Hebei's entry is not reported, and the quoted finder reports the label as it does a quoted term.
        var mentions = InReport("unseen/baoding-gwr-2026.txt");
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Lexicon && m.Canonical == "退后十");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Quoted && m.Canonical == "退后十");
    }

    [Theory]
    // Sentences written for this test from each entry's documented source (the note in round96-prov96a.txt), not corpus text:
    // no readable report of these provinces writes the entry.
    [InlineData("北京", "全国政治中心、文化中心、国际交往中心、科技创新中心",
        "{0}要坚持{1}的城市战略定位，{0}首都功能不断加强，{0}发展迈上新台阶。")]
    [InlineData("天津", "全国先进制造研发基地、北方国际航运核心区、金融创新运营示范区、改革开放先行区",
        "{0}要加快建设{1}，推动{0}在京津冀协同发展中当好排头兵，奋力谱写{0}新篇章。")]
    [InlineData("天津", "着力提高发展质量和效益、着力保障和改善民生、着力加强和改善党的领导",
        "{0}全市上下牢记“三个着力”重要要求，{1}，推动{0}高质量发展，建设{0}新面貌。")]
    [InlineData("山西", "在转型发展上率先蹚出一条新路来",
        "{0}要牢记嘱托，{1}，推动{0}全方位高质量发展，谱写{0}新篇章。")]
    [InlineData("内蒙古", "祖国北疆安全稳定屏障",
        "{0}要完成好五大任务，建设{1}，推动{0}高质量发展，书写{0}新篇章。")]
    [InlineData("辽宁", "数字辽宁、智造强省",
        "{0}加快建设{1}，推动{0}全面振兴取得新突破，{0}工业提质升级。")]
    [InlineData("上海", "全球资源配置、科技创新策源、高端产业引领、开放枢纽门户",
        "{0}强化{1}四大功能，推动{0}国际大都市建设，{0}城市能级持续提升。")]
    [InlineData("上海", "创新型经济、服务型经济、开放型经济、总部型经济、流量型经济",
        "{0}大力发展{1}，推动{0}经济高质量发展，{0}国际经济中心地位更加巩固。")]
    [InlineData("浙江", "新时代全面展示中国特色社会主义制度优越性的重要窗口",
        "{0}要努力成为{1}，推动{0}先行探路，{0}干在实处、走在前列。")]
    [InlineData("山东", "十强产业",
        "{0}加快发展{1}，推动{0}新旧动能转换，{0}现代产业体系加快构建。")]
    public void A_documented_province_formula_is_reported_only_where_the_province_is_named(string province, string canonical, string sentence)
    {
        AssertReportedOnlyWherePlaceIsNamed(province, canonical, sentence);
    }
}
