// Specifications of round 79 (issue 13, branch level79): a designation reported with the level word written before it keeps
// that word in its span and canonical (the codebook's round-46 decision) and carries its name without the level word as its
// Label, so a gold row that codes the designation without the level word (二轮土地延包整县试点, hebei 2023-2024) answers the
// mention at the coded place. National and provincial titles stay apart under their canonicals. Every sentence is a real one
// of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The level-free name of a level-led designation (round 79).</summary>
public sealed class DesignationRound79Tests
{
    [Fact]
    public void A_national_pilot_keeps_its_level_in_the_span_and_is_named_without_it()
    {
        // hebei-gwr-2024 (unseen26f): its gold codes 二轮土地延包整县试点 | 二轮延包整县试点 | 二轮土地延包 | 二轮延包.
        SloganMention pilot = Assert.Single(Outermost("科创板上市实现零的突破。完成国家级二轮土地延包整县试点任务。营商环境明显改善。"), m => m.Surface.Contains("试点", StringComparison.Ordinal));
        Assert.Equal("国家级二轮土地延包整县试点", pilot.Surface);
        Assert.Equal("国家级二轮土地延包整县试点", pilot.Canonical);
        Assert.Equal(DesignationLabel.Subtype, pilot.Subtype);
        Assert.Equal("二轮土地延包整县试点", pilot.Label);
    }

    [Fact]
    public void A_row_coding_the_designation_without_its_level_answers_the_mention()
    {
        // hebei-gwr-2025 (unseen26f): its gold codes 盐碱地综合利用试点 | 盐碱地综合利用, once.
        List<SloganMention> mentions = Outermost("总产781.8亿斤，创历史最高水平。开展国家盐碱地综合利用试点，建成高标准农田450万亩。");
        Assert.Contains(mentions, m => m.Surface == "国家盐碱地综合利用试点" && m.Label == "盐碱地综合利用试点");
        CodedFormula row = new("t", "unseen", ["盐碱地综合利用试点", "盐碱地综合利用"], 1, new HashSet<MentionKind> { MentionKind.Lexicon, MentionKind.Policy }, "");
        Assert.Equal(1, FormulaRecall.Score("t", [row], mentions).Found);
    }

    [Fact]
    public void National_and_provincial_titles_keep_apart_canonicals_and_share_the_level_free_name()
    {
        // hubei 2026 and jiangxi 2026 (development): the national and the provincial green factory.
        SloganMention national = Assert.Single(Outermost("可再生能源装机容量占比提高到68.6%，国家级绿色工厂达到268家、绿色矿山达到53家。"), m => m.Surface.Contains("绿色工厂", StringComparison.Ordinal));
        SloganMention provincial = Assert.Single(Outermost("推进零碳园区、零碳工厂建设，力争新增省级绿色工厂200家左右。"), m => m.Surface.Contains("绿色工厂", StringComparison.Ordinal));
        Assert.Equal("国家级绿色工厂", national.Canonical);
        Assert.Equal("省级绿色工厂", provincial.Canonical);
        Assert.Equal("绿色工厂", national.Label);
        Assert.Equal("绿色工厂", provincial.Label);
    }

    [Fact]
    public void A_formula_inside_that_names_the_programme_stays_the_label()
    {
        // shenzhen-gwr-2025 (unseen26j): its gold codes 国家级专精特新小巨人企业 | … | 专精特新.
        Assert.Contains(Outermost("国家高新技术企业突破2.5万家。新增国家级专精特新“小巨人”企业296家、总数达1025家。"), m => m.Canonical == "国家级专精特新小巨人企业" && m.Label == "专精特新");
    }

    [Fact]
    public void National_security_before_a_barrier_is_no_level_word()
    {
        // cpc-15th-fyp-outline (development): 国家安全 is national security, not the state's level of a 安全屏障.
        Assert.DoesNotContain(Outermost("生态系统多样性稳定性持续性不断提升。——国家安全屏障更加巩固。国家安全体系和能力进一步加强。"), m => m.Label == "安全屏障");
    }
}
