// Specifications of round 19 of the formula recall work (issue 13, branch fresh19c), lexicon part: the cross-document
// formulas and spellings curated from the misses of the fresh development gold (Gold/formulas-dev-recall19-heilongjiang.tsv:
// heilongjiang_2026, coded before the extractor was run on it) are found in real sentences of the development reports and
// the national corpus, whole.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or national years that the lexicon lacked before round 19 and spellings of
/// existing entries (tools/lexicon/curated/round19-fresh19c-2026.txt). Sentences of the development reports and the
/// government work reports (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound19cTests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Formulas_of_the_national_discourse_are_found()
    {
        // cewc 2025 and nine development reports (jiangsu 2026 here).
        Assert.True(ReportsLexicon("坚持民生为大，切实把好事办实、实事办好。", "民生为大", "民生为大"));
        // anhui, chongqing, heilongjiang 2026.
        Assert.True(ReportsLexicon("追求实实在在、没有水分的增长，杜绝新官不理旧账。", "实实在在、没有水分的增长", "实实在在、没有水分的增长"));
        // gwr 2010, 20th congress, heilongjiang 2026.
        Assert.True(ReportsLexicon("加快人才资源开发。人才是第一资源。", "人才是第一资源", "人才是第一资源"));
        // hubei, heilongjiang 2026.
        Assert.True(ReportsLexicon("支持开展以需求为牵引的有组织科研攻关和以供给为导向的自由探索创新。", "有组织科研", "有组织科研"));
        Assert.True(ReportsLexicon("坚持开放合作、互利共赢，努力推进标准更高的开放。", "开放合作、互利共赢", "开放合作、互利共赢"));
        // 20th congress, heilongjiang 2026.
        Assert.True(ReportsLexicon("坚持受贿行贿一起查，惩治新型腐败和隐性腐败。", "新型腐败和隐性腐败", "新型腐败和隐性腐败"));
        // gwr 2016, 19th congress; fujian, qinghai, shaanxi, heilongjiang 2026, zhumadian 2025.
        Assert.True(ReportsLexicon("加强生态安全屏障建设。健全生态保护补偿机制。", "生态安全屏障", "生态安全屏障"));
        Assert.True(ReportsLexicon("进一步筑牢生态安全屏障，下气力治理关中地区空气污染。", "生态安全屏障", "生态安全屏障"));
    }

    [Fact]
    public void Programmes_of_national_currency_are_found()
    {
        // henan, heilongjiang 2026.
        Assert.True(ReportsLexicon("落实城乡居民增收计划、个人消费贷款财政贴息、职工带薪错峰休假等政策。", "个人消费贷款财政贴息", "个人消费贷款财政贴息"));
        // shaanxi, heilongjiang, xinjiang 2026.
        Assert.True(ReportsLexicon("严格执行市场准入负面清单、地方政府招商引资鼓励和禁止事项清单，规范税收优惠。", "地方政府招商引资鼓励和禁止事项清单", "地方政府招商引资鼓励和禁止事项清单"));
        // heilongjiang 2026; gwr 2016, 2021 write the two subsidies out, which stay one item (两项补贴).
        Assert.True(ReportsLexicon("困难残疾人生活补贴标准提高25%，增幅均为近五年最高。", "困难残疾人生活补贴", "困难残疾人生活补贴"));
        // Round 22 (heldback22): written with 制度, the system as the State Council names it, the spelling is whole.
        Assert.True(ReportsLexicon("全面建立实施困难残疾人生活补贴和重度残疾人护理补贴制度。", "两项补贴", "困难残疾人生活补贴和重度残疾人护理补贴制度"));
        Assert.False(ReportsLexicon("全面建立实施困难残疾人生活补贴和重度残疾人护理补贴制度。", "困难残疾人生活补贴", "困难残疾人生活补贴"));
    }

    [Fact]
    public void Written_spellings_are_reported_whole()
    {
        // gwr 2004-2025 and twelve development reports: the strategy written as its aim.
        Assert.True(ReportsLexicon("促进区域协调发展，提高新型城镇化质量。", "区域协调发展", "区域协调发展")); // an entry of its own since national19 (round 19)
        // heilongjiang 2026: the action in a coordination with a shared head.
        Assert.True(ReportsLexicon("实施稳岗扩容提质、产业就业协同联动、创业带动就业扩容等行动计划。", "稳岗扩容提质行动", "稳岗扩容提质"));
        // guangdong, shaanxi, heilongjiang 2026.
        Assert.True(ReportsLexicon("推动基础教育扩优提质，稳步推行免费学前教育。", "基础教育扩优提质行动", "基础教育扩优提质"));
        // gwr 2022, 2024, heilongjiang 2026.
        Assert.True(ReportsLexicon("加强黑土地保护和盐碱地综合治理。", "黑土地保护工程", "黑土地保护"));
        // gwr 2021, zhumadian 2020, heilongjiang 2026.
        Assert.True(ReportsLexicon("切忌在工作中搞一刀切，切实为基层松绑减负。", "为基层减负", "为基层松绑减负"));
        // heilongjiang 2026: written without 、.
        Assert.True(ReportsLexicon("坚决当好贯彻党中央决策部署的执行者行动派实干家。", "执行者、行动派、实干家", "执行者行动派实干家"));
        // gwr 2018, heilongjiang 2026: with 中央, no longer cut to 环保督察.
        Assert.True(ReportsLexicon("开展中央环保督察，严肃查处违法案件。", "生态环境保护督察", "中央环保督察"));
        // gwr 2024; liaoning, qinghai, heilongjiang 2026: with its sector, no longer cut from 制造业.
        Assert.True(ReportsLexicon("实施制造业重点产业链高质量发展行动，着力补齐短板。", "重点产业链高质量发展行动", "制造业重点产业链高质量发展行动"));
    }
}
