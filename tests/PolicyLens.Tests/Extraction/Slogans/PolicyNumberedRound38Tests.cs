// Specifications of the policy and numbered finders' round 38 (issue 13, branch policy38), from classes of unseen26h's wrong
// verdicts (Gold/mentions-unseen26h-start-judged.tsv) checked over the readable corpus: a 政策 named by the activity the state
// regulates in its field (通关, 旅游, 创业; not 准入, 关税: measured) is a policy area, as round 36's 审查, 投资, 停居留 … are, not a named
// policy; 国家和区域战略 is every strategy of two levels; an unquoted …年度计划 is a field's yearly plan (a quoted label's stays);
// a city's railway station rebuilt is one construction project; events counted (十大赛事) are a count of things. A quoted
// label that is only one part of a programme's name keeps the label as its canonical: giving the whole name instead was
// measured and dropped (the older golds code the label; recall fell on dev and on every held-out set).
// Real sentences of the development reports, the national corpus and the opened unseen texts.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Policy areas, yearly plans and single projects are no named policy; counted events are no numbered formula.</summary>
public sealed class PolicyNumberedRound38Tests
{
    [Theory]
    [InlineData("优化签证和通关政策，提升入境游便利化国际化水平。", "通关政策")] // unseen/guangdong-plan-outline-2026-2
    [InlineData("在深圳、珠海、横琴实施“一签多行”等更便利的赴港澳旅游政策，港澳居民在粤参加医疗、养老保险约70万人次。", "旅游政策")] // unseen/guangdong-gwr-2025
    [InlineData("完善支持港澳青年在粤就业创业政策和平台体系。", "创业政策")] // unseen/guangdong-gwr-2025
    [InlineData("完善支持返乡创业政策措施，引导和扶持更多成功人士返乡创业。", "创业政策")] // zhumadian 2018
    [InlineData("全面落实新一轮就业创业政策，出台支持新增就业岗位措施。", "创业政策")] // zhumadian 2020
    public void A_policy_of_a_regulated_activity_names_a_policy_area(string sentence, string ending)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.EndsWith(ending, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("健全以国家和区域战略、科技发展需求为牵引的高等教育学科专业设置调整优化机制。", "国家和区域战略")] // unseen/guangdong-plan-outline-2026-2
    [InlineData("组织编制省重点项目年度计划，强化重大项目调度和协调。", "年度计划")] // unseen/guangdong-plan-outline-2026-2
    [InlineData("推进广州东站改造工程、深圳西丽站等项目建设，打造分工合理、高效互联的铁路枢纽体系。", "东站改造工程")] // unseen/guangdong-plan-outline-2026-1
    public void Levels_of_strategy_yearly_plans_and_one_station_are_no_named_policy(string sentence, string ending)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.EndsWith(ending, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("推进基础教育振兴，实施教育“1530”年度计划，新改扩建38所中小学校，新增学位2.7万个。", "教育“1530”年度计划")] // unseen/baoding-gwr-2022: a quoted label's yearly plan stays
    [InlineData("发挥“昆仑英才”计划带动作用，推进校院企高层次人才互聘共用。", "“昆仑英才”计划")] // qinghai 2026
    public void A_quoted_programme_stays(string sentence, string surface)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == surface);
    }

    [Theory]
    [InlineData("推动图书馆、文化馆、博物馆、美术馆等公共文化设施提质增效，打造群众文体十大赛事，推动优质文化资源直达基层。")] // unseen/gd-15th-fyp-proposal
    [InlineData("活跃群众文艺创作，打造群众文体十大赛事，丰富群众性文化活动供给。")] // unseen/guangdong-plan-outline-2026-2
    public void Events_counted_are_no_numbered_formula(string sentence)
    {
        Assert.DoesNotContain(Numbered(sentence), m => m.Surface.Contains("赛事", StringComparison.Ordinal));
    }
}
