// Specifications of round 103 (policy103, issue 13): policy mentions read wrong on fresh text (unseen26n's judged sample, opened
// for round 103) whose shape recurs in other readable reports. Verbs that take a programme as their object (借鉴, 承接, 谋划,
// 酝酿) join PolicyFinder.Stops; PolicyFinder.DropListsAndPlannedAmounts removes a list closed by 等 and its category (or
// redraws it to the one quoted campaign before 等) and 计划 before an amount invested. A rule for descriptions in a report's
// numbered glossary (8．“拦退引”行动：产业空间管控行动, guangming 2021) was reverted: the held-out guards fell.
// 赣深客专等在建工程 (shenzhen 2020, judged wrong) stays: the segmenter reads 专等 as one word, so no 等 of its own is seen.
// Every sentence is a real one of a readable text (named).
using PolicyLens.Extraction.Slogans;
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
    public void One_quoted_campaign_before_a_counted_category_is_the_campaign()
    {
        // unseen/longgang-gwr-2021: judged wrong (takes in 等22项专项执法行动; the campaign is “利剑四号”), coded 利剑四号.
        var found = Mentions("开展“利剑四号”等22项专项执法行动，PM2.5平均浓度降至20.3微克/立方米，达有监测数据以来最好水平。");
        Assert.Contains(found, m => m.Surface == "利剑四号" && m.Kind == MentionKind.Policy);
        Assert.DoesNotContain(found, m => m.Surface.Contains("执法行动", StringComparison.Ordinal));
    }

    [Fact]
    public void Policy_documents_listed_before_their_category_stay_quoted_labels()
    {
        // unseen/luohu-gwr-2025: the category after 等 (37个细分领域产业政策) names no policy; the labels are the documents.
        var found = Mentions("落实中央稳经济一揽子增量政策，出台“低空10条”“金融10条”“保险18条”等37个细分领域产业政策。");
        Assert.DoesNotContain(found, m => m.Surface.Contains("产业政策", StringComparison.Ordinal));
        Assert.Contains(found, m => m.Surface == "保险18条");
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
        // provincial/guangdong_2024: 高等 is a word of its own, no list closed by 等.
        var found = Policies("深入推进高等教育“冲一流、补短板、强特色”提升计划，加强新工科、新医科、新农科、新文科建设。");
        Assert.Contains(found, m => m.Surface == "高等教育“冲一流、补短板、强特色”提升计划");
    }
}
