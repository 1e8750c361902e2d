// Specifications of round 16 of the formula recall work (issue 13, branch headed16): two programme names joined by a
// conjunction after one introducing verb, each with its own head (开展A行动、B行动; 实施A工程和B工程; 实施A战略和B行动). The verb
// governs both names, so the second is a name as the first is (IntroducedProgrammeFinder.NextConjunct). Sentences of the
// development reports and the national reports (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// The second of two coordinated programme names after one introducing verb is reported whole, with its own boundaries;
/// the first name is not joined to it, and a first conjunct the finder does not take for a name starts no second one.
/// </summary>
public sealed class CoordinatedNamesRound16Tests
{
    [Fact]
    public void The_name_after_a_comma_of_enumeration_is_a_second_campaign_of_the_same_verb()
    {
        // zhumadian_2020 (coded 农民合作社规范提升行动 by Gold/formulas-dev-recall16.tsv): 开展 governs two campaigns.
        IReadOnlyList<SloganMention> found = Policies("完成农村集体产权制度改革，开展村级集体经济发展三年提升行动、农民合作社规范提升行动，推进农业水价综合改革，探索宅基地“三权分置”改革。");
        Assert.Contains(found, m => m.Surface == "村级集体经济发展三年提升行动");
        Assert.Contains(found, m => m.Surface == "农民合作社规范提升行动");
        Assert.DoesNotContain(found, m => m.Surface.Contains('、', StringComparison.Ordinal));

        // jiangsu_2026: a plan and a project, each with its own head.
        Assert.Contains(Policies("实施农业龙头企业分类培育计划、农产品加工业优化升级工程，提升农村电商数字化、便利化水平，加强农村寄递物流体系建设。"), m => m.Surface == "农产品加工业优化升级工程");
    }

    [Fact]
    public void The_name_after_he_is_a_second_programme_when_the_first_conjunct_ends_in_a_head_of_its_own()
    {
        // hubei_2026 (coded 综保区提质升级行动 by Gold/formulas-dev-recall16.tsv): a strategy and a campaign.
        Assert.Contains(Policies("实施自贸试验区提升战略和综保区提质升级行动，支持鄂州申建空港综保区，支持荆州申建保税物流中心。"), m => m.Surface == "综保区提质升级行动");

        // gwr/2014: two national projects of the broadband programme.
        Assert.Contains(Policies("推进城市百兆光纤工程和宽带乡村工程，大幅提高互联网网速，在全国推行“三网融合”，鼓励电子商务创新发展。"), m => m.Surface == "宽带乡村工程");
    }

    [Fact]
    public void A_second_name_that_opens_with_a_quoted_label_is_left_to_the_label()
    {
        // chongqing_2026 (渝见好风尚 judged right as the campaign's name in Gold/mentions-dev-recall14.tsv): the label names the
        // campaign; no policy mention takes the label into a longer name.
        IReadOnlyList<SloganMention> found = Mentions("实施文明创建提质扩面工程、“渝见好风尚”城市文明建设促进行动，发展志愿服务，深入践行社会主义核心价值观。");
        Assert.Contains(found, m => m.Kind == MentionKind.Quoted && m.Surface == "渝见好风尚");
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Policy && m.Surface.Contains("渝见好风尚", StringComparison.Ordinal));
    }

    [Fact]
    public void A_longer_programme_name_after_the_conjunction_replaces_the_formula_inside_it()
    {
        // zhumadian_2020: 全民健身工程 is the national programme the sentence names; the formula 全民健身 inside it is not a
        // mention of its own.
        IReadOnlyList<SloganMention> found = Mentions("实施健康驻马店行动和全民健身工程，深入开展爱国卫生运动，加快市第三人民医院、第七人民医院项目建设，落实基层全科医生和村医保障政策，");
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == "全民健身工程");
        Assert.DoesNotContain(found, m => m.Surface == "全民健身");
    }

    [Fact]
    public void A_first_conjunct_that_is_no_name_starts_no_second_one()
    {
        // qinghai_2026: building a kind of facility (…景区建设工程) is not a programme name, and no surface joins the two
        // conjuncts.
        IReadOnlyList<SloganMention> found = Policies("完善国际生态旅游目的地建设标准、服务规范和评价体系，实施国际化标准景区建设工程和“强基焕新”行动，引育优质龙头企业，高水平推进环青海湖、柴达木盆地和青南地区生态旅游发展，");
        Assert.DoesNotContain(found, m => m.Surface == "国际化标准景区建设工程");
        Assert.DoesNotContain(found, m => m.Surface.Contains("工程和", StringComparison.Ordinal));
    }
}
