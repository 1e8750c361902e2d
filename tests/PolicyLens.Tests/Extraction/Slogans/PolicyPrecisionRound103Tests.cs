// Specifications of round 103 (policy103, issue 13): policy mentions read wrong on fresh text (unseen26n's judged sample, opened
// for round 103) whose shape recurs in other readable reports. Verbs that take a programme as their object (借鉴, 承接, 谋划,
// 酝酿) join PolicyFinder.Stops; PolicyFinder.DropPlannedAmounts removes 计划 before an amount invested. Two rules were reverted
// (PolicyFinder.NotNames.cs says why): descriptions in a report's numbered glossary (the held-out guards fell), and a list closed
// by 等 with its category (right at its readable places, but on unread text it cut a programme named “X”等…工程, right whole for
// both blind judges, to the bare label): the readable lists closed by 等 stay as the start build reported them.
// Every sentence is a real one of a readable text (named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Policy names round 103 cut, redrew or removed, and the names kept beside them.</summary>
public sealed class PolicyPrecisionRound103Tests
{
    [Fact]
    public void A_verb_that_takes_a_policy_as_object_is_left_out_of_its_name()
    {
        // unseen/shenzhen-gwr-2020: judged wrong (boundary: leading verb 借鉴 included).
        var found = Policies("以前海蛇口自贸片区建设为引领，借鉴自由贸易港政策，助推规则、规制、管理、标准等制度型开放。");
        Assert.Contains(found, m => m.Surface == "自由贸易港政策");
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("借鉴", StringComparison.Ordinal));
    }

    [Fact]
    public void A_programme_taken_on_starts_after_the_verb_of_taking_it_on()
    {
        // unseen/shenzhen-gwr-2020: judged wrong (主动承接 included; the item is 国家重点研发计划).
        var found = Policies("主动承接国家重点研发计划和重大专项，实施“一技一策”，加快突破关键核心领域“卡脖子”技术。");
        Assert.Contains(found, m => m.Surface == "国家重点研发计划");
    }

    [Fact]
    public void Works_being_planned_are_not_a_programme()
    {
        // unseen/longgang-gwr-2021: judged wrong (verbs plus 线性工程, linear infrastructure).
        var found = Policies("谋划酝酿线性工程用地出让等改革事项，争取纳入第二批综合改革试点项目上报清单。");
        Assert.DoesNotContain(found, m => m.Surface.Contains("线性工程", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_closed_by_deng_keeps_its_name_as_the_start_build_drew_it()
    {
        // unseen/longgang-gwr-2021: judged wrong whole (takes in 等22项专项执法行动); the 等 rule that redrew it to 利剑四号 was
        // reverted after the unread judging (PolicyFinder.NotNames.cs), so the run-on name stays a known wrong-open mention.
        var found = Policies("开展“利剑四号”等22项专项执法行动，PM2.5平均浓度降至20.3微克/立方米，达有监测数据以来最好水平。");
        Assert.Contains(found, m => m.Surface == "“利剑四号”等22项专项执法行动");
    }

    [Fact]
    public void A_fund_that_plans_to_invest_is_not_a_plan()
    {
        // unseen/guangming-gwr-2021: judged wrong (计划 is a verb here).
        var found = Policies("推动产业基金产融结合，打造更多创新产品，区级产业引导基金计划投入2.6亿元，培育吸引优质初创企业18家以上。");
        Assert.DoesNotContain(found, m => m.Surface.EndsWith("计划", StringComparison.Ordinal));
    }

    [Fact]
    public void Higher_education_keeps_its_programme()
    {
        // provincial/guangdong_2024: 高等 is a word of its own, no list closed by 等 — the case a later rule for lists closed by 等
        // (the codebook's round-103 decision) must leave whole.
        var found = Policies("深入推进高等教育“冲一流、补短板、强特色”提升计划，加强新工科、新医科、新农科、新文科建设。");
        Assert.Contains(found, m => m.Surface == "高等教育“冲一流、补短板、强特色”提升计划");
    }
}
