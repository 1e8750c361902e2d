// Specifications of round 98's second pass over Zhumadian's own recurring formulas (issue 13, zmd98;
// tools/lexicon/curated/round98-zmd98.txt, whose header lists what was read). No entry met the bar: these tests pin the
// readable places the pass read, so that a later entry for 中国药谷, 两区 or 大招商活动 shows what it changes there.
// Real reports of the readable Zhumadian development texts (each file named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ZhumadianLexiconRound98Tests
{
    [Theory]
    // 打造“中国药谷”“国际农都”, 全力打造“中国药谷” … (the 2023-2025 golds code every use).
    [InlineData("municipal/zhumadian_2023.txt", 4)]
    [InlineData("municipal/zhumadian_2025.txt", 8)]
    public void The_citys_pharmaceutical_positioning_is_the_quoted_finders(string name, int times)
    {
        Assert.Equal(times, InReport(name).Count(m => m.Kind == MentionKind.Quoted && m.Canonical == "中国药谷"));
    }

    [Fact]
    public void The_summit_named_after_the_positioning_is_not_reported()
    {
        // municipal/zhumadian_2024: 成功举办…“中国药谷”创新发展峰会等重大活动 (judged a summit's name, mentions-dev-quoted16-unreported;
        // the 2024 gold counts the other five uses): an entry 中国药谷 would report it, one reason none was added.
        string text = File.ReadAllText(SharedData.CorpusFile("municipal/zhumadian_2024.txt"));
        int summit = text.IndexOf("“中国药谷”创新发展峰会", StringComparison.Ordinal);
        Assert.True(summit >= 0);
        Assert.DoesNotContain(InReport("municipal/zhumadian_2024.txt"), m => m.Start <= summit + 1 && m.End >= summit + 5);
    }

    [Fact]
    public void The_two_service_zones_are_the_numbered_finders()
    {
        // municipal/zhumadian_2018: 全市服务业“两区”完成投资121.4亿元 … 充分发挥“两区”的载体作用 (the gold codes 两区 | 服务业两区 five
        // times); the numbered finder reports all five.
        Assert.Equal(5, InReport("municipal/zhumadian_2018.txt").Count(m => m.Kind == MentionKind.Numbered && m.Canonical is "两区" or "服务业两区"));
    }

    [Fact]
    public void A_series_of_major_investment_events_is_no_campaign()
    {
        // municipal/zhumadian_2011: 组织开展了一系列重大招商活动 (major events, not the city's 大招商活动 of 继续开展大招商活动): the
        // entry 大招商活动 was tried, reported it, and was dropped (5 of 6 readable places right).
        string text = File.ReadAllText(SharedData.CorpusFile("municipal/zhumadian_2011.txt"));
        int major = text.IndexOf("重大招商活动", StringComparison.Ordinal);
        Assert.True(major >= 0);
        Assert.DoesNotContain(InReport("municipal/zhumadian_2011.txt"), m => m.Start < major + 6 && m.End > major + 1 && m.Surface.Contains("招商活动", StringComparison.Ordinal));
    }
}
