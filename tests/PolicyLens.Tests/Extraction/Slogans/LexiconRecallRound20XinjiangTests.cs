// Specifications of round 20 of the formula recall work (issue 13, branch fresh20b), lexicon part: the formulas of national
// currency and the spelling curated from the misses of the fresh development gold (Gold/formulas-dev-recall20-xinjiang.tsv:
// xinjiang_2026, coded before the extractor was run on it) are found in real sentences of the development reports and the
// national corpus, whole. The sentences are taken from other texts than xinjiang_2026 (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or of a central document that the lexicon lacked before round 20, and a
/// spelling of an existing entry (tools/lexicon/curated/round20-fresh20b.txt).
/// </summary>
public sealed class LexiconRecallRound20XinjiangTests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Ethnic_work_formulas_of_the_central_documents_are_found_whole()
    {
        // gwr 2025; qinghai 2026.
        Assert.True(ReportsLexicon("我们要以铸牢中华民族共同体意识为主线，推进中华民族共同体建设，坚持和完善民族区域自治制度。", "中华民族共同体建设", "中华民族共同体建设"));
        // 17th congress, gwr 2010; qinghai 2026.
        Assert.True(ReportsLexicon("弘扬中华文化，建设中华民族共有精神家园。", "中华民族共有精神家园", "中华民族共有精神家园"));
        // gwr 2006-2023, 17th-19th congress.
        Assert.True(ReportsLexicon("促进各民族共同团结奋斗、共同繁荣发展。", "各民族共同团结奋斗、共同繁荣发展", "各民族共同团结奋斗、共同繁荣发展"));
        // gwr 2016 (the 2014 conference's spelling).
        Assert.True(ReportsLexicon("推动建立各民族相互嵌入式的社会结构和社区环境，促进各民族交往交流交融。", "互嵌式社会结构和社区环境", "相互嵌入式的社会结构和社区环境"));
    }

    [Fact]
    public void Formulas_of_the_congress_reports_and_the_gwr_are_found()
    {
        // 19th, 20th congress.
        Assert.True(ReportsLexicon("我们持之以恒正风肃纪，以钉钉子精神纠治四风。", "钉钉子精神", "钉钉子精神"));
        // gwr 2015, 2016, 2021, 2022, 20th congress.
        Assert.True(ReportsLexicon("加强煤炭清洁高效利用，减少散煤使用。", "煤炭清洁高效利用", "煤炭清洁高效利用"));
        // gwr 2014, 2015, 2016.
        Assert.True(ReportsLexicon("引导约1亿人在中西部地区就近城镇化。", "就近城镇化", "就近城镇化"));
        // qinghai 2026.
        Assert.True(ReportsLexicon("加强能源产供储销体系建设，推动油气增储上产。", "油气增储上产", "油气增储上产"));
    }

    [Fact]
    public void A_national_campaign_and_a_designation_programme_are_found_as_written()
    {
        // gansu 2026 (the campaign's full name).
        Assert.True(ReportsLexicon("河西走廊—塔克拉玛干沙漠边缘阻击战完成综合治理2413.62万亩。", "塔克拉玛干沙漠边缘阻击战", "河西走廊—塔克拉玛干沙漠边缘阻击战"));
        // chongqing, guangdong 2026 (国家); fujian, henan 2026, zhumadian 2024 (bare).
        Assert.True(ReportsLexicon("累计建设24个国家现代农业产业园、12个国家优势特色产业集群。", "优势特色产业集群", "国家优势特色产业集群"));
        Assert.True(ReportsLexicon("推进现代农业产业园、优势特色产业集群、产业化联合体建设。", "优势特色产业集群", "优势特色产业集群"));
    }

    [Fact]
    public void A_spelling_of_an_existing_entry_is_found()
    {
        // the common abbreviation of 长期护理保险 (a constructed sentence).
        Assert.True(ReportsLexicon("稳步推进长护险试点扩面。", "长期护理保险", "长护险"));
    }
}
