// Specifications of tools/lexicon/curated/round57-recall57.txt (issue 13, round 57, recall57): named policies, programmes and
// campaigns the Shenzhen sets' coders (unseen26j, unseen26k, unseen26l) code in two or more readable texts and the start build
// reported nothing for, quoted ones included where the quoted finder refuses the label. Sentences of the opened unseen texts
// and of the development reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class RecallRound57Tests
{
    [Theory]
    // unseen/baoan-gwr-2024; unseen/luohu-gwr-2025; unseen/baoan-gwr-2024.
    [InlineData("深入落实区域协调发展、“百千万工程”部署，全省首个“反向飞地”揭牌运作，深圳宝安（龙川）产业转移工业园加快建设。", "反向飞地")]
    [InlineData("新开展“百千万工程”帮扶协作，携手陆丰打造第二个“反向飞地”。", "反向飞地")]
    [InlineData("新改扩建社康机构25家，推动15家社康达到“优质服务基层行”国家推荐标准。", "优质服务基层行")]
    public void The_named_programmes_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == surface);
    }

    [Fact]
    // unseen/luohu-gwr-2025: 超充之城 in quotation marks is reported once, as the lexicon's.
    public void The_super_charging_city_is_reported_once()
    {
        var found = Outermost("积极建设“超充之城”，新建超充站99座。");
        Assert.Single(found, m => m.Surface == "超充之城");
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "超充之城");
    }
}
