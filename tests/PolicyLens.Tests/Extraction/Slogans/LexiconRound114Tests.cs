// Specifications of round 114's entries (issue 13, lex114; tools/lexicon/curated/round114-lex114.txt): formulas the fresh 2024
// city reports write unquoted that the lexicon lacked, found in unseen26u's misses (Gold/formulas-unseen26u-*) and kept where
// the pool of 2024 city reports (JiangGufan/digital-governance @ 48a0d122, data/txt_doc_level/<city>.txt, not copied here) and
// the readable texts write them too. Readable places are read from their files; the Guangxi entry, which no readable report
// writes, is checked on a sentence of a pool report (its city and the repository named) and for its scope.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound114Tests
{
    private const string CityPilot = "市域社会治理现代化试点";

    [Theory]
    // 本着鼓励创新、包容审慎原则，制定新兴产业监管规则 (gwr 2017): the principle, bare.
    [InlineData("gwr/2017.txt", "包容审慎", "包容审慎", 1)]
    // 包容审慎柔性执法不断深化 (chengdu 2024); 坚持包容审慎执法 (luohu 2025).
    [InlineData("unseen/chengdu-gwr-2024.txt", "包容审慎", "包容审慎", 1)]
    [InlineData("unseen/luohu-gwr-2025.txt", "包容审慎", "包容审慎", 1)]
    // 推进市域社会治理现代化试点 (gwr 2021), the pilot whole, not its formula cut before 试点.
    [InlineData("gwr/2021.txt", CityPilot, CityPilot, 1)]
    [InlineData("unseen/shenzhen-gwr-2022.txt", CityPilot, CityPilot, 1)]
    // 成为全国市域社会治理现代化试点合格城市 (tongling 2024): the designation with its level word (round 46).
    [InlineData("unseen/tongling-gwr-2024.txt", CityPilot, "全国市域社会治理现代化试点合格城市", 1)]
    // 争创全国首批市域社会治理现代化试点示范城市 (shenzhen 2020): the rank 全国首批 stays outside.
    [InlineData("unseen/shenzhen-gwr-2020.txt", CityPilot, "市域社会治理现代化试点示范城市", 1)]
    // 扎实推进精文简会和基层减负工作 … 深入推进基层减负 (beijing 2024); 基层减负长效机制 (guangming 2025).
    [InlineData("unseen/beijing-gwr-2024.txt", "为基层减负", "基层减负", 2)]
    [InlineData("unseen/guangming-gwr-2025.txt", "为基层减负", "基层减负", 1)]
    // 深化主动治理、未诉先办 (beijing 2024).
    [InlineData("unseen/beijing-gwr-2024.txt", "未诉先办", "未诉先办", 1)]
    // 坚持严的基调、严的措施、严的氛围 (tongling 2024, chengdu 2024): the chain whole, not its first member.
    [InlineData("unseen/tongling-gwr-2024.txt", "严的基调、严的措施、严的氛围", "严的基调、严的措施、严的氛围", 1)]
    [InlineData("unseen/chengdu-gwr-2024.txt", "严的基调、严的措施、严的氛围", "严的基调、严的措施、严的氛围", 1)]
    // 高质量发展是新时代的硬道理 (tongling 2024), coded whole there.
    [InlineData("unseen/tongling-gwr-2024.txt", "新时代的硬道理", "高质量发展是新时代的硬道理", 1)]
    // 深入落实林长制、河（湖）长制、田长制 … 深入实施河（湖）长制 (laibin 2024).
    [InlineData("unseen/laibin-gwr-2024.txt", "河长制", "河（湖）长制", 2)]
    // 坚持大抓项目、抓大项目 (laibin 2024, twice).
    [InlineData("unseen/laibin-gwr-2024.txt", "大抓项目、抓大项目", "大抓项目、抓大项目", 2)]
    // 重实效、强实干、抓落实 (laibin 2024, a Guangxi report).
    [InlineData("unseen/laibin-gwr-2024.txt", "重实效、强实干、抓落实", "重实效、强实干、抓落实", 1)]
    public void A_readable_place_is_reported(string name, string canonical, string surface, int times)
    {
        Assert.Equal(times, Reported(name, canonical, surface));
    }

    [Theory]
    // First appearances in the national corpus, as rebuild.sh computed them.
    [InlineData("包容审慎", 2017, "gwr/2017.txt", 12213)]
    [InlineData(CityPilot, 2021, "gwr/2021.txt", 15757)]
    // The formula the pilot holds keeps its own first appearance.
    [InlineData("市域社会治理现代化", 2021, "gwr/2021.txt", 15757)]
    public void The_first_appearance_is_the_written_formula(string canonical, int year, string document, int offset)
    {
        CorpusAppearance first = Lexicon.Default.Find(canonical)!.NationalFirst!;
        Assert.Equal((year, document, offset), (first.Year, first.Document, first.Offset));
    }

    [Theory]
    // 制造强市 was tried as an entry and taken out: bare, the matcher already reports it as a city goal (subtype goal, no
    // entry), and its spelling 制造强市战略 cut the coded chain 产业立市、制造强市战略 (nantong 2024); 实施制造强市战略 (chengdu
    // 2024) stays the policy finder's.
    [InlineData("unseen/nantong-gwr-2024.txt")]
    [InlineData("unseen/chengdu-gwr-2024.txt")]
    public void Manufacturing_city_is_no_entry(string name)
    {
        Assert.DoesNotContain(InReport(name), m => m.Kind == MentionKind.Lexicon && m.Surface == "制造强市战略");
        Assert.Null(Lexicon.Default.Find("制造强市"));
    }

    [Fact]
    public void The_nantong_chain_keeps_its_place()
    {
        // 深入实施产业立市、制造强市战略 (nantong 2024): the policy finder's whole chain, coded so by formulas-unseen26u-u2.
        Assert.Contains(InReport("unseen/nantong-gwr-2024.txt"), m => m.Surface == "产业立市、制造强市战略");
    }

    [Fact]
    public void A_pool_sentence_reports_the_guangxi_charge()
    {
        // 柳州: 全面贯彻落实中央、自治区各项决策部署，重实效、强实干、抓落实 (JiangGufan/digital-governance, data/txt_doc_level/柳州.txt).
        AssertReportedOnlyWherePlaceIsNamed("广西", "重实效、强实干、抓落实",
            "{0}各级政府全面贯彻落实中央、{0}各项决策部署，在{0}{1}，聚焦稳存量、抓增量。");
    }
}
