// Specifications of tools/lexicon/curated/round41-spellings41.txt (issue 13, round 41): spellings the lexicon lacked for
// formulas it already held, reported under the entry's canonical. Sentences of the national corpus, the development reports
// and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class SpellingsRound41Tests
{
    [Theory]
    // provincial/sichuan_2026; unseen/cpc-science-conference-2026; gwr 2024; gwr 2025; unseen/hebei-gwr-2022;
    // unseen/baoding-gwr-2023; gwr 2021; gwr 2010; gwr 2016; gwr 2024.
    [InlineData("通过抢抓科技革命和产业变革新机遇，借鉴先发地区经验，", "科技革命和产业变革", "新一轮科技革命和产业变革")]
    [InlineData("中国科学院、中国工程院要团结全国科技界把握新一轮科技革命方向，勇攀世界科学高峰。", "新一轮科技革命", "新一轮科技革命和产业变革")]
    [InlineData("城乡居民收入差距继续缩小。脱贫攻坚成果巩固拓展，脱贫地区农村居民收入增长8.5%。", "脱贫攻坚成果巩固拓展", "巩固拓展脱贫攻坚成果")]
    [InlineData("居民人均可支配收入实际增长5.1%，脱贫攻坚成果持续巩固拓展，义务教育、基本养老、基本医疗等保障水平稳步提升。", "脱贫攻坚成果持续巩固拓展", "巩固拓展脱贫攻坚成果")]
    [InlineData("推进净化绿化美化亮化工程，改造老旧小区3698个，新增城市公共停车位17万个。", "改造老旧小区", "老旧小区改造")]
    [InlineData("实施都市现代农业强市行动计划，推进一二三产融合发展，", "一二三产融合发展", "农村一二三产业融合发展")]
    [InlineData("加强应急救援力量建设，提高防灾减灾抗灾救灾能力，", "防灾减灾抗灾救灾", "防灾减灾救灾")]
    [InlineData("又要加快经济结构调整、推动经济发展方式转变取得实质性进展，", "经济发展方式转变", "加快转变经济发展方式")]
    [InlineData("今年要完成1000万以上农村贫困人口脱贫任务，其中易地搬迁脱贫200万人以上，", "易地搬迁", "易地扶贫搬迁")]
    [InlineData("推进防止返贫就业攻坚行动，强化易地搬迁后续帮扶。", "易地搬迁后续帮扶", "易地搬迁后续扶持")]
    public void The_spelling_is_reported_under_the_entry(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    [Fact]
    // provincial/hebei gwr 2022 (unseen): with 农村 the longer spelling wins the place.
    public void The_rural_spelling_keeps_its_word()
    {
        Assert.Contains(Outermost("推动农业规模化、产业化、绿色化、品牌化，加快农村一二三产融合发展。"),
            m => m.Surface == "农村一二三产融合发展" && m.Canonical == "农村一二三产业融合发展");
    }

    [Fact]
    // provincial/beijing_2026: bare 老旧小区 names a kind of estate, not the policy, and stays unreported.
    public void The_bare_estates_are_not_the_policy()
    {
        Assert.DoesNotContain(Outermost("为800个老旧小区引入物业服务。"), m => m.Canonical == "老旧小区改造");
    }
}
