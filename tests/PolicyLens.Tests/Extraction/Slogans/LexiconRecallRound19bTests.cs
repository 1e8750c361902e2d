// Specifications of round 19b of the formula recall work (issue 13, branch fresh19b), lexicon part: the cross-document
// formulas and spellings curated from the misses of the fresh development gold (Gold/formulas-dev-recall19-guizhou.tsv:
// guizhou_2026, coded before the extractor was run on it) are found in real sentences of the development reports and the
// national corpus, whole.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or national years that the lexicon lacked before round 19b and spellings of
/// existing entries (tools/lexicon/curated/round19-fresh19b-2026.txt). Sentences of the development reports and the
/// government work reports (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound19bTests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Debt_and_fiscal_formulas_are_found_whole()
    {
        // guangdong, henan, jiangsu, qinghai 2026; guizhou 2026 writes 政府.
        Assert.True(ReportsLexicon("加强全口径地方债务监测监管，坚决遏制新增隐性债务。", "遏制新增隐性债务", "遏制新增隐性债务"));
        Assert.True(ReportsLexicon("坚决遏制新增政府隐性债务，加快推动展期、降息、置换。", "遏制新增隐性债务", "遏制新增政府隐性债务"));
        // gwr 2025; anhui, hebei, jilin 2026.
        Assert.True(ReportsLexicon("坚持政府过紧日子，推进财政科学管理，严肃财经纪律。", "财政科学管理", "财政科学管理"));
        // fujian, guizhou 2026: the mechanism whole, 高质量发展 inside it not reported apart.
        var mentions = Mentions("加快构建同高质量发展相适应的政府债务管理长效机制，切实推动财政可持续发展。");
        Assert.Contains(mentions, m => m.Canonical == "政府债务管理长效机制" && m.Surface == "同高质量发展相适应的政府债务管理长效机制" && !m.Nested);
        Assert.DoesNotContain(mentions, m => m.Surface == "高质量发展" && !m.Nested);
    }

    [Fact]
    public void Written_spellings_are_reported_whole()
    {
        // gwr 2025, henan 2026: the reform named with its aim.
        Assert.True(ReportsLexicon("稳妥推进地方中小金融机构改革化险。", "中小金融机构改革", "中小金融机构改革化险"));
        // henan, guizhou 2026: the three marks without 、.
        Assert.True(ReportsLexicon("加强普惠性基础性兜底性民生建设，推进基本公共服务均等化。", "普惠性、基础性、兜底性", "普惠性基础性兜底性"));
        // anhui, sichuan 2026: 横向 kept.
        Assert.True(ReportsLexicon("健全流域横向生态保护补偿机制，大熊猫国家公园建设扎实推进。", "横向生态保护补偿", "横向生态保护补偿机制"));
    }

    [Fact]
    public void Livelihood_and_rural_formulas_are_found()
    {
        // nine development reports and the central economic work conference of 2025; chongqing's quoted slogan whole.
        Assert.True(ReportsLexicon("坚持民生为大，努力为群众多办实事。", "民生为大", "民生为大"));
        Assert.True(ReportsLexicon("深化“中国式现代化，民生为大”市域实践。", "民生为大", "中国式现代化，民生为大"));
        // gwr 2024-2025, six development reports.
        Assert.True(ReportsLexicon("发展现代设施农业和智慧农业，推动农村一二三产业融合发展。", "现代设施农业", "现代设施农业"));
        // gwr 2025, chongqing 2026, zhumadian 2025.
        Assert.True(ReportsLexicon("扩大普惠养老服务，推动农村养老服务发展。", "普惠养老", "普惠养老"));
        // chongqing, liaoning, shaanxi 2026.
        Assert.True(ReportsLexicon("向中度以上失能老年人发放养老服务消费补贴。", "养老服务消费补贴", "养老服务消费补贴"));
        // guangdong, qinghai, sichuan 2026.
        Assert.True(ReportsLexicon("加强自然灾害监测预报预警，推进地质灾害避险搬迁，提高应对极端天气能力。", "地质灾害避险搬迁", "地质灾害避险搬迁"));
        // 19th congress; qinghai 2026 (和), guizhou 2026 (与).
        Assert.True(ReportsLexicon("健全农业社会化服务体系，实现小农户和现代农业发展有机衔接。", "小农户和现代农业发展有机衔接", "小农户和现代农业发展有机衔接"));
        // gwr 2019, 2022, 18th and 19th congress.
        Assert.True(ReportsLexicon("推进高等教育内涵式发展，优化高等教育布局。", "高等教育内涵式发展", "高等教育内涵式发展"));
    }
}
