// Specifications of round 60 (numbered60, issue 13): a quoted label the report's own glossary (有关名词解释) defines with the word
// after it is one item with that word, in the glossary and in the body (GlossaryLabelTerms). Every sentence is a real one of an
// opened unseen text (named); the glossary lines are the reports' own entries, joined to the body sentence as the report holds them.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Labels a report's glossary defines with their word.</summary>
public sealed class NumberedRound60Tests
{
    private const string LonggangGlossary = "\n　　附件\n　　有关名词解释\n　　2.市委“五个中心”建设部署：深圳市委提出“加快推进全球领先的重要的先进制造业中心和具有全球重要影响力的产业科技创新中心、消费中心、物流中心、金融中心建设”。\n"
        + "　　20.“三全”智能：指全身智能、全车智能和全屋智能。\n";

    private const string GuangmingGlossary = "\n　　名词解释\n　　5.情理法“三人小组”机制：由区委政法委统筹协调，整合属地街道、责任部门和公安机关三方力量，对重点人积极开展法律宣讲和政策解释工作。\n";

    [Theory]
    // unseen/longgang-gwr-2025 (the blind judge of unseen26j read the bare 三全 wrong at all three places: the item is “三全”智能).
    [InlineData("抢抓人工智能、低空经济产业新风口，发挥龙岗“三全”智能产业优势，落地超100个全域全时场景标杆项目。" + LonggangGlossary, "“三全”智能", 2)]
    [InlineData("以及“三全”智能、低空经济、平台经济等重点领域，精准招商、以商引商。" + LonggangGlossary, "“三全”智能", 2)]
    // unseen/longgang-gwr-2025: the organ (市委) that states whose the plan is stays out (the judge's item: “五个中心”建设部署).
    [InlineData("贯彻落实省委“1310”具体部署和市委“五个中心”建设部署，在区委的坚强领导下。" + LonggangGlossary, "“五个中心”建设部署", 2)]
    // unseen/guangming-gwr-2025: the field the entry writes (情理法) is part of the term (the judge's item: 情理法“三人小组”机制).
    [InlineData("创新情理法“三人小组”机制，获评全国新时代“枫桥经验”优秀案例。" + GuangmingGlossary, "情理法“三人小组”机制", 2)]
    public void A_label_the_glossary_defines_with_its_word_is_one_item_with_it(string text, string surface, int times)
    {
        var numbered = Numbered(text);
        Assert.Equal(times, numbered.Count(m => m.Surface == surface));
        Assert.All(numbered.Where(m => m.Surface == surface), m => Assert.Equal(surface.Split('“', '”')[1], m.Canonical));
    }

    // The same sentence with no glossary: the label is read as before (bare).
    [Fact]
    public void Without_a_glossary_the_label_is_read_as_before()
    {
        var numbered = Numbered("抢抓人工智能、低空经济产业新风口，发挥龙岗“三全”智能产业优势，落地超100个全域全时场景标杆项目。");
        Assert.DoesNotContain(numbered, m => m.Surface == "“三全”智能");
    }

    // unseen/luohu-gwr-2025: an entry that defines the label alone gives no word; the label stays as the finders read it.
    [Fact]
    public void An_entry_defining_the_label_alone_changes_nothing()
    {
        var numbered = Numbered("完善城区多语种标识和接待导览设施；承办“三棋一牌”赛事。\n名词解释\n　　28.“三棋一牌”：围棋、中国象棋、国际象棋、桥牌。\n");
        Assert.DoesNotContain(numbered, m => m.Surface.Contains("赛事", StringComparison.Ordinal));
    }

    // unseen/luohu-gwr-2025: titles won in a contest, counted as honours are.
    [Fact]
    public void Titles_won_counted_are_no_formula()
    {
        Assert.DoesNotContain(Numbered("实施足球、篮球、羽毛球培养计划，翠园教育集团斩获2024年全市大中小学生校园足球比赛小、初、高男子组三项冠军。"), m => m.Surface.Contains("冠军", StringComparison.Ordinal));
    }
}
