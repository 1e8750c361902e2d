// Specifications of round 64 (issue 13, branch award64): a formula written inside the name of a prize won (…奖, …奖项) is a word
// of that name, not a use of the formula (DesignationLabel.DropAwardNames), and a formula ending in 城市 inside a title given for
// building that city (健康城市建设样板市) is no use either. A contest's prize (“数据要素×”大赛一等奖) and lists of cases (…典型案例,
// …优秀案例, …创新案例) stay as they were: the readable golds count the formula there about as often as they block it. Every
// sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Formulas inside prize names, case lists and honorary titles (round 64).</summary>
public sealed class AwardRound64Tests
{
    [Fact]
    public void A_formula_inside_a_prize_won_is_no_use_of_it()
    {
        // pingshan-gwr-2021 (unseen26l): judged wrong (a formula inside prize names), and the coder blocks both names.
        const string sentence = "推动59个贫困村、7万多名贫困群众实现脱贫，对口帮扶单位田东县荣获全国脱贫攻坚组织创新奖和全国脱贫攻坚先进集体。";
        List<SloganMention> found = Outermost(sentence);
        Assert.DoesNotContain(found, m => m.Start == sentence.IndexOf("全国脱贫攻坚组织", StringComparison.Ordinal) + 2);
    }

    [Fact]
    public void A_quoted_programme_inside_a_works_prize_is_no_use_of_it()
    {
        // guangdong-gwr-2025 (unseen26h): the coder lists the 五个一工程 award among the uncoded prizes; futian-gwr-2023's coder
        // leaves 碳中和 in “碳中和”绿点先锋国际奖项 uncoded.
        const string works = "舞剧《咏春》等4部作品获全国精神文明建设“五个一工程”优秀作品奖。办好文化强国建设高峰论坛和深圳文博会。";
        List<SloganMention> found = Outermost(works);
        Assert.DoesNotContain(found, m => m.Surface is "五个一工程" or "精神文明建设" or "精神文明");
        const string building = "安托山华为数字能源总部基地获评2022年“碳中和”绿点先锋国际奖项。";
        Assert.DoesNotContain(Outermost(building), m => m.Canonical == "碳中和");
    }

    [Fact]
    public void A_contest_prize_keeps_the_action_it_is_run_under()
    {
        // qinghai_2026 (development): the gold counts 数据要素× at both its uses, one of them the contest's prize.
        const string sentence = "数据服务金融项目获全国“数据要素×”大赛一等奖，全球首个藏文搜索引擎“云藏”用户覆盖";
        Assert.Contains(Outermost(sentence), m => m.Surface.Contains("数据要素×", StringComparison.Ordinal));
    }

    [Fact]
    public void A_formula_inside_a_list_of_cases_stays_as_found()
    {
        // pingshan-gwr-2021 (unseen26l): 雪亮工程 judged wrong inside an award title, but the readable golds count a formula
        // inside a case list about as often as they block it (guangming 2025's and longgang 2025's coders count 全面深化改革 and
        // 新时代枫桥经验 there; beijing 2026's 全国母亲河复苏行动典型案例 was judged right), and an unread gold counts one inside an
        // innovation-case list: no reading holds for 90 % of the places, so the finders' reading is kept.
        const string cameras = "“AI+视频”城市治理应用系统入选“全国雪亮工程十大创新案例”；";
        Assert.Contains(Outermost(cameras), m => m.Surface == "雪亮工程");
        const string river = "永定河入选全国母亲河复苏行动典型案例，重点建设用地安全利用得到有效保障。";
        Assert.Contains(Outermost(river), m => m.Surface.Contains("母亲河复苏行动", StringComparison.Ordinal));
    }

    [Fact]
    public void Money_awarded_is_no_prize()
    {
        // The 2011 national work report: 一事一议 before 财政奖补 is the programme.
        const string sentence = "全面实施村级公益事业建设一事一议财政奖补，大幅增加奖补资金规模。";
        Assert.Contains(Outermost(sentence), m => m.Surface == "一事一议");
    }

    [Fact]
    public void A_city_programme_inside_a_title_for_building_it_is_no_use_of_it()
    {
        // zhumadian_2024 (development): judged an honorary title, and the gold counts 健康城市 only where the city strives for
        // it (争创全国健康城市); shenzhen-gwr-2024's coder codes the title whole.
        const string honours = "高水平夯实社会兜底保障先进市、健康城市建设样板市等荣誉称号。在全省率先实现县区省级文明城市全覆盖。";
        Assert.DoesNotContain(Outermost(honours), m => m.Surface == "健康城市");
        const string won = "深圳获评全国健康城市建设样板市、国家紧密型城市医疗集团试点城市，基本公共卫生服务绩效评价连续3年位列全省第一。";
        Assert.DoesNotContain(Outermost(won), m => m.Surface == "健康城市");
        const string sought = "争创全国健康城市、全民健身运动模范市。";
        Assert.Contains(Outermost(sought), m => m.Surface.Contains("健康城市", StringComparison.Ordinal));
    }

    [Fact]
    public void A_city_designation_before_a_ranking_of_its_creation_stays()
    {
        // zhumadian_2010 (development): judged right, the provincial civilised-city programme (round 17).
        const string sentence = "城乡文明程度继续提升，有望进入创建省级文明城市先进市行列。";
        Assert.Contains(Outermost(sentence), m => m.Surface == "省级文明城市");
    }
}
