// Specifications of round 15 of the formula recall work (issue 13): quoted labels the quoted finder turned away as names or
// scare-quoted idioms that the codebook codes. A province's product label before 品牌 (“吉字号”品牌), and a quoted N位一体
// (数量、质量、生态“三位一体”保护), and a lexicon formula whose last word jieba joins to a trailing generic word (雪亮工程建设), on sentences of development reports, and the names and idioms it must still leave alone.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Quoted labels that name a programme although a name's or an idiom's cue stands by them: a province's label for its
/// products (X字号) before 品牌, and the integration formula N位一体 in quotation marks. Sentences of the development reports
/// (the file each comes from is named).
/// </summary>
public sealed class RecallRound15Tests
{
    [Fact]
    public void A_provinces_product_label_before_brand_is_the_branding_programme_not_a_brand_name()
    {
        // jilin_2026: the province's umbrella label, which the codebook codes (as the development gold codes 青字号).
        const string jilin = "生态渔业产值突破350亿元、实现倍增。“吉字号”品牌溢价效应凸显，人参全产业链产值增长";
        Assert.Null(Reason(jilin, "吉字号"));
        Assert.Contains(Quoted(jilin), m => m.Surface == "吉字号");

        // guangdong_2023: 品牌 after the label is what the programme brands, as 农产品 is after 青字号.
        Assert.Contains(Quoted("茶叶、花卉苗木等特色产业集群，培育更多“粤字号”品牌和地理标志产品。"), m => m.Surface == "粤字号");
    }

    [Fact]
    public void A_brand_of_a_product_or_a_place_is_still_not_reported()
    {
        // shaanxi_2026: a product brand (Shaanxi medicine) and fujian_2026: a place's tourism brand, neither X字号.
        Assert.NotNull(Reason("调整医疗服务价格。做强“秦药”品牌，提升中医药服务水平。", "秦药"));
        Assert.DoesNotContain(Quoted("持续打响“清新福建”品牌，让更多游客体验福建的山水之美。"), m => m.Surface == "清新福建");
    }

    [Fact]
    public void A_quoted_integration_formula_is_reported_though_the_dictionary_lists_it_as_an_idiom()
    {
        // zhumadian_2025 (coded 三位一体 by the development gold): the farmland formula, quantity, quality and ecology as one.
        const string zhumadian = "严守耕地保护红线。坚持数量、质量、生态“三位一体”保护，坚决遏制耕地“非农化”、有效";
        Assert.Null(Reason(zhumadian, "三位一体"));
        Assert.Contains(Mentions(zhumadian), m => m.Surface.Trim('“', '”') == "三位一体");

        // chongqing_2026: the cooperative reform of production, supply and marketing, and credit.
        Assert.Contains(Mentions("深化强村富民综合改革，推进生产、供销、信用“三位一体”改革，组建一批区域"), m => m.Canonical == "三位一体" || m.Label == "三位一体");
    }

    [Fact]
    public void Other_quoted_idioms_stay_sayings()
    {
        // anhui_2026: a saying that qualifies a stance, not a label (the codebook's quoted sayings that name no policy).
        Assert.NotNull(Reason("以“十年磨一剑”的定力打基础、利长远。", "十年磨一剑"));
        Assert.False(QuotedFinder.IsIntegrationFormula("一体化"));
        Assert.True(QuotedFinder.IsIntegrationFormula("四位一体"));
    }

    [Fact]
    public void A_goal_built_to_a_standard_of_its_era_is_still_the_whole_object_of_the_verb()
    {
        // sichuan_2026 (coded 天府粮仓 by the development gold, twice): era and standard words, with or without 的, between
        // 打造 and the label qualify the building, not the goal.
        Assert.Contains(Quoted("量突破2000亿元。打造新时代更高水平“天府粮仓”，率先探索耕地林地园地"), m => m.Surface == "天府粮仓");
        Assert.Contains(Quoted("良机良法集成增效，打造新时代更高水平的“天府粮仓”。守牢耕地保护红线"), m => m.Surface == "天府粮仓");
    }

    [Fact]
    public void Standard_words_after_a_verb_that_does_not_build_leave_a_figure_of_speech_alone()
    {
        // anhui_2026: 高质量的 qualifies firms to be attracted (招引), a figure of speech for big investments, not a goal.
        Assert.DoesNotContain(Quoted("以模式创新招引更多高科技、高性能、高质量的“金娃娃”。"), m => m.Surface == "金娃娃");
    }

    [Fact]
    public void City_goals_coordinated_before_one_building_are_each_built()
    {
        // beijing_2026 (coded 演艺之都 and 博物馆之城 by the development gold): 、 joins three goals that one 建设 closes.
        IReadOnlyList<SloganMention> beijing = Mentions("大运河、长城、西山永定河三条文化带建设扎实推进；演艺之都、博物馆之城、书香京城建设成效显著");
        Assert.Contains(beijing, m => m.Kind == MentionKind.Lexicon && m.Surface == "演艺之都");
        Assert.Contains(beijing, m => m.Kind == MentionKind.Lexicon && m.Surface == "博物馆之城");
    }

    [Fact]
    public void A_city_title_in_a_list_that_no_building_closes_stays_a_title()
    {
        // chongqing_2026: titles the city holds, listed before 等影响力, not goals it builds.
        Assert.DoesNotContain(Mentions("国际消费中心城市、全球设计之都、国际商事仲裁中心等影响力稳步提高，全市"), m => m.Surface.EndsWith("设计之都", StringComparison.Ordinal));
    }

    [Fact]
    public void A_formula_whose_last_word_jieba_joins_to_a_trailing_generic_word_is_found()
    {
        // zhumadian_2025 (coded 雪亮工程 and 全民健身 by the development gold): jieba segments 雪亮/工程建设 and 全民/健身活动, so the
        // formula's end fell inside a word; 建设 and 活动 are the words the codebook's boundary rule leaves out.
        Assert.Contains(Mentions("加快市大数据中心、雪亮工程建设，建成市智慧岛互联网数据中心"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "雪亮工程");
        Assert.Contains(Mentions("积极承办体育赛事，完善体育设施，开展全民健身活动。"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "全民健身");

        // gwr 1986: 四化建设, the four modernisations under construction.
        Assert.Contains(Mentions("科技进步以至整个四化建设，都离不开人才培养"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "四个现代化" && m.Surface == "四化");

        // gwr 2019: the level of a moderately prosperous society in all respects (全面/小康水平).
        Assert.Contains(Mentions("确保如期实现脱贫攻坚目标、农民生活达到全面小康水平。"), m => m.Kind == MentionKind.Lexicon && m.Surface == "全面小康");
    }

    [Fact]
    public void A_formula_run_into_a_word_that_is_not_a_trailing_generic_word_stays_cut()
    {
        // The example (和谐/社会环境): 社会环境 is a longer phrase of its own, not a word the sentence adds.
        Assert.DoesNotContain(Mentions("营造和谐社会环境。"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "和谐社会");
    }
}

