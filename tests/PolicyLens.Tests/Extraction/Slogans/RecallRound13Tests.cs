// Specifications of round 13 of the formula recall work (issue 13, CoordinatedProgrammeFinder): names that share one head
// after an introducing verb, and a verb of carrying out before the head, on sentences of development reports and of the
// Government Work Reports that the extractor must now report whole, and on ones it must still leave alone.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Coordinated programme names (实施A、B和C行动: one name, the codebook's preferred boundary) and names with a verb before
/// the head (落实绿色消费推进行动). Sentences of the development reports and the national corpus (the file each comes from is
/// named).
/// </summary>
public sealed class RecallRound13Tests
{
    [Fact]
    public void Names_listed_under_one_head_after_an_introducing_verb_are_one_programme_name()
    {
        // zhumadian_2025 (coded by recall13's development gold): four members of one 开发区 campaign.
        Assert.Contains(Policies("增强园区承载能力。实施开发区链群培育、协同创新、数字化转型、绿色集约行动，清理僵尸企业，盘活闲置资源。"),
            m => m.Surface == "开发区链群培育、协同创新、数字化转型、绿色集约行动");

        // henan_2026 (coded whole by the development gold); before, only the last member was reported.
        IReadOnlyList<SloganMention> opera = Policies("深化文化文艺精品打造工程，深入实施传统戏曲振兴、优秀剧本孵化计划，培育“文艺豫军”。");
        Assert.Contains(opera, m => m.Surface == "传统戏曲振兴、优秀剧本孵化计划");
        Assert.DoesNotContain(opera, m => m.Surface == "优秀剧本孵化计划");

        // guangdong_2023: the codebook's own example of members that divide one three-year campaign's scope.
        Assert.Contains(Policies("启动堤防达标、大中型水闸除险加固三年攻坚行动。"), m => m.Surface == "堤防达标、大中型水闸除险加固三年攻坚行动");
    }

    [Fact]
    public void A_conjunction_may_join_the_last_two_members_of_the_list()
    {
        // zhumadian_2025 and gwr 2008: 和 before the last member, as the national programme is written.
        Assert.Contains(Policies("实施重点行业、城乡基层和中小微企业就业支持计划，促进高校毕业生、退役军人、农民工、失业人员、残疾人等群体多渠道就业。"),
            m => m.Surface == "重点行业、城乡基层和中小微企业就业支持计划");
        Assert.Contains(Policies("实施基础研究、高技术研究和科技支撑计划。"), m => m.Surface == "基础研究、高技术研究和科技支撑计划");
    }

    [Fact]
    public void A_list_of_fields_or_of_named_programmes_is_not_taken_for_one_name()
    {
        // A last member of two characters is a field of a generic head, not a name (built on beijing_2026's wording).
        Assert.DoesNotContain(Policies("实施交通、水利、能源工程，扩大有效投资。"), m => m.Surface.Contains('、', StringComparison.Ordinal));

        // gwr-style lists of names with heads of their own stay separate (each is reported by the other finders).
        Assert.DoesNotContain(Policies("深入实施乡村振兴战略、城市更新行动，促进城乡融合发展。"), m => m.Surface.Contains('、', StringComparison.Ordinal));

        // A count closing the list names the listed items together, as before (展开…三大工程).
        Assert.DoesNotContain(Policies("实施城市生命线、全域水患治理、城乡安居三大工程。"), m => m.Surface.Contains('、', StringComparison.Ordinal));

        // qinghai_2026: members that are places list the places of the projects, each a project of its own (judged so).
        Assert.DoesNotContain(Policies("争取实施青海湖、澜沧江流域山水工程，完成国土绿化450万亩。"), m => m.Surface.Contains('、', StringComparison.Ordinal));

        // 等 makes the head a category of what was listed.
        Assert.DoesNotContain(Policies("实施餐饮、住宿等服务质量提升行动。"), m => m.Surface.Contains('、', StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_of_carrying_out_right_before_the_head_is_the_names_own_word()
    {
        // beijing_2026: the national 绿色消费推进行动; before, 推进 ended the walk and nothing was reported.
        Assert.Contains(Policies("促进商品消费扩容提质，优化“两新”政策实施，落实绿色消费推进行动，支持汽车、家电等大宗消费。"), m => m.Surface == "绿色消费推进行动");

        // A verb after too short a stem opens its own clause (落实…，推进行动 is no name).
        Assert.DoesNotContain(Policies("落实政策推进行动，确保见效。"), m => m.Surface.EndsWith("推进行动", StringComparison.Ordinal));
    }

    [Fact]
    public void A_special_campaign_after_a_long_field_is_a_name_while_after_a_short_one_it_is_a_category()
    {
        // qinghai_2026, liaoning_2026: seven and eight characters before 专项.
        Assert.Contains(Policies("开展人均预期寿命提升专项行动，控制孕产妇死亡率。"), m => m.Surface == "人均预期寿命提升专项行动");
        Assert.Contains(Policies("深入实施先进制造业集群培育专项行动。推动产业链协同发展。"), m => m.Surface == "先进制造业集群培育专项行动");

        // gwr 2007: the national campaign's whole name, two members under one 专项行动.
        Assert.Contains(Policies("连续四年在全国开展整治违法排污企业、保障群众健康环保专项行动。"), m => m.Surface == "整治违法排污企业、保障群众健康环保专项行动");

        // A field of four characters plus 专项 stays a category of campaign (招商引资专项行动).
        Assert.DoesNotContain(Policies("深入开展招商引资专项行动，引进一批重大项目。"), m => m.Surface.Contains("招商引资专项行动", StringComparison.Ordinal));
    }

    [Fact]
    public void A_class_of_counties_opening_a_name_is_no_county()
    {
        // zhumadian_2025 and zhumadian_2018: 产粮大县, 产业强县 are kinds of county, so the names are the programmes'.
        Assert.Contains(Policies("实施产粮大县公共服务能力提升工程，促进县域产城特色发展、人口就近就业、城乡融合发展。"), m => m.Surface == "产粮大县公共服务能力提升工程");
        Assert.Contains(Policies("大力实施产业强县富民计划，不断提升县域发展实力。"), m => m.Surface == "产业强县富民计划");

        // A county written with its name still opens its own project (平舆县…), as before.
        Assert.DoesNotContain(Policies("实施平舆县饮水安全提升工程。"), m => m.Surface.StartsWith("平舆县", StringComparison.Ordinal));
    }
}
