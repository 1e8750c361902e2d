// Specifications of the numbered, quoted, parallel and policy finders' eleventh precision round (issue 13): each rule on a real
// sentence of a development report or of the national corpus that it must drop, and on one that it must keep.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Counts and selections of things, groups of people, firms and sites, events named with a quoted label, chains that
/// qualify an event, and single construction projects are no formulas; the formulas beside them stay. Sentences of the development reports and of
/// the national corpus (the file each comes from is named).
/// </summary>
public sealed class FinderPrecisionRound11Tests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static bool Reports(string text, MentionKind kind, string surface) =>
        Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == kind && m.Surface == surface);

    private static bool ReportsAny(string text, string surface) =>
        Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Surface.Contains(surface, StringComparison.Ordinal));

    [Fact]
    public void Things_counted_by_件_sets_and_rankings_in_quotes_are_counts_while_a_count_of_programmes_stays()
    {
        // guizhou_2026: the year's ten practical items.
        Assert.False(Reports("悠悠万事，民生为大，今年要继续办好“十件民生实事”。", MentionKind.Quoted, "十件民生实事"));

        // anhui_2026: a set of local products among the sights of a consumption drive.
        Assert.False(ReportsAny("“百戏入皖·星耀合肥”、“超级皖”美食争霸赛、“广德三件套”、徽州鱼灯等掀起消费新热潮。", "广德三件套"));

        // zhumadian_2015: a ranking of cooperatives.
        Assert.False(ReportsAny("发展家庭农场500家，培育100家市级“百强示范社”，全市土地流转面积达到400万亩。", "百强示范社"));

        // guangdong_2024: ten programmes, a numbered formula.
        Assert.True(Reports("深入实施“民生十大工程”，及时回应人民群众合理诉求。", MentionKind.Quoted, "民生十大工程"));
    }

    [Fact]
    public void Nicknames_of_groups_of_people_or_firms_are_names_while_a_numbered_role_stays()
    {
        // gansu_2026: six old men who planted the desert; zhejiang_2026: six young firms of Hangzhou.
        Assert.False(ReportsAny("八步沙林场“六老汉”三代人治沙造林群体荣获“全国防沙治沙英雄群体”称号。", "六老汉"));
        Assert.False(ReportsAny("阿里千问、DeepSeek等通用模型性能全球领先，杭州“六小龙”等新锐科创企业火爆“出圈”。", "六小龙"));

        // beijing_2026: the capital's four roles.
        Assert.True(Reports("加强“四个中心”功能建设，提高“四个服务”水平。", MentionKind.Numbered, "四个中心"));
    }

    [Fact]
    public void Rivers_stores_zones_and_roads_counted_are_places_while_a_layout_of_barriers_stays()
    {
        // hunan_2026: the province's four rivers; zhumadian_2015: a bonded centre's two warehouses.
        Assert.False(ReportsAny("连续9年实施污染防治攻坚战“夏季攻势”，“四水”干流稳定在Ⅱ类水质。", "四水"));
        Assert.False(ReportsAny("抓好驻马店保税中心“两仓”建设和验收，为企业进出口提供便利条件。", "两仓"));

        // gwr 1984: zones counted; gwr 1958: roads counted.
        Assert.False(ReportsAny("这些港口城市和四个经济特区，在沿海联成一线，形成我国对外开放的前沿地带。", "四个经济特区"));
        Assert.False(ReportsAny("公路建设，由交通部负责施工的，共有十一条线路，主要是通往西南少数民族地区的公路。", "十一条线路"));

        // fujian_2026: the province's layout of ecological barriers, judged a formula (set-aside 4).
        Assert.True(Reports("巩固互花米草除治成果，筑牢“两屏一带六江两溪”生态安全屏障。", MentionKind.Numbered, "两屏一带六江两溪"));
    }

    [Fact]
    public void A_quoted_label_running_on_into_a_contest_names_the_event_while_one_before_an_activity_stays()
    {
        // fujian_2026: the label of an entrepreneurship contest.
        Assert.False(ReportsAny("第二届全国职工数字化应用技术技能大赛、“鹭引五洲 才聚八闽”2025全球创新创业大赛。", "鹭引五洲"));

        // zhumadian_2025: an online shopping festival.
        Assert.False(ReportsAny("发放电子消费券，开展“双品”网购节、电商直播大赛、线下促销等活动，促进消费回补。", "双品"));

        // anhui_2026: a matchmaking campaign the government runs.
        Assert.True(Reports("强化重点市重点行业联系包保服务，开展“百场万企”产需对接活动，降低企业用电、用气、物流成本。", MentionKind.Quoted, "百场万企"));
    }

    [Fact]
    public void Flood_works_sections_of_a_line_and_counted_works_are_construction_while_a_national_programme_stays()
    {
        // gwr 1956, 2004, 1995: one flood diversion, one section of a pipeline, several fertiliser plants.
        Assert.False(Reports("恢复了洞庭湖滨的堤垸，举办了汉水下游分洪工程，基本上完成了淮河的南湾水库工程。", MentionKind.Policy, "汉水下游分洪工程"));
        Assert.False(Reports("三峡水利枢纽二期工程胜利完成，三期工程拉开序幕；西气东输东段工程成功贯通。", MentionKind.Policy, "西气东输东段工程"));
        Assert.False(ReportsAny("全国现代化数字通信网络将基本建成，几个大化肥工程的投产将为农业提供新的支持。", "大化肥工程"));

        // gwr 2008: the lunar exploration programme.
        Assert.True(Reports("载人航天飞行和首次月球探测工程圆满成功。", MentionKind.Policy, "首次月球探测工程"));
    }

    [Fact]
    public void A_chain_qualifying_an_event_describes_it_while_a_chain_framed_as_a_requirement_stays()
    {
        // zhejiang_2026: the qualities of the Asian Games.
        Assert.False(Reports("成功举办杭州第19届亚运会、第4届亚残运会，向世界奉献了一场“中国特色、亚洲风采、精彩纷呈”的体育文化盛会。", MentionKind.Parallel, "中国特色、亚洲风采、精彩纷呈"));

        // hubei_2026: a chain the text frames as a principle (no lexicon entry holds it, so the parallel finder reports it).
        Assert.True(Reports("秉持“弱的就强、缺的就补、错的就改”原则，完成144项省级科技政策系统清理；", MentionKind.Parallel, "弱的就强、缺的就补、错的就改"));

        // guangdong_2024: the theme education's general requirement, a lexicon entry since round 23 (kind23).
        Assert.True(Reports("牢牢把握“学思想、强党性、重实践、建新功”的总要求。", MentionKind.Lexicon, "学思想、强党性、重实践、建新功"));
    }
}
