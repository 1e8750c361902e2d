// Specifications of programme round 23 (issue 13, branch programme23): frames of report language in which a programme's name
// stands without quotation marks and that IntroducedProgrammeFinder did not read: a second name after a quoted label, a verb
// of carrying out right before the head of a second name, a special campaign (…专项行动) with a field of four to six
// characters after an introducing verb, campaign years (X年活动, reported as the year's name X年), strategies after an
// introducing verb, and a programme named as the subject of its carrying out (…行动深入开展). Sentences of the development reports (the file each comes from is named; the
// items are coded in the development gold, Gold/formulas*.tsv, and judged in Gold/mentions-dev-programme23.tsv).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Programme names in the frames of round 23 are reported whole; near-misses in the same frames stay out.</summary>
public sealed class ProgrammeFramesRound23Tests
{
    [Fact]
    public void A_name_after_a_quoted_label_and_a_conjunction_is_governed_by_the_verb()
    {
        // fujian_2026, gansu_2026.
        Assert.Contains(Policies("做强高等教育。深入实施“双一流”和一流应用型高校建设计划，结合产业发展需求和就业"), m => m.Surface == "一流应用型高校建设计划");
        Assert.Contains(Policies("用好新型政策性金融工具，深入实施企业挂牌上市“玉如意计划”和贷款畅通工程，更好打通金融血脉，推动"), m => m.Surface == "贷款畅通工程");
    }

    [Fact]
    public void Two_campaigns_of_one_verb_are_each_named_and_not_joined()
    {
        // guizhou_2026: two campaigns of one verb.
        IReadOnlyList<SloganMention> found = Policies("推动教育部贵州高等研究院建设。实施大力提高中小学教师水平专项行动和基础教育理科强化专项行动。深入开展千万师生阳光体育运动。");
        Assert.Contains(found, m => m.Surface == "基础教育理科强化专项行动");
        // And the first is a name too: 中小学, a level of schooling, is no school (round 23, PolicyFinder.IsProjectOrBody).
        Assert.Contains(found, m => m.Surface == "大力提高中小学教师水平专项行动");
        Assert.DoesNotContain(found, m => m.Surface.Contains('和', StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_name_keeps_its_own_verb_before_the_head()
    {
        // qinghai_2026: 推进 right before 行动 is the name's own word.
        Assert.Contains(Policies("进一步优化“两新”政策实施，开展服务消费提质惠民行动、绿色消费推进行动，深化“人工智能+消费”"), m => m.Surface == "绿色消费推进行动");
    }

    [Fact]
    public void A_list_of_fields_before_a_programme_starts_no_second_name()
    {
        // guangdong_2023: 产品、工程、服务 are fields of one quality campaign; 工程 is no name of its own.
        Assert.DoesNotContain(Policies("量强国建设标杆城市。开展产品、工程、服务质量提升行动，加强重点领域产业基"), m => m.Surface == "服务质量提升行动");
        // qinghai_2026: the second name is a building project (房屋), turned away as before.
        Assert.DoesNotContain(Policies("质灾害避险搬迁工程二期，有序实施城镇预制板房屋治理改造行动和房屋抗震加固工程，扎实推进建设工程消"), m => m.Surface == "房屋抗震加固工程");
    }

    [Fact]
    public void A_special_campaign_with_a_field_of_four_characters_after_an_introducing_verb_is_named()
    {
        // gansu_2026, heilongjiang_2026 (after 新一轮, no part of the name), zhumadian_2017.
        Assert.Contains(Policies("输转城乡富余劳动力480万人。继续实施治理欠薪专项行动，扎实解决拖欠工资问题，"), m => m.Surface == "治理欠薪专项行动");
        Assert.Contains(Policies("持续优化营商环境。深入实施新一轮优化营商环境专项行动。推动政务服务增值化改革，"), m => m.Surface == "优化营商环境专项行动");
        Assert.Contains(Policies("推动人口高质量发展。开展生育率提升专项行动，完善生育保险和生育休假制度。"), m => m.Surface == "生育率提升专项行动");
        IReadOnlyList<SloganMention> found = Mentions("积极推行“多证合一”，开展减证便民专项行动。深化财税体制改革。");
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == "减证便民专项行动");
        Assert.DoesNotContain(found, m => m.Surface == "减证便民");
    }

    [Fact]
    public void A_special_campaign_of_two_general_words_stays_a_kind_of_work()
    {
        // anhui_2026, hubei_2026 (judged generic in Gold/mentions-dev-sample.tsv and Gold/mentions-set-aside.tsv).
        Assert.DoesNotContain(Policies("加快培育智能原生企业。深入开展融合应用专项行动，在科研、工业、农业"), m => m.Surface.Contains("融合应用专项行动", StringComparison.Ordinal));
        Assert.DoesNotContain(Policies("面向全球知名院所开展创新合作专项行动，引导高校、科研机构"), m => m.Surface.Contains("创新合作专项行动", StringComparison.Ordinal));
    }

    [Fact]
    public void A_campaign_year_is_reported_as_the_years_name()
    {
        // zhumadian_2014, shaanxi_2026, heilongjiang_2026 (the name opens the sentence), zhumadian_2023 (after 和).
        Assert.Contains(Policies("（三）项目建设实现突破。深入开展项目建设推进年活动，认真落实项目建设周例会、月通报"), m => m.Surface == "项目建设推进年");
        Assert.Contains(Policies("民间投资增长6%。深化营商环境突破年活动，办好政企恳谈会"), m => m.Surface == "营商环境突破年");
        Assert.Contains(Policies("通信网络覆盖扩面提质。产业项目建设年活动深入实施，1000个省级重点产业项目"), m => m.Surface == "产业项目建设年");
        Assert.Contains(Policies("扎实开展“不忘初心、牢记使命”主题教育、党史学习教育和能力作风建设年活动，做到廉洁从政"), m => m.Surface == "能力作风建设年");
    }

    [Fact]
    public void A_year_inside_a_word_or_after_a_list_is_no_campaign_year()
    {
        // zhumadian_2024 (青少年活动中心: 年 inside 青少年), gwr (质量、品种、效益年活动: one word before 年, a list's member).
        Assert.DoesNotContain(Policies("图书馆、文化馆、青少年活动中心向市民开放。"), m => m.Surface.EndsWith('年'));
        Assert.DoesNotContain(Policies("继续开展质量、品种、效益年活动。"), m => m.Surface.EndsWith('年'));
    }

    [Fact]
    public void A_strategy_after_an_introducing_verb_is_named_whole()
    {
        // zhumadian_2020, fujian_2026, gwr 2016: PolicyFinder cut these stems at a verb of the name (扩大, 提升).
        Assert.Contains(Policies("兜住民生底线，牢牢把握发展主动权。实施扩大消费战略，做好需求侧文章，让"), m => m.Surface == "扩大消费战略");
        Assert.Contains(Policies("培育更多优秀文化企业和品牌。实施全域文旅提升战略。加快景区“强基焕新”"), m => m.Surface == "全域文旅提升战略");
        Assert.Contains(Policies("地区、贫困地区发展。制定和实施国家海洋战略，维护国家海洋权益，"), m => m.Surface == "国家海洋战略");
        // zhumadian_2020: three strategies under one head, the preferred boundary.
        Assert.Contains(Policies("的光荣使命，持续推进投资拉动、创新驱动、开放带动战略，持续打造一流的"), m => m.Surface == "投资拉动、创新驱动、开放带动战略");
    }

    [Fact]
    public void A_firms_strategy_a_demonstrative_and_levels_of_government_stay_out_of_strategy_names()
    {
        // anhui_2026: firms carry out their own brand strategy.
        Assert.DoesNotContain(Policies("开展“皖美品牌”培育行动，支持企业实施品牌国际化战略。"), m => m.Surface.Contains("品牌国际化", StringComparison.Ordinal));
        // zhumadian_2014 (开放招商这一战略 judged wrong in Gold/mentions-set-aside-2.tsv; 开放招商 is the city's lexicon entry,
        // scoped to 驻马店): the demonstrative ends the name.
        Assert.DoesNotContain(Mentions("，牢牢把握科学发展这个第一要务，全面实施开放招商这一战略，紧紧抓住投"), m => m.Surface.Contains("这一", StringComparison.Ordinal));
        // zhumadian_2026: the state's and the province's regional strategies, no name.
        Assert.DoesNotContain(Policies("镇化持续深化区域协调联动发展。落实国家、省区域发展战略，主动融入郑州都市圈"), m => m.Surface.StartsWith("国家、", StringComparison.Ordinal));
    }

    [Fact]
    public void A_programme_that_is_the_subject_of_its_carrying_out_is_named_from_the_clauses_start()
    {
        // anhui_2026, xinjiang_2026, fujian_2026 (after a comma), qinghai_2026.
        Assert.Contains(Policies("推动财政政策效益和政府治理效能双提升。依法行政能力提升行动深入开展，省市县"), m => m.Surface == "依法行政能力提升行动");
        Assert.Contains(Policies("9个农业产业强镇。农村人居环境整治五年提升行动圆满完成，高质量"), m => m.Surface == "农村人居环境整治五年提升行动");
        Assert.Contains(Policies("持续巩固脱贫攻坚成果，乡村建设品质提升行动完成投资310亿元"), m => m.Surface == "乡村建设品质提升行动");
        Assert.Contains(Policies("专业群入选国家级“双高计划”。健康青海行动深入推进，全省首"), m => m.Surface == "健康青海行动");
    }

    [Fact]
    public void A_clause_whose_predicate_is_no_carrying_out_or_whose_head_is_no_name_stays_out()
    {
        // hubei_2026: 完成 alone (完成营业额) is no predicate of a programme; zhumadian_2010: 按计划, "as planned";
        // zhumadian_2010: a clause opening with a verb (确保).
        Assert.DoesNotContain(Policies("际交流合作不断拓展，对外承包工程完成营业额居全国"), m => m.Surface.Contains("对外承包工程", StringComparison.Ordinal));
        Assert.DoesNotContain(Policies("目准备工作顺利推进。新增中央投资项目按计划顺利实施。全年"), m => m.Surface.EndsWith("计划", StringComparison.Ordinal));
        Assert.DoesNotContain(Policies("标圆满完成，确保民生工程顺利实施，确保社"), m => m.Surface.Contains("民生工程", StringComparison.Ordinal));
        // gansu_2026: a prefecture's project of the national programme; the programme's name is the national one.
        Assert.DoesNotContain(Policies("水质稳定保持二类。甘南山水林田湖草沙一体化保护和修复工程全面完成，"), m => m.Surface.StartsWith("甘南", StringComparison.Ordinal));
    }
}
