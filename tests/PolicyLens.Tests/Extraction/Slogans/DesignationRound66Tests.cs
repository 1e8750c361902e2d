// Specifications of round 66 (issue 13, branch designation66): designations a place or unit wins or builds, read where round
// 56's won labels stopped short. A count of the units between the verb and the level (新增150家国家级…企业), the next member of a
// list a verb of winning opens (新增…、20家国家级制造业单项冠军企业), a glossary entry that defines a designation (6.国家级制造业
// 单项冠军企业：指…) and a quoted label inside the label (国家级专精特新“小巨人”企业, 国家“两业”融合试点) are the designation with its
// level word (the codebook's round-17, -46 and -47 decisions), counted with the formula or quoted words inside as its Label
// (round 43). Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Won designations after a count, in a list, in a glossary and around a quoted label (round 66).</summary>
public sealed class DesignationRound66Tests
{
    [Fact]
    public void Designations_counted_after_the_verb_keep_their_level()
    {
        // shenzhen-gwr-2024 (unseen26j): its gold codes 国家级专精特新小巨人企业 and 国家级制造业单项冠军企业 here.
        const string sentence = "提高上市公司质量，新增“个转企”2500家、“小升规”1000家，新增150家国家级专精特新“小巨人”企业、20家国家级制造业单项冠军企业。";
        List<SloganMention> found = Outermost(sentence);
        SloganMention giants = Assert.Single(found, m => m.Surface.Contains("小巨人", StringComparison.Ordinal));
        Assert.Equal("国家级专精特新“小巨人”企业", giants.Surface);
        Assert.Equal("国家级专精特新小巨人企业", giants.Canonical);
        // The formula inside is the Label (the golds of the older texts code 专精特新“小巨人” | 专精特新 there), and its theme stays.
        Assert.Equal("专精特新", giants.Label);
        Assert.Equal("economy", giants.Theme);
        Assert.Contains(found, m => m.Surface == "国家级制造业单项冠军企业");
    }

    [Fact]
    public void Each_member_of_a_list_a_verb_of_winning_opens_is_a_designation()
    {
        // shenzhen-gwr-2025 (unseen26j): its gold codes both labels with their level word.
        const string sentence = "完善初创企业、中小企业到世界一流企业的梯度培育体系，新增“个转企”1000家、“小升规”1000家、国家级专精特新“小巨人”企业200家、国家级制造业单项冠军企业25家。";
        List<SloganMention> found = Outermost(sentence);
        Assert.Contains(found, m => m.Surface == "国家级专精特新“小巨人”企业");
        Assert.Contains(found, m => m.Surface == "国家级制造业单项冠军企业");
    }

    [Fact]
    public void A_glossary_entry_defining_a_designation_is_the_designation()
    {
        // longgang-gwr-2025 (unseen26j): the glossary's entries are coded (国家级制造业单项冠军企业, 3 places with this one).
        const string entry = "\n\u3000\u30006.国家级制造业单项冠军企业：指在中国制造业中，长期专注于某些特定细分产品市场，生产技术或工艺国际领先，单项产品市场占有率位居全球前列的企业。";
        Assert.Contains(Outermost(entry), m => m.Surface == "国家级制造业单项冠军企业");
    }

    [Fact]
    public void A_quoted_label_inside_a_national_pilot_is_the_pilot()
    {
        // henan 2026: the judges read 国家“两业”融合试点 as the item and the cut “两业”融合 wrong (mentions-dev-boundary18.tsv); the
        // development gold codes 两业, which the mention's Label still answers.
        const string sentence = "支持郑州创建国家“两业”融合试点，新培育20家省级“两业”融合标杆企业。";
        SloganMention pilot = Assert.Single(Outermost(sentence), m => m.Surface.StartsWith("国家", StringComparison.Ordinal));
        Assert.Equal("国家“两业”融合试点", pilot.Surface);
        Assert.Equal("两业", pilot.Label);
    }

    [Fact]
    public void A_level_led_designation_counted_after_its_verb_keeps_its_theme()
    {
        // guizhou 2026: the count now signs the won label; the label keeps the theme of the formula inside, as before.
        const string sentence = "完成疾病预防控制机构改革。获批1个国家中医药传承创新发展示范城市。五级医疗卫生服务体系加快构建，更多群众就近“能看病、看好病”。";
        SloganMention city = Assert.Single(Outermost(sentence), m => m.Surface == "国家中医药传承创新发展示范城市");
        Assert.Equal("health", city.Theme);
    }

    [Fact]
    public void A_quoted_pilot_a_finder_reports_whole_is_left_as_found()
    {
        // hebei-gwr-2024 (unseen26f): the judges read “一刻钟便民生活圈”试点 right as found (mentions-dev-policy37.tsv).
        const string sentence = "推动石家庄、唐山、邯郸区域消费中心城市建设，抓好国家“一刻钟便民生活圈”试点，支持商业步行街、特色商业街改造升级；";
        Assert.Contains(Outermost(sentence), m => m.Surface == "“一刻钟便民生活圈”试点");
    }

    [Fact]
    public void A_member_of_a_list_of_what_a_place_added_without_a_formula_inside_is_left_alone()
    {
        // zhumadian 2024 (development gold): round 56's bare count in a list of what a place added stays no sign.
        const string sentence = "新增规上工业企业139家、国家级绿色工厂1家、国家级绿色供应链管理示范企业1家、省级智能工厂（车间）7家、5G基站2263个；";
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface == "国家级绿色工厂");
    }

    [Fact]
    public void A_bare_count_after_the_label_is_still_no_sign()
    {
        // shenzhen-gwr-2024: round 56's reading stays (a count a place holds, …工厂1家, signs no designation won).
        // Round 74 (designation74) changed this sentence: a state's title of firms right after its national level word is signed
        // by the level alone (DesignationRound74Tests; the text's gold codes 国家级专精特新小巨人企业 first), so the title is taken
        // here; the bare count stays no sign for other heads (the zhumadian 2024 list above).
        const string sentence = "国家级专精特新“小巨人”企业742家，居全国城市第二。";
        Assert.Contains(Outermost(sentence), m => m.Surface == "国家级专精特新“小巨人”企业");
    }
}
