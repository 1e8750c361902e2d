// Specifications of the numbered finder's fifteenth precision round (issue 13, branch numbered15): counts that pick the largest
// things, counts of states, counts a demonstrative points back to, counts of a noun after an activity noun, counts that
// announce a list after a colon, and two spans of time are no numbered formulas; the formulas beside them stay. Every sentence is a real one of the national corpus or a development report (named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// A numeral and a measure before a superlative, before a word for states, after 这/那, before X建设方针 or a colon, and
/// 一时一地 or 一人一亩 count things, spans or quantities,
/// so the numbered finder reports none of them; numbered formulas in the same texts are still reported.
/// </summary>
public sealed class NumberedCountRound15Tests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static bool Reports(string text, MentionKind kind, string surface) =>
        Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == kind && m.Surface == surface);

    private static bool ReportsNumbered(string text, string surfacePart) =>
        Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == MentionKind.Numbered && m.Surface.Contains(surfacePart, StringComparison.Ordinal));

    [Fact]
    public void A_superlative_after_the_count_picks_the_largest_things_and_is_no_formula()
    {
        // gwr 1955: the five largest coal firms; gwr 1992: the two largest developing countries.
        Assert.False(ReportsNumbered("其中五个最大的煤矿企业在一九五七年将达到的年产能力如下：抚顺矿务局所属煤矿为九百三十万吨。", "五个最大"));
        Assert.False(ReportsNumbered("中国和印度是世界上两个最大的发展中国家，两国关系的改善，对促进本地区乃至世界的稳定与和平都将发挥重要作用。", "两个最大"));

        // gwr 2017: the three regional strategies, a numbered formula.
        Assert.True(Reports("统筹推进三大战略和“四大板块”发展，实施好相关规划，研究制定新举措。", MentionKind.Numbered, "三大战略"));
    }

    [Fact]
    public void A_count_of_states_counts_things()
    {
        // gwr 1984: the two superpowers; China and the Soviet Union as two great powers.
        Assert.False(ReportsNumbered("两个超级大国的全球性争夺继续加剧，核军备竞赛不断升级。", "超级大国"));
        Assert.False(ReportsNumbered("中苏两个大国和睦相处，不但符合两国人民的根本利益和共同愿望，而且有利于亚洲和世界和平。", "两个大国"));

        // gwr 1959: "two Chinas", the quoted formula of the policy towards Taiwan, stays.
        Assert.True(Reports("任何割裂中国领土、制造“两个中国”的阴谋，都是中国人民绝对不能容许的。", MentionKind.Numbered, "两个中国"));
    }

    [Fact]
    public void A_count_after_a_demonstrative_points_back_to_named_things()
    {
        // gwr 1982: the two principles just stated; gwr 1988: the Basic Laws of Hong Kong and Macao.
        Assert.False(ReportsNumbered("要按照这两条原则，结合企业的改组联合，逐步合理调整企业的隶属关系。", "两条原则"));
        Assert.False(ReportsNumbered("这两个基本法，把中国政府对港澳的方针政策用法律的形式规定下来，必将对港澳今后几十年的发展起十分重要的作用。", "两个基本法"));

        // The same count with no demonstrative before it is still read (gwr 2017's 三大战略 above; 这 + N大 is left alone).
        Assert.True(Reports("统筹推进三大战略和“四大板块”发展，实施好相关规划，研究制定新举措。", MentionKind.Numbered, "三大战略"));
    }

    [Fact]
    public void A_time_a_place_and_a_measure_of_land_are_spans_and_quantities_not_formula_units()
    {
        // gwr 1985: "for a time, in one place".
        Assert.False(ReportsNumbered("追求过高的速度，即使一时一地勉强搞上去了，也会因为能源、交通等基础设施和原料、材料的供应无法承受而难以为继。", "一时一地"));

        // gwr 1978: one mu of farmland per head, a quantity of land.
        Assert.False(ReportsNumbered("按农业人口达到一人一亩旱涝保收、高产稳产农田，农林牧副渔都达到较高水平。", "一人一亩"));

        // guizhou_2026: one plan per county, a compound formula.
        Assert.True(Reports("强化市（州）对县域经济特别是产业发展的精准指导，“一县一策”指导各县找准主导产业，打造一批工业大县。", MentionKind.Numbered, "一县一策"));
    }

    [Fact]
    public void A_count_whose_measure_counts_a_noun_after_an_activity_noun_counts_that_noun()
    {
        // gwr 1981: ten principles of economic construction (十项|经济|建设|方针), not a formula 十项经济.
        Assert.False(ReportsNumbered("国务院提出的以上十项经济建设方针，涉及的问题比较广泛。", "十项经济"));

        // gwr 1981: the same sentence's campaign, 五讲四美活动, is still a numbered formula before 活动.
        Assert.True(Reports("我们必须继续提倡社会主义精神文明，开展五讲四美活动，抵制和克服各种剥削阶级思想以及其他非无产阶级思想的侵蚀。", MentionKind.Numbered, "五讲四美"));
    }

    [Fact]
    public void An_unquoted_count_before_a_colon_announces_the_items_it_counts()
    {
        // gwr 1987: three principles, then listed; the 1977 congress report: two possibilities, then listed.
        Assert.False(ReportsNumbered("总结我们自己的经验和借鉴国外的经验，利用外资必须把握三条原则：第一、借外债的总额要有控制。", "三条原则"));
        Assert.False(ReportsNumbered("这后一部分人犯走资派错误，有两个可能性：第一，改过来；第二，改不过来。", "两个可能性"));

        // zhumadian_2010: a quoted formula before its colon and its list stays.
        Assert.True(Reports("坚持“三个结合”：一是坚持把保增长与改善民生、调整结构结合起来。", MentionKind.Numbered, "三个结合"));
    }
}
