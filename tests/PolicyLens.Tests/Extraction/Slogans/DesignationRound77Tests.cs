// Specifications of round 77 (issue 13, branch designation77): a demonstration county written after a national level word with
// its bracketed grade (全国综合减灾示范县（区）, 国家信访工作示范县（区）) is a state designation a county or district applies for:
// the label with its level and grade is the item, as the level rule already reads …示范区 and …基地. Without the grade the
// county is left as before (the development gold leaves it uncoded where no formula is inside). Every sentence is a real one
// of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Level-led demonstration counties with their bracketed grade (round 77).</summary>
public sealed class DesignationRound77Tests
{
    [Fact]
    public void A_national_demonstration_county_with_its_grade_is_a_designation_label()
    {
        // futian-gwr-2023 (unseen26l): its gold codes 全国综合减灾示范县（区）.
        SloganMention county = Assert.Single(Outermost("强化食品药品全链条监管。争创全国综合减灾示范县（区）。维护社会大局稳定。"), m => m.Surface.Contains("示范县", StringComparison.Ordinal));
        Assert.Equal("全国综合减灾示范县（区）", county.Surface);
        Assert.Equal(DesignationLabel.Subtype, county.Subtype);

        // shenzhen-gwr-2022 (unseen26j): its gold codes 国家信访工作示范县（区）.
        Assert.Contains(Outermost("深化平安深圳建设，创建国家信访工作示范县（区），完善社会矛盾纠纷多元调处综合机制。"), m => m.Surface == "国家信访工作示范县（区）");
    }

    [Fact]
    public void A_lexicon_county_with_its_grade_is_redrawn_with_the_grade()
    {
        // baoding-gwr-2025 (unseen26f): its gold codes 国家乡村振兴示范县（区） | 国家乡村振兴示范县.
        Assert.Contains(Outermost("打造200个左右省级和美乡村。推进竞秀区国家乡村振兴示范县（区）建设，办好全省和美乡村建设推进会。"), m => m.Surface == "国家乡村振兴示范县（区）");
    }

    [Fact]
    public void A_demonstration_county_without_a_grade_is_left_as_before()
    {
        // zhumadian 2024 (development): its gold leaves 全国科普示范县 uncoded (no formula inside).
        Assert.DoesNotContain(Outermost("汝南县成功创建全国信访工作示范县，泌阳县成功创建全国科普示范县，正阳县被评为全国农业科技现代化先行县。"), m => m.Surface.EndsWith("示范县", StringComparison.Ordinal));
    }
}
