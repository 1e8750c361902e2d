// Specifications of round 85's coined dates (issue 13, coined85): an entry's coined date (the first official use as the
// sources record it) no later than its national first appearance (the first_* columns: gwr + cpc-congress), and
// `lexicon check` warning of one that is later.
//
// The survey (main a0208895's lexicon): 20 entries had a coined year later than their national first appearance. Each first
// appearance read in its document:
// (a) the formula itself or its earlier wording, coined date corrected to that document (documented, its path in the note)
//     or to an earlier source known: 稳中求进工作总基调 2016-12 → 2011-12 (the December 2011 economic work conference; the
//     corpus from the NPC resolution of March 2012), 全面建成小康社会 2011-03 → 2007-10 (17th congress, 确保到二〇二〇年实现
//     全面建成小康社会的奋斗目标), 全面从严治党 2014-10 → 1987-10 (从严治党, 13th congress), 乡村全面振兴 2023-12 → 2022-03
//     (gwr 2022), 群众身边不正之风和腐败问题 2024 → 2022-10 (20th congress), 国家战略科技力量 2020-10 → 2017-10 (强化战略科技
//     力量, 19th), 人民币汇率在合理均衡水平上的基本稳定 2005 → 2004-03 (gwr 2004), 国有经济布局优化和结构调整 2020-06 →
//     2017-10 (19th), 中国特色城镇化道路 2007-10 → 2002-11 (走中国特色的城镇化道路, 16th), 求真务实 1999 → 1997-09 (求真务实的
//     风气 of the Party, 15th), 经得起实践、人民、历史检验 2026 → 2007-10 (17th), 主流思想舆论 2022-10 → 2012-11 (壮大主流思想
//     舆论, 18th), 为民务实清廉 2013-06 → 2012-11 (18th), 资源节约型社会 2005-10 → 2004-03 (gwr 2004), 改革强军、科技强军、
//     人才强军、依法治军 2022-10 → 2021-03 (gwr 2021).
// (b) not the formula, coined date kept and the note saying so ("earlier national use read: …"): 以人民为中心 (以人民为中心的
//     创作导向, cpc 2012, culture work), 全面深化改革 (全面深化改革和扩大开放, gwr 2006, an ordinary phrase), 五位一体 (its five
//     members listed in gwr 2009 before the layout was named), 两个大局 (Deng Xiaoping's, gwr 2000) and 社会主义教育运动 (the
//     1957 rural movement, gwr 1958): another formula of the name. No since year: the ordinary phrases are one document
//     each, and a since year would take the other formulas of the name away.
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class CoinedDateRound85Tests
{
    private const string Header = "canonical\tkind\ttheme\tfirst_year\tfirst_document\tfirst_offset\tfirst_form\tcoined\tvenue\tconfidence\tnote\n";

    [Fact]
    public void A_coined_date_later_than_the_national_first_appearance_is_a_warning_naming_both()
    {
        Lexicon lexicon = Lexicon.Parse(Header + "经得起实践、人民、历史检验\tslogan\tparty\t2007\tcpc-congress/17_2007.txt\t28084\tcanonical\t2026\tthe instruction on the right view of performance\tuncertain\t\n", "mine.tsv");

        LexiconProblem problem = Assert.Single(LexiconMaintenance.Check(lexicon), p => p.Check == "coined");

        Assert.False(problem.IsError);
        Assert.Equal("经得起实践、人民、历史检验", problem.Canonical);
        Assert.Contains("Coined 2026", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2007 cpc-congress/17_2007.txt@28084", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Coined in the year of the first appearance (the 17th congress report of October 2007).
    [InlineData("经得起实践、人民、历史检验\tslogan\tparty\t2007\tcpc-congress/17_2007.txt\t28084\tcanonical\t2007-10\t17th Party Congress report\tdocumented\t\n")]
    // Coined later, but the curator read the earlier place and wrote that it is not the formula.
    [InlineData("全面深化改革\tslogan\treform\t2006\tgwr/2006.txt\t20017\tcanonical\t2012-11\t18th Party Congress report\tcommon-knowledge\tearlier national use read: an ordinary phrase\n")]
    // No national first appearance recorded.
    [InlineData("数字人民币\tpolicy\teconomy\t\t\t\t\t2024-07\tthe third-plenum decision\tdocumented\t\n")]
    public void A_coined_date_consistent_with_the_corpus_or_read_is_no_warning(string row)
    {
        Lexicon lexicon = Lexicon.Parse(Header + row, "mine.tsv");

        Assert.DoesNotContain(LexiconMaintenance.Check(lexicon), p => p.Check == "coined");
    }

    [Fact]
    public void The_shipped_lexicon_has_no_coined_date_later_than_the_corpus_unread()
    {
        Assert.DoesNotContain(LexiconMaintenance.Check(Lexicon.Default), p => p.Check == "coined");
    }

    [Theory]
    [InlineData("经得起实践、人民、历史检验", "2007-10")]
    [InlineData("稳中求进工作总基调", "2011-12")]
    [InlineData("全面从严治党", "1987-10")]
    [InlineData("主流思想舆论", "2012-11")]
    [InlineData("群众身边不正之风和腐败问题", "2022-10")]
    public void A_corrected_entry_is_coined_no_later_than_its_national_first_appearance(string canonical, string coined)
    {
        LexiconEntry entry = Lexicon.Default.Find(canonical)!;

        Assert.Equal(coined, entry.First!.Date);
        Assert.True(entry.First.Year <= entry.NationalFirst!.Year, $"{canonical}: coined {entry.First.Date}, in the corpus from {entry.NationalFirst.Year}");
    }

    [Theory]
    // cpc-congress/18_2012.txt: 以人民为中心的创作导向, culture work's orientation, before the development thought (2015).
    [InlineData("以人民为中心", "2015-10")]
    // gwr/2000.txt: Deng Xiaoping's “两个大局”, another formula of the name.
    [InlineData("两个大局", "2019")]
    public void An_entry_whose_earlier_use_is_not_the_formula_keeps_its_coined_date(string canonical, string coined)
    {
        LexiconEntry entry = Lexicon.Default.Find(canonical)!;

        Assert.Equal(coined, entry.First!.Date);
        Assert.Contains("earlier national use read", entry.First.Note, StringComparison.Ordinal);
    }
}
