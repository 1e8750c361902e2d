// Specifications of the fifth round of the policy finder (issue 13): programmes named after an introducing verb, numbered
// labels before a generic head, city openings, and place-branded campaigns and X强省 goals, each on a sentence of a
// development report (the file is named in the test data).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Named programmes, local campaigns and goals that no lexicon can hold, found with whole boundaries.</summary>
public sealed class ProgrammeNameTests
{
    // The pattern finders alone (an empty lexicon), so that a programme a lexicon lists is still seen by the rule under test.
    private static readonly SloganExtractor PatternsOnly = new(Lexicon.Parse("# no entries\n", "none"));

    private static string[] Policies(string text) =>
        [.. PatternsOnly.Extract(text, new ExtractionContext("t", 2026)).Where(m => m.Kind == MentionKind.Policy).Select(m => m.Surface)];

    private static IReadOnlyList<SloganMention> Extract(string text) => SloganExtractor.Default.Extract(text, new ExtractionContext("t", 2026));

    [Theory]
    [InlineData("宗消费。开展消费品质提升行动，清理消费领域", "消费品质提升行动")] // hebei 2026: 提升 inside the name
    [InlineData("国际化。实施产业创新工程，加快生物医药", "产业创新工程")] // hebei 2026: a four-character stem
    [InlineData("跨境电商物流基地。开展服务保障进外企行动，促进外", "服务保障进外企行动")] // hebei 2026: was cut to 保障进外企行动
    [InlineData("耕地保护和质量提升。实施百亿斤粮食产能提升工程，推进", "百亿斤粮食产能提升工程")] // henan 2026
    [InlineData("落实企业职工基本养老保险全国统筹制度三年提质行动。启动", "企业职工基本养老保险全国统筹制度三年提质行动")] // henan 2026
    [InlineData("打好污染防治攻坚战。实施空气质量提升进位行动，巩固", "空气质量提升进位行动")] // zhumadian 2024
    public void A_programme_after_an_introducing_verb_is_the_whole_stretch_to_its_head(string text, string expected)
    {
        Assert.Contains(expected, Policies(text));
        Assert.DoesNotContain(Policies(text), p => p != expected && expected.Contains(p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("万工程”经验，实施新一轮农村公路及村庄道路提升行动，开展农", "农村公路及村庄道路提升行动")] // jilin 2026
    [InlineData("资比重。实施长期资本和耐心资本培育计划，争", "长期资本和耐心资本培育计划")] // anhui 2026
    public void Coordinated_words_inside_an_introduced_name_are_kept_together(string text, string expected)
    {
        Assert.Equal([expected], Policies(text));
    }

    [Fact]
    public void A_first_conjunct_with_a_head_of_its_own_is_a_name_of_its_own()
    {
        // hubei 2026: 自贸试验区提升战略 and 综保区提质升级行动 are two.
        Assert.DoesNotContain(Policies("提升开放平台。实施自贸试验区提升战略和综保区提质升级行动，支持"), p => p.Contains('和', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("深化重点领域改革。启动新一轮国资国企改革行动，持续推进国企", "国资国企改革行动")] // henan 2026: the round is not the name
    [InlineData("绕“以绿制绿”，加快推进实施绿电直连工程，推动桥头", "绿电直连工程")] // qinghai 2026: nor a second verb
    public void Rounds_and_second_verbs_stay_out_of_the_name(string text, string expected)
    {
        Assert.Equal([expected], Policies(text));
    }

    [Theory]
    [InlineData("落实落细民生工程。实施稳岗扩容提")] // hebei 2026: a category, after a verb of the sentence
    [InlineData("研发制造基地，实施光电信息先进制造业集群建设工程，重点突破")] // jilin 2026: building a kind of facility
    [InlineData("继续保持在全国第一方阵。实施长春市饮用水安全保供工程，")] // jilin 2026: one city's own project
    [InlineData("发展，用好人才发展基金，实施重点人才计划，强化科教协同育")] // xinjiang 2026: the key plans of a field
    [InlineData("批省级重点改革任务和苏南五市两年行动方案。深化")] // jiangsu 2026: five cities' joint plan, and its 方案
    [InlineData("高水平职业院校建设。优化实施省市重大人才工程，引进培育一批战")] // guangdong: the major projects of a field
    public void Categories_building_works_and_a_citys_own_projects_are_not_named_programmes(string text)
    {
        Assert.Empty(Policies(text));
    }

    [Fact]
    public void A_stem_of_one_generic_word_is_no_name_even_after_an_introducing_verb()
    {
        // gansu 2026 reads 实施农村水利惠民工程 (a name: reported); 实施民生工程 alone would be a category.
        Assert.Equal(["农村水利惠民工程"], Policies("中心20个。八是实施农村水利惠民工程，建设"));
        Assert.Empty(Policies("落实落细民生工程。实施稳岗扩容提"));
    }

    [Fact]
    public void After_a_numbered_label_a_policy_is_the_sentences_word_for_the_label()
    {
        // sichuan 2026 (gold: 15条, a policy-document nickname like 惠企“二十条”).
        Assert.DoesNotContain(Policies("出台支持创业带动就业“15条”政策，直接扶持创业"), p => p.Contains("15条", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("科技型、外向型企业高质量发展“双20条”政策，强化重点市重点", "“双20条”政策", false)] // a count of articles
    [InlineData("快榆阳机场开放口岸建设，用好“240小时过境免签”政策，提升出入境便利", "“240小时过境免签”政策", true)] // the policy itself
    public void Only_a_label_that_counts_articles_or_sectors_gives_up_its_head(string text, string name, bool reported)
    {
        Assert.Equal(reported, Policies(text).Contains(name));
    }

    [Fact]
    public void A_numbered_label_keeps_a_programmes_own_head()
    {
        // sichuan 2026: 工程 is part of the programme's name (and, since policy round 15, so is the qualifier 重大慢性病防治
        // between the introducing verb and the label: codebook, cut cores).
        Assert.Equal(["重大慢性病防治“四早”工程"], Policies("中心建设，实施重大慢性病防治“四早”工程。推进城市有机更"));
    }

    [Fact]
    public void A_stem_opening_with_a_word_ending_in_shi_is_a_city_only_when_the_word_is_a_city()
    {
        // zhumadian 2010: 质量兴市 names no city, so the strategy is a name; 长春市… is the city's project (jilin 2026).
        Assert.Equal(["质量兴市战略"], Policies("进优势企业做大做强。全面实施质量兴市战略，引导企业加大技"));
        Assert.Empty(Policies("实施长春市饮用水安全保供工程，"));
    }

    [Theory]
    [InlineData("经济社会发展取得新成就，现代化河南建设迈出新步伐。", "现代化河南")] // henan 2026
    [InlineData("加快科技成果转化应用，推动创新型河北建设。", "创新型河北")] // hebei 2026
    [InlineData("制宜发展新质生产力，加快建设科教强省。", "科教强省")] // henan 2026
    [InlineData("储能规划建设总规模全国第一，新型能源强省建设取得重大进展", "新型能源强省")] // hebei 2026
    [InlineData("向海发展、向海图强，建设临港产业强省，打造沿海经济", "临港产业强省")] // hebei 2026
    [InlineData("深入推进工业兴省制造强省，培育壮大新兴产", "工业兴省制造强省")] // sichuan 2026
    [InlineData("大力开展招才引智。制定出台人才强市实施意见", "人才强市")] // zhumadian 2018
    public void Place_branded_campaigns_and_goals_are_formulas_as_written(string text, string expected)
    {
        SloganMention m = Assert.Single(Extract(text), m => m.Surface == expected);
        Assert.Equal(MentionKind.Lexicon, m.Kind);
        Assert.Equal(expected, m.Canonical);
    }

    [Theory]
    [InlineData("各展所长、竞相发展。持续推进强省会行动，支持兰州科技创", "强省")] // gansu 2026: 强省会 is 强/省会
    [InlineData("才能筑牢经济繁荣富强、人民幸福安康、社会和谐稳定的", "幸福安康")] // 安康 is also a city
    [InlineData("业，培育5个特色农业县、5个工业强县、3个文旅强县。", "强县")] // counted designations
    [InlineData("培育行动，建设一批农业强县、工业强县、旅游名县。", "农业强县")] // a batch of designated counties
    [InlineData("件好、综合实力强的县进入全国百强县行列。", "强县")] // a ranking
    public void Words_rankings_and_designations_are_not_campaigns_or_goals(string text, string notExpected)
    {
        Assert.DoesNotContain(Extract(text), m => m.Kind == MentionKind.Lexicon && m.Subtype is "place" or "goal" && m.Surface.Contains(notExpected, StringComparison.Ordinal));
    }
}
