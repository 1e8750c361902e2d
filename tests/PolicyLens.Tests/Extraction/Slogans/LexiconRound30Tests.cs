// Specifications of round 30 (issue 13, branch lexicon30): lexicon data fixed from the opened unseen26b set. (A) A chain is
// reported with the fixed object every occurrence writes (做强做优做大实体经济, 实现好、维护好、发展好最广大人民根本利益); a class of zones (国家级新区) and a quality in a list
// (bare 敢为人先) are no formula. (B) National formulas the unseen26b and unseen26 coders code (解放和发展社会生产力,
// 脱实向虚, 和谐劳动关系, 国家战略人才力量 …). Sentences of the national corpus, the development reports and the unseen texts.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound30Tests
{
    [Theory]
    // unseen/cpc-real-economy-speech-2026; cpc-congress 20.
    [InlineData("我们要保持战略定力，坚定不移把自己的事情办好，不断做强做优做大实体经济，全面增强自主创新能力。", "做强做优做大实体经济")]
    [InlineData("我们要实现好、维护好、发展好最广大人民根本利益，紧紧抓住人民最关心最直接最现实的利益问题。", "实现好、维护好、发展好最广大人民根本利益")]
    public void A_chain_is_reported_with_the_object_it_is_written_with(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface);
    }

    [Fact]
    public void The_state_capital_chain_stays_bare()
    {
        // unseen/cpc-third-plenum-decision-2024.
        Assert.Contains(Outermost("推动国有资本和国有企业做强做优做大，增强核心功能，提升核心竞争力。"), m => m.Surface == "做强做优做大");
    }

    [Theory]
    // gwr 2017; gwr 2016; municipal/zhumadian_2018.
    [InlineData("推动国家级新区、开发区、产业园区等创新发展。", "国家级新区")]
    [InlineData("大力弘扬创新文化，厚植创新沃土，营造敢为人先、宽容失败的良好氛围。", "敢为人先")]
    [InlineData("对党忠诚、诚信守法、善于创造、敢为人先、专业专心、治企有方、兴企有为。", "敢为人先")]
    public void Zones_in_a_list_and_qualities_are_no_formula(string text, string word)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Surface == word);
    }

    [Theory]
    // gwr 2016; gwr 2017; gwr 2014; gwr 2024; cpc-congress 20; gwr 2022.
    [InlineData("提高全要素生产率，不断解放和发展社会生产力。", "解放和发展社会生产力")]
    [InlineData("增强服务实体经济能力，坚决防止脱实向虚。", "脱实向虚")]
    [InlineData("推进工资集体协商，构建和谐劳动关系。", "和谐劳动关系")]
    [InlineData("促进人才区域合理布局和协调发展。加快建设国家战略人才力量。", "国家战略人才力量")]
    [InlineData("努力让人民群众在每一个司法案件中感受到公平正义。", "让人民群众在每一个司法案件中感受到公平正义")]
    [InlineData("中国始终是世界和平的建设者、全球发展的贡献者、国际秩序的维护者。", "世界和平的建设者、全球发展的贡献者、国际秩序的维护者")]
    public void National_formulas_of_the_unseen_misses_are_entries(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface);
    }
}
