// Specifications of round 20 of the quoted-label work (issue 13, branch quoted20): labels a report names as its practices
// (“…”等做法/模式/机制), as the problem a campaign targets (整治…“微腐败”) or as one of a run of labels another of which is a
// formula, on sentences of development reports, and the brands, events, problems of the day and speech that stay out.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedPracticeRound20Tests
{
    [Fact]
    public void Labels_summed_up_as_practices_or_models_are_reported()
    {
        // anhui_2026: a mediation practice the report extends (coded by the development gold).
        Assert.Contains(Quoted("群众安全感持续提升。推深做实“六尺巷工作法”，推广“窗帘之约”等做法。开展领导干部大接访，"), m => m.Surface == "窗帘之约");

        // fujian_2026: two research-organisation models listed before 等科研攻关模式, and two cooperation models.
        IReadOnlyList<SloganMention> research = Quoted("深入推行“揭榜挂帅”、“赛马”等科研攻关模式，实施省级科技重大专项");
        Assert.Contains(research, m => m.Surface == "赛马");
        IReadOnlyList<SloganMention> enclaves = Quoted("深化沿海山区协作。优化县、市对口协作和“产业飞地”、“科创飞地”等合作模式，支持沪明临港产业园");
        Assert.Contains(enclaves, m => m.Surface == "产业飞地");
        Assert.Contains(enclaves, m => m.Surface == "科创飞地");
    }

    [Fact]
    public void Labels_summed_up_as_brands_or_events_stay_out()
    {
        // chongqing_2026: regional brands of farm products and propaganda brands, which the codebook does not code.
        Assert.DoesNotContain(Quoted("农业生产“三品一标”基地创建，提质打造“巴味渝珍”“酉阳800”等区域公用品牌。"), m => m.Surface == "巴味渝珍");
        Assert.DoesNotContain(Quoted("升级哲学社会科学创新工程，升级打造《思想的力量》、“理响重庆”等宣传宣讲品牌，办好"), m => m.Surface == "理响重庆");
        // fujian_2026: brands of people-to-people diplomacy.
        Assert.DoesNotContain(Quoted("国际友城达137对，“鼓岭缘”、“菌草佳话”等特色民间外交品牌越擦越亮。"), m => m.Surface == "鼓岭缘");
    }

    [Fact]
    public void The_problem_a_campaign_targets_is_reported()
    {
        // jilin_2026: petty corruption, the target of the anti-corruption campaign (coded by the development gold).
        Assert.Contains(Quoted("持续整治重点领域腐败和群众身边“微腐败”。树牢正确的权力观、政绩观、事业观，"), m => m.Surface == "微腐败");
    }

    [Fact]
    public void A_problem_of_the_day_solved_or_contained_stays_out()
    {
        // gwr/2019: oversized classes, a problem the report solves (judged no formula in the round-16 sample); gwr: 遏制“台独”, a separatism.
        Assert.DoesNotContain(Quoted("加强乡村教师队伍建设，抓紧解决城镇学校“大班额”问题，保障进城务工人员随迁子女"), m => m.Surface == "大班额");
        Assert.DoesNotContain(Quoted("和平稳定。坚决反对和遏制“台独”分裂活动，绝不"), m => m.Surface == "台独");
    }

    [Fact]
    public void A_label_in_a_run_of_formula_labels_is_reported()
    {
        // zhumadian_2023: the ladder of firm upgrading, four switches and 股上市.
        Assert.Contains(Quoted("业梯度培育，支持民营经济“个转企”“微升小”“小升规”“规改股”“股上市”，形成“大企业顶天立地、小微企业铺天盖地”的蓬勃势头"), m => m.Surface == "股上市");
    }

    [Fact]
    public void Quoted_speech_in_a_row_stays_out()
    {
        // jiangsu_2026: what officials should say and do, speech, no labels.
        IReadOnlyList<SloganMention> speech = Quoted("群众期盼什么政府就做好什么，少些“你过来”多些“我过去”，少说“不好办”多说“怎么办”，");
        Assert.DoesNotContain(speech, m => m.Surface is "你过来" or "我过去" or "不好办" or "怎么办");
    }
}
