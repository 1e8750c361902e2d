// Specifications of round 77 (issue 13, branch designation77): a demonstration county and a demonstration park written after a
// national level word (国家水土保持示范县, 全国综合减灾示范县（区）, 国家级文化产业示范园区) are state designations a county,
// district or park is awarded or applies for: the label with its level (and the bracketed grade where written) is the item, as
// the level rule already reads …示范区 and …基地. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Level-led demonstration counties and parks (round 77).</summary>
public sealed class DesignationRound77Tests
{
    [Fact]
    public void A_national_demonstration_county_is_a_designation_label()
    {
        // longhua-gwr-2024 (unseen26k): its gold codes 国家水土保持示范县.
        SloganMention county = Assert.Single(Outermost("获评“两山”实践优秀区、中国气候宜居县、国家水土保持示范县、全国减污降碳协同创新试点。"), m => m.Surface.EndsWith("示范县", StringComparison.Ordinal));
        Assert.Equal("国家水土保持示范县", county.Surface);
        Assert.Equal(DesignationLabel.Subtype, county.Subtype);
    }

    [Fact]
    public void A_demonstration_county_keeps_its_bracketed_grade()
    {
        // futian-gwr-2023 (unseen26l): its gold codes 全国综合减灾示范县（区）; shenzhen-gwr-2022 (unseen26j): 国家信访工作示范县（区）.
        Assert.Contains(Outermost("强化食品药品全链条监管。争创全国综合减灾示范县（区）。维护社会大局稳定。"), m => m.Surface == "全国综合减灾示范县（区）");
        Assert.Contains(Outermost("深化平安深圳建设，创建国家信访工作示范县（区），完善社会矛盾纠纷多元调处综合机制。"), m => m.Surface == "国家信访工作示范县（区）");
    }

    [Fact]
    public void A_national_demonstration_park_is_a_designation_label()
    {
        // shenzhen-gwr-2024 (unseen26j): its gold codes 国家级文化产业示范园区.
        SloganMention park = Assert.Single(Outermost("龙岗数字创意产业走廊成功创建国家级文化产业示范园区。全年接待游客1.7亿人次。"), m => m.Surface.EndsWith("园区", StringComparison.Ordinal));
        Assert.Equal("国家级文化产业示范园区", park.Surface);
        Assert.Equal(DesignationLabel.Subtype, park.Subtype);
    }

    [Fact]
    public void A_county_honoured_with_the_title_is_left_unreported()
    {
        // zhumadian 2020 (development): one county's title won (获…称号), as the honour rule reads titles (codebook: 荣获…称号).
        Assert.DoesNotContain(Outermost("汝南县获国家级渔业健康养殖示范县称号。"), m => m.Surface.EndsWith("示范县", StringComparison.Ordinal));
    }
}
