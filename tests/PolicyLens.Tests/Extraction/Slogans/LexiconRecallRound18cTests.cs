// Specifications of round 18c of the formula recall work (issue 13, branch fresh18c), lexicon part: the cross-document
// formulas and spellings curated from the misses of the fresh development gold (Gold/formulas-dev-recall18c.tsv:
// chongqing_2026 and zhumadian_2009, coded before the extractor was run on them) are found in real sentences of the
// development reports and the national corpus, whole.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or national years that the lexicon lacked before round 18c
/// (tools/lexicon/curated/round18c-2026.txt) and spellings of existing entries (curated/variants18c-2026.txt). Sentences of
/// the development reports and the government work reports (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound18cTests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void The_units_of_the_stabilising_formulas_are_found_alone_and_the_chain_stays_whole()
    {
        // chongqing_2026: the 四稳 one by one, then as the chain (an entry of its own, reported whole).
        Assert.True(ReportsLexicon("全力稳就业，强化高校毕业生等青年就业帮扶。", "稳就业", "稳就业"));
        Assert.True(ReportsLexicon("全力稳企业，建立优化服务企业机制。", "稳企业", "稳企业"));
        Assert.True(ReportsLexicon("全力稳市场，加力扩围实施两重两新政策。", "稳市场", "稳市场"));
        Assert.True(ReportsLexicon("全力稳预期，制定实施一批增量政策。", "稳预期", "稳预期"));
        Assert.DoesNotContain(Mentions("着力稳就业、稳企业、稳市场、稳预期，推动经济实现质的有效提升。"), m => m.Surface == "稳就业" && !m.Nested);
        // gwr 2009 and zhumadian 2009: the crisis formula.
        Assert.True(ReportsLexicon("坚决打好扩内需、保增长这场硬仗。", "扩内需、保增长", "扩内需、保增长"));
    }

    [Fact]
    public void Formulas_of_the_national_discourse_are_found()
    {
        // 17th congress, gwr 2008-2009, zhumadian 2009.
        Assert.True(ReportsLexicon("加强以改善民生为重点的社会建设。", "以改善民生为重点的社会建设", "以改善民生为重点的社会建设"));
        Assert.True(ReportsLexicon("大力弘扬以爱国主义为核心的民族精神和以改革创新为核心的时代精神。", "以爱国主义为核心的民族精神和以改革创新为核心的时代精神", "以爱国主义为核心的民族精神和以改革创新为核心的时代精神"));
        // chongqing 2026, 17th congress; chongqing and sichuan 2026, 19th and 20th congress.
        Assert.True(ReportsLexicon("如临如履、谦虚谨慎，真正做到为民、务实、清廉。", "为民、务实、清廉", "为民、务实、清廉"));
        Assert.True(ReportsLexicon("落实意识形态工作责任制，深化主流媒体系统性变革。", "意识形态工作责任制", "意识形态工作责任制"));
        // zhumadian 2009-2010, gwr 1992-2013; 14 national documents and 7 development reports.
        Assert.True(ReportsLexicon("加强社区建设，完善村民自治。", "村民自治", "村民自治"));
        Assert.True(ReportsLexicon("允许农民流转土地承包经营权，发展多种形式的适度规模经营。", "适度规模经营", "适度规模经营"));
        // anhui, chongqing, guizhou, jiangsu 2026.
        Assert.True(ReportsLexicon("繁荣发展互联网条件下的新大众文艺，持续推出一批文艺精品。", "新大众文艺", "新大众文艺"));
    }

    [Fact]
    public void Programmes_of_national_currency_are_found()
    {
        // gwr 2004-2010 and zhumadian 2009-2010: the four farm subsidies.
        Assert.True(ReportsLexicon("对农民实行粮食直补、良种补贴、农机具购置补贴和农业生产资料综合补贴。", "粮食直补", "粮食直补"));
        Assert.True(ReportsLexicon("对农民实行粮食直补、良种补贴、农机具购置补贴和农业生产资料综合补贴。", "良种补贴", "良种补贴"));
        Assert.True(ReportsLexicon("对农民实行粮食直补、良种补贴、农机具购置补贴和农业生产资料综合补贴。", "农机购置补贴", "农机具购置补贴"));
        // gwr 2010-2012, zhumadian 2018.
        Assert.True(ReportsLexicon("发展壮大农作物种业，大规模开展高产创建。", "高产创建", "高产创建"));
        // gwr 2009, 2011 and zhumadian 2009; gwr 2009-2012 and zhumadian 2009-2010.
        Assert.True(ReportsLexicon("全面实行城乡免费义务教育，对所有农村义务教育阶段学生免除学杂费。", "免费义务教育", "城乡免费义务教育"));
        Assert.True(ReportsLexicon("继续实施农村部分计划生育家庭奖励扶助制度。", "农村部分计划生育家庭奖励扶助", "农村部分计划生育家庭奖励扶助制度"));
        // chongqing 2026, zhumadian 2017, 2020.
        Assert.True(ReportsLexicon("提质建设两岸青山千里林带和国家储备林，推进生态清洁小流域建设。", "国家储备林", "国家储备林"));
    }

    [Fact]
    public void Written_spellings_are_reported_whole()
    {
        // chongqing_2026: 保险 shortened to 险.
        Assert.True(ReportsLexicon("推进医养结合，完善长期护理险制度。", "长期护理保险", "长期护理险"));
        // zhumadian 2009, 2011, gwr 2013, guangdong 2026: the reform named by its object.
        Assert.True(ReportsLexicon("加快推进农村集体林权制度和水管单位改革。", "集体林权制度改革", "集体林权制度"));
        Assert.True(ReportsLexicon("深化集体林权制度改革，完善生态补偿机制。", "集体林权制度改革", "集体林权制度改革"));
    }
}
