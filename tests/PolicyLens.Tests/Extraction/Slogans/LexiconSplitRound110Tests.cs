// Specifications of round 110's lexicon split (issue 13, session 63; tools/lexicon/curated/round110-lead110.txt): three
// spellings that were variants of another entry and folded one item onto another — 政务公开 under 阳光政务, 精准脱贫 under
// 精准扶贫, 按劳分配 under 各尽所能、按劳分配 — are entries of their own, as blind judges read them. Real sentences of the
// national and Zhumadian reports, each file named.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconSplitRound110Tests
{
    [Theory]
    // 切实加大政务公开力度 (zhumadian 2018); 认真推行政务公开制度 (16th congress); gwr 2015 twice.
    [InlineData("municipal/zhumadian_2018.txt", "政务公开", "政务公开", 1)]
    [InlineData("cpc-congress/16_2002.txt", "政务公开", "政务公开", 1)]
    [InlineData("gwr/2015.txt", "政务公开", "政务公开", 2)]
    // 坚持精准扶贫、精准脱贫 (gwr 2018): two items, each under its own name (zhumadian 2017's 精准扶贫、精准脱贫基本方略 is the
    // strategy's full name since round 111, curated/round111-fold111.txt).
    [InlineData("gwr/2018.txt", "精准脱贫", "精准脱贫", 2)]
    [InlineData("gwr/2018.txt", "精准扶贫", "精准扶贫", 1)]
    [InlineData("municipal/zhumadian_2017.txt", "精准扶贫", "精准扶贫", 1)]
    // 按劳分配 written alone (12th congress, twice).
    [InlineData("cpc-congress/12_1982.txt", "按劳分配", "按劳分配", 2)]
    public void A_split_spelling_is_reported_under_its_own_name(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    [InlineData("municipal/zhumadian_2018.txt", "阳光政务", "政务公开")]
    [InlineData("gwr/2018.txt", "精准扶贫", "精准脱贫")]
    [InlineData("cpc-congress/12_1982.txt", "各尽所能、按劳分配", "按劳分配")]
    public void The_older_entry_no_longer_takes_it(string name, string formerCanonical, string surface)
    {
        Assert.Equal(0, Reported(name, formerCanonical, surface));
    }
}
