// Specifications of round 37's overlap repair (issue 13): a chain reported where the text marks it as a formula (named as a
// mission or a working line, or set in quotation marks) is the same formula where the document writes it again without the
// mark (MarkedChainRepeats; the codebook's round-18 decision, point 3). Sentences of the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class OverlapRecallRound37Tests
{
    // unseen/gd-guangzhou-inspection-2026: the mission named once (赋予了“…”的使命任务), written again bare before it.
    private const string Guangzhou =
        "奋力实现老城市新活力和“四个出新出彩”，在新征程上当好排头兵、领头羊、火车头。" +
        "寄望广州实现老城市新活力和“四个出新出彩”，赋予了“排头兵、领头羊、火车头”的使命任务，为广州发展定向导航。";

    // unseen/baoding-gwr-2022: the year's 总抓手 quoted once, written again unquoted.
    private const string Baoding =
        "今年，我们要把“绽放新颜值、跑出加速度”作为总抓手。" +
        "各位代表！奋力推动现代化品质生活之城绽放新颜值、跑出加速度，对政府自身建设提出了更高更严要求。";

    [Theory]
    [InlineData(Guangzhou, "排头兵、领头羊、火车头")]
    [InlineData(Baoding, "绽放新颜值、跑出加速度")]
    public void A_marked_chain_written_again_unmarked_is_the_same_formula(string text, string chain)
    {
        IReadOnlyList<SloganMention> mentions = Outermost(text);
        SloganMention repeat = Assert.Single(mentions, m => m.Surface == chain && m.Subtype == "repeat");
        SloganMention marked = Assert.Single(mentions, m => m.Surface.Contains(chain, StringComparison.Ordinal) && m.Subtype != "repeat");
        Assert.Equal(marked.Kind, repeat.Kind);
        Assert.Equal(marked.Canonical, repeat.Canonical);
    }

    [Fact]
    public void Without_repeats_only_the_marked_chain_is_reported()
    {
        var extractor = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { Repeats = false });
        SloganMention only = Assert.Single(extractor.Extract(Guangzhou), m => m.Surface.Contains("排头兵、领头羊、火车头", StringComparison.Ordinal));
        Assert.Contains("使命任务", only.Context, StringComparison.Ordinal);
    }
}
