// Specifications of round 20 of the formula recall work (issue 13, branch national20), lexicon part: formulas of national
// currency that the fresh development gold (the dev and dev-recall* splits of FormulaGoldTests) codes and the lexicon lacked
// are found in real sentences of the development reports and the national corpus, whole.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of national currency the lexicon lacked before round 20 and spellings of existing entries
/// (tools/lexicon/curated/round20-national20.txt). Sentences of the development reports and the government work reports
/// (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound20Tests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Formulas_of_national_currency_are_found()
    {
        // gwr 2016 and jilin_2026.
        Assert.True(ReportsLexicon("坚持以开放促改革促发展。努力稳定对外贸易。", "以开放促改革促发展", "以开放促改革促发展"));

        // hubei_2026 and the central economic work conference of 2025: whole, not only 稳中求进.
        Assert.True(ReportsLexicon("坚持稳中求进、提质增效，持续扩大内需、优化供给。", "稳中求进、提质增效", "稳中求进、提质增效"));

        // gwr 2022 and liaoning_2026.
        Assert.True(ReportsLexicon("加大稳外贸稳外资力度，成功举办进博会。", "稳外贸稳外资", "稳外贸稳外资"));

        // gwr 2012 and zhumadian_2010.
        Assert.True(ReportsLexicon("深入推进社会管理创新，正确处理各类社会矛盾。", "社会管理创新", "社会管理创新"));

        // gwr 2015 and zhumadian_2018: the mechanism named in full.
        Assert.True(ReportsLexicon("落实重大决策社会稳定风险评估机制，有效预防和化解社会矛盾。", "社会稳定风险评估机制", "重大决策社会稳定风险评估机制"));

        // beijing_2026 and qinghai_2026: the formula of the central urban work conference of 2025.
        Assert.True(ReportsLexicon("坚持城市内涵式发展，完善城市治理工作体系。", "城市内涵式发展", "城市内涵式发展"));

        // hebei_2026 and gwr 2022.
        Assert.True(ReportsLexicon("加强盐碱地综合利用，高质量建设高标准农田。", "盐碱地综合利用", "盐碱地综合利用"));

        // anhui_2026 and 20_2022: the named strategy whole.
        Assert.True(ReportsLexicon("实施重大文化产业项目带动战略，深化文化领域国资国企改革。", "重大文化产业项目带动战略", "重大文化产业项目带动战略"));

        // liaoning_2026 and heilongjiang_2026: the designation programme, not 先进制造业集群 cut out of it.
        Assert.True(ReportsLexicon("装备、工业母机、绿色石化4个集群获评国家先进制造业集群。", "国家先进制造业集群", "国家先进制造业集群"));

        // gwr 2024 and anhui_2026.
        Assert.True(ReportsLexicon("积极打造生物制造、商业航天、低空经济等新增长引擎。", "商业航天", "商业航天"));
    }

    [Fact]
    public void Spellings_of_existing_entries_are_found_whole()
    {
        // qinghai_2026 and zhumadian_2023: the reform without 农村.
        Assert.True(ReportsLexicon("农牧区集体产权制度改革主体任务顺利完成。", "农村集体产权制度改革", "集体产权制度改革"));

        // zhumadian_2014: the older name of the merged pension scheme.
        Assert.True(ReportsLexicon("城乡居民社会养老保险实现全覆盖。", "城乡居民基本养老保险", "城乡居民社会养老保险"));

        // gansu_2026: the strategy's short form as a heading; the full name still wins where written.
        Assert.True(ReportsLexicon("扎实推进黄河流域生态保护。加快构建黄河上游生态保护屏障。", "黄河流域生态保护和高质量发展", "黄河流域生态保护"));
        Assert.True(ReportsLexicon("推动黄河流域生态保护和高质量发展。", "黄河流域生态保护和高质量发展", "黄河流域生态保护和高质量发展"));
    }
}
