// Specifications of the policy finder's tenth round (issue 13): where a named programme begins and ends. A short field noun
// before a quoted label is part of the name; a place, a share, a clause's verb or a longer phrase before it is not; a leading
// verb (a pair of verbs, 深化拓展, or a clause's 创新) is no part of a name. Part 2: a quoted label keeps the 改革 that completes
// its name before the clause's predicate, and a lexicon entry inside the established name that qualifies it is reported as
// that name. Each rule on real sentences of the development reports and the national corpus (the file each comes from is named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// The boundaries of a policy name: the field a quoted programme label belongs to is reported with it (制造业人才“十百千万”专项行动,
/// not “十百千万”专项行动), and what only introduces, places or restricts the programme stays out; the head that completes a
/// labelled reform stays in (“三攻坚一盘活”改革), and so does the qualifier of an established name (残疾人两项补贴).
/// </summary>
public sealed class PolicyBoundaryRound10Tests
{
    // The whole name is one policy mention at its place in the sentence, and nothing shorter inside it is reported as well.
    private static void AssertWholeName(string sentence, string name, string label)
    {
        int start = sentence.IndexOf(name, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the sentence holds {name}");
        IReadOnlyList<SloganMention> policies = Policies(sentence);
        SloganMention whole = Assert.Single(policies, m => m.Start == start && m.End == start + name.Length);
        Assert.Equal(name, whole.Surface);
        // Round 43 (the codebook's decision on a quoted label with a programme head): the canonical is the whole name, the
        // label is recorded beside it.
        Assert.Equal(name.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal), whole.Canonical);
        Assert.Equal(label, whole.Label);
        Assert.DoesNotContain(policies, m => m.Start > start && m.End <= start + name.Length);
    }

    [Theory]
    [InlineData("实施制造业当家“一把手”工程，开展“亩均”等高质量发展考核评价。", "制造业当家“一把手”工程", "一把手")] // guangdong 2023
    [InlineData("实施制造业人才“十百千万”专项行动，组建产业创新人才联盟。", "制造业人才“十百千万”专项行动", "十百千万")] // guangdong 2023
    [InlineData("深化企业上市“千里马”行动，优化民营企业融资机制，提升中小微企业融资便利水平。", "企业上市“千里马”行动", "千里马")] // chongqing 2026
    [InlineData("推进农业水价综合改革，探索宅基地“三权分置”改革。", "宅基地“三权分置”改革", "三权分置")] // zhumadian 2020
    [InlineData("推动重大文化惠民项目建设，广播电视“村村通”工程向“户户通”升级。", "广播电视“村村通”工程", "村村通")] // gwr 2015
    public void A_short_field_noun_before_a_quoted_label_is_part_of_the_programme_name(string sentence, string name, string label) =>
        AssertWholeName(sentence, name, label);

    [Fact]
    public void A_field_cut_from_a_longer_phrase_stays_out_and_the_label_with_its_head_is_the_name()
    {
        // sichuan 2026: 强化监督 is a verb phrase inside 自然保护地强化监督; the run before the label is not a field.
        const string Sichuan2026 = "深入实施自然保护地强化监督“绿盾”行动。";
        AssertWholeName(Sichuan2026, "“绿盾”行动", "绿盾");
    }

    [Fact]
    public void A_verb_opening_the_clause_is_no_field_of_the_plan()
    {
        // gwr 1986: looking back on the Sixth Five-Year Plan.
        const string Gwr1986 = "回顾“六五”计划开始执行的时候，我们大家都没有料到会取得今天这样的成就。";
        Assert.DoesNotContain(Policies(Gwr1986), m => m.Surface.Contains("回顾", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_and_its_verb_at_the_clause_start_are_no_field_of_the_pilot()
    {
        // gansu 2026: a new district that was selected for the pilot.
        const string Gansu2026 = "兰州新区入围“科创中国”试点城市。";
        Assert.DoesNotContain(Policies(Gansu2026), m => m.Surface.Contains("兰州", StringComparison.Ordinal) || m.Surface.Contains("入围", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_of_something_before_the_label_restricts_the_pilot_and_is_no_part_of_its_name()
    {
        // guangdong 2024: the pilot turns some of the fiscal subsidies into investments.
        const string Guangdong2024 = "深入推进创造型引领型改革，实施部分财政资金“补改投”改革试点，地方国企改革、省级政府质量工作获评国家A级，";
        Assert.DoesNotContain(Policies(Guangdong2024), m => m.Surface.Contains("财政资金", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_before_the_label_says_where_the_programme_runs_and_is_no_part_of_its_name()
    {
        // jiangsu 2026: 宿迁 is the city of the demonstration zone.
        const string Jiangsu2026 = "推进宿迁“四化”同步集成改革示范区建设。";
        Assert.DoesNotContain(Policies(Jiangsu2026), m => m.Surface.Contains("宿迁", StringComparison.Ordinal));
    }

    [Fact]
    public void The_verb_pair_深化拓展_opens_no_programme_name()
    {
        // guangdong 2023: to deepen and extend the programme of communication abroad.
        const string Guangdong2023 = "深化拓展对外传播工程，让中国故事、湾区故事、广东故事传遍四面八方。";
        IReadOnlyList<SloganMention> policies = Policies(Guangdong2023);
        Assert.DoesNotContain(policies, m => m.Surface.StartsWith("拓展", StringComparison.Ordinal) || m.Surface.StartsWith("深化", StringComparison.Ordinal));

        // guangdong 2026: the same pair before a quoted label, which keeps its own start.
        const string Guangdong2026 = "畅通高校、科研院所、企业人才交流通道，深化拓展“百万英才汇南粤”行动，以最大力度不唯地域、不问出身、不求所有、不拘一格、不遗余力引进、培养、使用、协作和服务各类人才。";
        AssertWholeName(Guangdong2026, "“百万英才汇南粤”行动", "百万英才汇南粤");
    }

    [Fact]
    public void 创新_opening_a_policy_is_the_clause_verb()
    {
        // guangdong 2023: to renew the policies that draw and serve overseas Chinese.
        const string Guangdong2023 = "以侨为桥推进高水平开放，坚持老侨新侨并重，创新聚侨惠侨政策，持续深入推进“文化引侨、平台联侨、政策惠侨、经济聚侨”系列工作。";
        Assert.DoesNotContain(Policies(Guangdong2023), m => m.Surface.StartsWith("创新", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("“三攻坚一盘活”改革纵深突破，实施5批次19组集团层面战略性重组，市属重点国企由51家整合为33家。", "“三攻坚一盘活”改革", "三攻坚一盘活")] // chongqing 2026
    [InlineData("狠抓为基层减负工作落实，“一表同享”改革实现区域和业务领域全覆盖，乡镇（街道）履行职责事项清单全面建立；", "“一表同享”改革", "一表同享")] // jiangxi 2026
    [InlineData("零基预算改革纵深推进，“大资产”统筹管理、“农业保险+”改革全面推开，“免申即享”“即申即享”兑付资金64.5亿元。", "“农业保险+”改革", "农业保险+")] // anhui 2026
    public void A_quoted_label_keeps_the_reform_that_completes_its_name_when_the_clause_goes_on_with_its_predicate(string sentence, string name, string label) =>
        AssertWholeName(sentence, name, label);

    [Fact]
    public void A_noun_after_a_labelled_reform_or_policy_is_what_it_qualifies_and_no_name_ends_there()
    {
        // hubei 2026: the direction the reform sets, not a reform of that name.
        const string Hubei2026 = "坚持有效市场和有为政府相结合，按照“精兵简政、放权赋能”改革方向加快转变政府职能，";
        Assert.DoesNotContain(Policies(Hubei2026), m => m.Surface.EndsWith("改革", StringComparison.Ordinal));

        // xinjiang 2026: the effects of the policy nicknamed after its nine articles; the label stays the formula.
        const string Xinjiang2026 = "特色林果1400万吨以上，“牧九条”政策效应持续显现，猪牛羊禽肉223万吨，水产品20.6万吨。";
        Assert.DoesNotContain(Policies(Xinjiang2026), m => m.Surface.Contains("牧九条", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_in_式_names_a_manner_of_reform_and_no_programme()
    {
        // guangdong 2023: integrated reform, a way of reforming.
        const string Guangdong2023 = "重大国家战略叠加效应充分释放，“集成式”改革取得重要进展，更高水平开放型经济新体制基本形成。";
        Assert.DoesNotContain(Policies(Guangdong2023), m => m.Surface.Contains("集成式", StringComparison.Ordinal));
    }

    private static IReadOnlyList<SloganMention> Formulas(string text) =>
        [.. SloganExtractor.Default.Extract(text, new ExtractionContext("t", 2026)).Where(m => m.Kind == MentionKind.Lexicon)];

    [Theory]
    [InlineData("九是提高低保、特困人员、孤儿基本生活和残疾人两项补贴保障水平。", "残疾人两项补贴", "两项补贴")] // guangdong 2023
    [InlineData("组建紧密型城市医疗集团39个、县域医共体192个，5个国家区域医疗中心建设项目落地四川。", "县域医共体", "县域医共体")] // sichuan 2026 (round 34: its own entry)
    [InlineData("全面实施跨境服务贸易负面清单。", "跨境服务贸易负面清单", "负面清单")] // gwr 2024
    [InlineData("今年要在全国范围建立农村最低生活保障制度，这是加强“三农”工作、构建和谐社会的又一重大举措。", "农村最低生活保障", "最低生活保障")] // gwr 2007
    [InlineData("新增养老机构床位2939张，完成特殊困难老年人家庭适老化改造1.5万户，老年医院实现市域全覆盖。", "特殊困难老年人家庭适老化改造", "适老化改造")] // liaoning 2026
    public void A_formula_inside_the_established_name_that_qualifies_it_is_reported_as_that_whole_name(string sentence, string name, string canonical)
    {
        int start = sentence.IndexOf(name, StringComparison.Ordinal);
        IReadOnlyList<SloganMention> formulas = Formulas(sentence);
        SloganMention whole = Assert.Single(formulas, m => m.Canonical == canonical);
        Assert.Equal((start, start + name.Length), (whole.Start, whole.End));
        Assert.Equal(name, whole.Surface);
    }

    [Fact]
    public void A_formula_with_no_qualifier_of_its_name_in_front_keeps_its_own_boundaries()
    {
        // gwr 1997: the system itself, after the verb that set it up.
        const string Gwr1997 = "现在全国有１００多个城市建立了最低生活保障制度，这是保障居民基本生活需要的重要措施。";
        SloganMention plain = Assert.Single(Formulas(Gwr1997), m => m.Canonical == "最低生活保障");
        Assert.Equal("最低生活保障", plain.Surface);

        // gansu 2026: of three parks that share the head, the one written with it is a programme of its own.
        const string Gansu2026 = "加快长城、长征、黄河国家文化公园甘肃段和河西走廊国家遗产线路建设。";
        SloganMention park = Assert.Single(Formulas(Gansu2026), m => m.Canonical == "国家文化公园");
        Assert.Equal("黄河国家文化公园", park.Surface);
    }
}
