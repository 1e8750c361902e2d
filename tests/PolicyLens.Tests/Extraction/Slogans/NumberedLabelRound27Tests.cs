// Specifications of precision round 27 (issue 13, branch prec27n), the codebook's decision on labels that name nothing
// alone: (1) the heads of a generic count label are nouns of kind, an open class (…高地, …平台, …支柱, …体系, …机制, …任务,
// …举措, …措施, …整治, …能力, …革命 beside round 26's), so the field written before the label is reported with it; (2) a
// quoted attribute label (N好, N无, N美, N零, N化, N优, N净, a numeral-led …式) written right before the word it qualifies
// is one item with that word. Every sentence is a real one of a development report.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The numbered finder reports a count label of a generic head with its field, an attribute label with its word.</summary>
public sealed class NumberedLabelRound27Tests
{
    [Fact]
    public void A_count_label_of_a_generic_head_is_reported_with_its_field()
    {
        // chongqing_2026: 革命 is a head of kind; 农村 says which three campaigns.
        IReadOnlyList<SloganMention> found = Numbered("持续整治农村人居环境，深化拓展农村“三个革命”，常态化开展村庄清洁行动，创造乡村优质生活空间。");
        Assert.Contains(found, m => m.Surface == "农村“三个革命”" && m.Canonical == "农村三个革命");
        Assert.DoesNotContain(found, m => m.Surface == "三个革命");
    }

    [Theory]
    // hubei_2026: a count of forces sums up the pair before it (动力 is no generic head).
    [InlineData("用好农业科技创新与农村综合改革“两大动力”，大力推进现代种业、智能农机、农业微生物、数字农业等农业科技创新行动。", "两大动力")]
    // heilongjiang_2026: 安全 says what the five are; a head of content.
    [InlineData("推动转方式调结构提质量增效益，切实维护国家“五大安全”，建好建强“三基地一屏障一高地”。", "五大安全")]
    // zhumadian_2018: 高地 is now a generic head, but a verb stands before the label.
    [InlineData("我省加快建设经济强省、打造“三大高地”、实现“三大提升”正在稳步推进，为我市跨越发展营造了良好的外部环境。", "三大高地")]
    // zhumadian_2017: 举措 after a verb.
    [InlineData("突出“六个精准”、坚持“五条途径”、采取“五项举措”、强化“五个保障”，确保各项脱贫攻坚措施落到实处、取得实效。", "五项举措")]
    // qinghai_2026: …地 is left out (a count of places after a pair of places would take them as its field).
    [InlineData("坚持有所为、有所不为，因地制宜发展新质生产力，产业“四地”建设蹄疾步稳，绿色算电融合加快推进。", "四地")]
    public void The_label_stays_bare_where_its_head_has_content_or_no_field_precedes(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == label);
        Assert.DoesNotContain(found, m => m.Surface.EndsWith("“" + label + "”", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("加强“四好”农村公路建设，新建和改造提升农村公路500公里；", "“四好”农村公路", "四好农村公路")] // zhumadian_2018
    [InlineData("加强“四美”乡村建设。", "“四美”乡村", "四美乡村")] // zhumadian_2018
    [InlineData("实施“三化”改造项目304个，工业技改投资增长33.6%、居全国第3位。", "“三化”改造", "三化改造")] // gansu_2026: 项目 counted
    [InlineData("加强道路交通、自建房、危化品、非煤矿山、城镇燃气、消防、玻璃幕墙、“三无”船舶等安全隐患排查整治。", "“三无”船舶", "三无船舶")] // guangdong_2024
    [InlineData("努力走出一条不以牺牲农业和粮食、生态和环境为代价的“三化”协调发展的路子。", "“三化”协调", "三化协调")] // zhumadian_2011
    [InlineData("坚持“四化”方针和德才兼备的原则，加快培养和选拔适应改革开放和现代化建设新形势需要的各类人才。", "“四化”方针", "四化方针")] // gwr 2002
    public void An_attribute_label_is_reported_with_the_word_it_qualifies(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m.Surface == surface[1..surface.IndexOf('”')]);
    }

    [Theory]
    // zhumadian_2011: 进程 is the course of the three, no word the label qualifies.
    [InlineData("全市上下深入贯彻落实科学发展观，坚持“四个重在”实践要领，努力加快“三化”进程，抢抓机遇，多策并举。", "三化")]
    // zhumadian_2014: the three are the second party of 融合.
    [InlineData("积极推进“宽带驻马店”、“智慧驻马店”等信息化项目建设，促进信息化与“三化”融合发展。", "三化")]
    // guizhou_2026: a function word after the mark.
    [InlineData("改革财政资金使用方式，设立“四化”及生态环保、新动能基金，撬动社会资本投入产业发展。", "四化")]
    public void An_attribute_label_stays_bare_where_no_word_it_qualifies_follows(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == label);
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("“" + label + "”", StringComparison.Ordinal) && m.Surface.Length > label.Length + 2);
    }

    [Theory]
    [InlineData("四好", true)]
    [InlineData("三无", true)]
    [InlineData("一站式", true)]
    [InlineData("三起来", false)]
    [InlineData("四地", false)]
    [InlineData("五大安全", false)]
    public void What_an_attribute_label_is(string label, bool expected) => Assert.Equal(expected, NumberedFinder.IsAttributeLabel(label));
}
