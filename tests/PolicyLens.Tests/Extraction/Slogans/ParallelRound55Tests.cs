// Specifications of round 55's parallel precision (issue 13, parallel55; ParallelFinder.cs, ParallelFinder.Pairs.cs): chains the
// blind judges of the opened unseen sets read wrong and no gold codes — a pair of noun compounds cut from a longer name (公共|领域
// 车辆、作业机械), a chain of 可 capacity words (“可视、可感、可控、可防”的…治理体系), a quoted list of the services offered (“歇歇脚…
// 取取暖”服务), a scene of where things stand (“城在林中、路在绿中…”) — are not reported as parallel, while the formula chains beside them stay. Sentences of the opened unseen texts and
// the development reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ParallelRound55Tests
{
    [Theory]
    // unseen/shenzhen-gwr-2024 (both uses of the pair, which is what makes it "repeated" in the report).
    [InlineData("完成公共领域车辆、作业机械清洁化替代357台，淘汰国三以下老旧车6.1万辆。清洁化替代公共领域车辆、作业机械250台以上，加强动力电池回收利用。")]
    // unseen/pingshan-gwr-2021 (capacities of a governance system).
    [InlineData("高要求推进城市运行“一网统管”，以民生诉求系统为引领，打造“可视、可感、可控、可防”的一体化、全闭环数字城区治理体系。")]
    // unseen/gd-lvmei-decision (a scene of the living environment).
    [InlineData("挖掘历史文化资源，建设森林城镇、森林乡村和绿美古树乡村、绿美红色乡村等，营造“城在林中、路在绿中、房在园中、人在景中”的绿美城乡人居环境。")]
    // unseen/guangdong-gwr-2025 (services of the stations).
    [InlineData("升级拓展2250家智能化驿站的特色服务功能，全天候提供“歇歇脚、喝喝水、热热饭、充充电、避避暑、取取暖”服务。")]
    public void A_list_of_things_capacities_or_services_is_no_parallel_formula(string text)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Kind == MentionKind.Parallel);
    }

    [Theory]
    // unseen/cpc-july1-speech-2026 (a pair used again); unseen/guangdong-gwr-2025 (a quoted chain before its frame noun);
    // provincial/sichuan_2026 (a quoted chain of two-character tasks).
    [InlineData("要求全体中国共产党人坚定信心、接续奋斗，不断创造无愧于时代和人民的新业绩。——坚定信心、接续奋斗，必须坚持党的基本理论、基本路线、基本方略。", "坚定信心、接续奋斗")]
    [InlineData("这是今年的一件大事，我们要秉持“绿色、共享、开放、廉洁”办赛理念，落实“简约、安全、精彩”办赛要求。", "绿色、共享、开放、廉洁")]
    [InlineData("产业改造升级加快实施，推进企业“上规、上榜、上云、上市”，新增规上工业企业1494家。", "上规、上榜、上云、上市")]
    public void The_formula_chains_beside_them_stay(string text, string chain)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface == chain);
    }
}
