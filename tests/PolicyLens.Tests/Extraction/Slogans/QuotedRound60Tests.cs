// Specifications of round 60 (issue 13, branch quoted60; QuotedLabelShape.Ranking.cs). The name of a league table a place
// entered, between a verb of ranking and its rank (跻身“赛迪中国百强区”前三名), is no formula; and the repeat stage holds a quoted
// label's repeat to the quoted finder's tests of the words around it (an opponent's words: 「…」等等谬论), as it already held it to
// the test of a name. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedRound60Tests
{
    [Theory]
    // futian-gwr-2023 (unseen26l): read wrong as an item by its judge (a ranking by a firm); its gold does not code it.
    [InlineData("城区经济发展质量连续三年跻身“赛迪中国百强区”前三名。")]
    // longhua-gwr-2024 (unseen26k): the same table, ranked by place; its gold does not code it.
    [InlineData("城区经济高质量发展名列“赛迪中国百强区”第23位，较上一年上升3个位次。")]
    public void The_name_of_a_league_table_between_a_verb_of_ranking_and_a_rank_is_no_formula(string text)
    {
        Assert.Equal("ranking", Reason(text, "赛迪中国百强区"));
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("赛迪中国百强区", StringComparison.Ordinal));
    }

    [Fact]
    // The frame needs both ends: a verb of ranking alone before a label (no rank after it) reads nothing.
    public void A_verb_of_ranking_without_a_rank_reads_nothing()
    {
        const string text = "城区经济发展质量连续三年跻身“赛迪中国百强区”。";
        Assert.False(QuotedLabelShape.NamesARanking(text, text.IndexOf('“', StringComparison.Ordinal), text.IndexOf('”', StringComparison.Ordinal)));
    }

    [Fact]
    // gwr 1957: 「各党派轮流执政」的办法 introduces the label (a method, read as a principle), and the report later lists it among the
    // opponents' claims it rebuts (「…」、「各党派轮流执政」等等谬论): the quoted finder refuses that run as opponents' words, and the repeat
    // stage no longer reports the label there (the development judge read it wrong-open: a method the report condemns).
    public void A_repeat_among_opponents_words_is_not_reported()
    {
        const string first = "现在有些右派分子所梦想的，就是要把这种资产阶级的多党政治和「各党派轮流执政」的办法，搬到中国来代替我们的人民民主制度。";
        const string later = "但是，右派分子提出的「中共组织退出机关、学校」、「共产党不在知识分子中发展组织」、「党不要在政权之外再搞一套党的系统」、「请共产党下台」等等狂妄要求，却与前面说过的「官僚主义是比资本主义更加危险的敌人」、「政治设计院」、「平反委员会」、「党天下」、「各党派轮流执政」等等谬论同出一辙，互相呼应，目的都是要使人民政权脱离工人阶级政党的领导，以便按照他们的资产阶级面貌来改变我们国家的性质。";
        string text = first + later;
        int repeat = text.LastIndexOf("各党派轮流执政", StringComparison.Ordinal);
        Assert.Contains(Quoted(text), m => m.Surface == "各党派轮流执政" && m.Start < first.Length);
        Assert.DoesNotContain(Mentions(text), m => m.Start == repeat);
    }

    [Fact]
    // liaoning_2026: a repeat in a frame no context test refuses is still reported (the label of “辽宁优品”工程, written again in
    // quotation marks before the count of products rated; the development judge read it right).
    public void A_repeat_the_words_around_it_do_not_refuse_is_still_reported()
    {
        const string text = "实施“辽宁优品”工程，评定“辽宁优品”27个、消费名企名品100个。";
        int repeat = text.LastIndexOf("辽宁优品", StringComparison.Ordinal);
        Assert.Contains(Quoted(text), m => m.Start == repeat && m.Surface == "辽宁优品" && m.Subtype == "repeat");
    }
}
