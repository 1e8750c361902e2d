// Specifications of round 24 (issue 13, branch inside24): formulas the development gold codes that the lexicon reported only
// inside a longer mention, only as a shorter one, or under another entry's canonical. A place's version of the goal of
// modernisation (中国式现代化湖北篇章) is reported whole under the national canonical (LexiconMatcher.PlaceChapter); a field
// or qualifier that names a distinct campaign or model is part of the entry (大气污染防治攻坚战, 新安江生态补偿机制); a
// variant that named a formula of its own is an entry of its own (非粮化, 湖长制, 先立后破). Sentences of the development
// reports (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class InsideBoundaryRound24Tests
{
    [Theory]
    // hubei_2026, liaoning_2026, sichuan_2026 (新篇章), jiangsu_2026 (新实践), fujian_2026 (实践).
    [InlineData("加快建成中部地区崛起的重要战略支点，奋力谱写中国式现代化湖北篇章。", "中国式现代化湖北篇章", "中国式现代化")]
    [InlineData("在东北全面振兴取得新突破上勇于争先，奋力谱写中国式现代化辽宁篇章！", "中国式现代化辽宁篇章", "中国式现代化")]
    [InlineData("实现“十五五”良好开局，奋力谱写中国式现代化四川新篇章。", "中国式现代化四川新篇章", "中国式现代化")]
    [InlineData("以高站位、大格局接续推进中国式现代化江苏新实践。", "中国式现代化江苏新实践", "中国式现代化")]
    [InlineData("推动各项工作奋勇争先、再上台阶，中国式现代化福建实践迈出新的坚实步伐。", "中国式现代化福建实践", "中国式现代化")]
    // guangdong_2024, beijing_2026: with 的 between.
    [InlineData("推动中国式现代化的广东实践迈出坚实步伐。", "中国式现代化的广东实践", "中国式现代化")]
    [InlineData("继往开来、锐意进取，奋力谱写中国式现代化的北京新篇章，为强国建设、民族复兴伟业作出新的更大贡献。", "中国式现代化的北京新篇章", "中国式现代化")]
    // guangdong_2023: the goal's wording before 中国式现代化 became the formula.
    [InlineData("坚定历史自信，增强历史主动，奋力谱写全面建设社会主义现代化国家的广东篇章。", "全面建设社会主义现代化国家的广东篇章", "全面建设社会主义现代化国家")]
    public void A_place_version_of_the_goal_of_modernisation_is_reported_whole_under_the_national_canonical(string text, string surface, string canonical)
    {
        List<SloganMention> mentions = Outermost(text);
        SloganMention m = Assert.Single(mentions, m => m.Surface == surface);
        Assert.Equal(MentionKind.Lexicon, m.Kind);
        Assert.Equal(canonical, m.Canonical);
        Assert.DoesNotContain(mentions, o => o.Surface == canonical);
    }

    [Theory]
    // anhui_2026, guangdong_2024: another formula put into practice somewhere is not a goal of its own.
    [InlineData("探索新型举国体制安徽实践具体路径，积极对接全球创新资源。", "新型举国体制")]
    [InlineData("探索关键核心技术攻关新型举国体制的广东实践，争取国家在大湾区部署若干科技重大项目。", "新型举国体制")]
    // qinghai_2026
    [InlineData("我国宗教中国化青海实践深入推进，民族团结进步示范省创建任务基本完成。", "宗教中国化")]
    // constructed near-misses: no place's name after the formula.
    [InlineData("这是中国式现代化的本质要求。", "中国式现代化")]
    [InlineData("以中国式现代化全面推进强国建设。", "中国式现代化")]
    public void Without_a_place_version_of_modernisation_the_formula_keeps_its_own_boundary(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface);
    }

    [Theory]
    // zhumadian_2017: the field names a campaign of its own; 环境 adds nothing (a spelling of the entry).
    [InlineData("深入实施蓝天、碧水、乡村清洁工程，打好大气污染防治攻坚战，空气质量持续好转。", "大气污染防治攻坚战", "大气污染防治攻坚战")]
    [InlineData("空气优良天数209天以上。打好水污染防治攻坚战。以确保水质达标、治理黑臭水体。", "水污染防治攻坚战", "水污染防治攻坚战")]
    [InlineData("坚决打好环境污染防治攻坚战。加快构建系统完善的生态环境治理体系。", "环境污染防治攻坚战", "污染防治攻坚战")]
    // zhumadian_2017, gwr 2018: the 2017 No. 1 document's name, folded onto the national formula.
    [InlineData("深入推进农业供给侧结构性改革，积极调整农业种植结构。", "农业供给侧结构性改革", "供给侧结构性改革")]
    // anhui_2026, fujian_2026, hubei_2026
    [InlineData("新一轮林长制、新安江生态补偿机制、土地节约集约利用、职务科技成果赋权等改革经验在全国推广。", "新安江生态补偿机制", "新安江生态补偿机制")]
    [InlineData("三明医改经验在全省“清单式”推广。", "三明医改", "三明医改")]
    [InlineData("推进教育科技人才体制机制一体改革。着眼提升创新协同效果。", "教育科技人才体制机制一体改革", "教育科技人才体制机制一体改革")]
    // sichuan_2026, liaoning_2026, zhumadian_2009: the written name whole, not the entry's shorter spelling inside it.
    [InlineData("全面深化产业建圈强链。实施新一轮重点产业链高质量发展行动。", "产业建圈强链", "建圈强链")]
    [InlineData("对“蝇贪蚁腐”毫不手软、坚决打击。", "蝇贪蚁腐", "蝇贪")]
    [InlineData("深入开展整顿和规范市场秩序专项行动以及“质量和安全年”活动。", "整顿和规范市场秩序专项行动", "规范市场秩序专项行动")]
    // jiangsu_2026, zhumadian_2023: the county-seat urbanisation, an entry of its own (the coders' item), reported without the
    // activity word 建设 (round 27).
    [InlineData("推进以县城为重要载体的城镇化建设，常住人口城镇化率达76.2%。", "以县城为重要载体的城镇化", "以县城为重要载体的城镇化")]
    [InlineData("深入推进以县城为载体的城镇化建设，加快老城区有机更新。", "以县城为载体的城镇化", "以县城为重要载体的城镇化")]
    public void A_qualifier_that_names_a_distinct_formula_is_kept(string text, string surface, string canonical)
    {
        List<SloganMention> mentions = Outermost(text);
        SloganMention m = Assert.Single(mentions, m => m.Surface == surface);
        Assert.Equal(canonical, m.Canonical);
        Assert.DoesNotContain(mentions, o => o.Start >= m.Start && o.End <= m.End && !ReferenceEquals(o, m));
    }

    [Theory]
    // zhumadian_2023, zhumadian_2018, anhui_2026: two institutions or campaigns, each its own canonical.
    [InlineData("坚决遏制耕地“非农化”、防止“非粮化”。", "非粮化", "非粮化")]
    [InlineData("坚决遏制耕地“非农化”、防止“非粮化”。", "非农化", "非农化")]
    [InlineData("认真落实“河长制”“湖长制”，坚决“堵住”排污口、污染源。", "湖长制", "湖长制")]
    [InlineData("认真落实“河长制”“湖长制”，坚决“堵住”排污口、污染源。", "河长制", "河长制")]
    [InlineData("推动“公转水”“公转铁”和铁水、水水联运。", "公转水", "公转水")]
    // zhumadian_2024: the energy-transition principle alone; the chain keeps its own canonical.
    [InlineData("坚持先立后破，开展省级碳达峰试点。", "先立后破", "先立后破")]
    [InlineData("实现上述目标并不容易，必须坚持稳中求进、以进促稳、先立后破。", "稳中求进、以进促稳、先立后破", "稳中求进、以进促稳、先立后破")]
    // heilongjiang_2026, zhumadian_2017, zhumadian_2023
    [InlineData("着力统筹发展和安全，以高水平安全保障高质量发展。", "以高水平安全保障高质量发展", "以高水平安全保障高质量发展")]
    [InlineData("五年新开工保障性安居工程13.78万套。", "保障性安居工程", "保障性安居工程")]
    [InlineData("实施文明美丽县城建设三年行动，国家卫生县城实现全覆盖。", "国家卫生县城", "国家卫生县城")]
    // hubei_2026, guangdong_2023: the 2004 reform beside 投融资体制改革; the epidemic-era pair beside 人民至上.
    [InlineData("出台深化投资体制改革实施意见，明确政府投资范围。", "投资体制改革", "投资体制改革")]
    [InlineData("新冠疫情发生以来，我们坚持人民至上、生命至上，最大限度保护人民生命安全和身体健康。", "人民至上、生命至上", "人民至上、生命至上")]
    // zhumadian_2025: the designation's campaign written with 创建 counts as the designation label (since round 79 reported
    // without 创建, the activity word after it: CanonRound79Tests).
    [InlineData("全国文明城市创建实现“三连冠”，保持全国第一方阵。", "全国文明城市", "全国文明城市")]
    // guizhou_2026, hubei_2026: the canonical without the leading verb; the surface as before.
    [InlineData("加强产业发展的科技人才支撑。强化企业科技创新主体地位。", "强化企业科技创新主体地位", "企业科技创新主体地位")]
    [InlineData("协调推进“四个全面”战略布局，统筹国内国际两个大局，完整准确全面贯彻新发展理念。", "统筹国内国际两个大局", "国内国际两个大局")]
    public void A_formula_that_was_a_variant_of_another_has_its_own_canonical(string text, string surface, string canonical)
    {
        SloganMention m = Assert.Single(Outermost(text), m => m.Surface == surface);
        Assert.Equal(canonical, m.Canonical);
    }
}
