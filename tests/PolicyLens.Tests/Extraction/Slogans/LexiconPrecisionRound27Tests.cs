// Specifications of round 27 (issue 13, branch prec27l): lexicon precision. (1) Trailing 建设: where 建设 is the sentence's
// activity word after a formula (推进高标准农田建设, 加强法治政府建设, 融入全国统一大市场建设), the formula is reported
// without it, as the codebook's boundary rule and the development gold (which codes 高标准农田, 法治政府, 全国统一大市场)
// read it; where 建设 is part of the established name (生态文明建设, 精神文明建设, 新农村建设, 党风廉政建设) or of a longer
// name (法治政府建设实施纲要, 全国法治政府建设示范市), the name stays whole. (2) 非物质文化遗产 / 非遗, a category of heritage
// that no development gold codes, is not reported; a programme named with it (非遗点亮计划) is. Sentences of the
// development reports and gwr (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconPrecisionRound27Tests
{
    [Theory]
    // gwr 2021, zhumadian_2020, hubei_2026: 建设 after the formula is the activity word.
    [InlineData("扎实开展党史学习教育。加强法治政府建设，切实依法行政。坚持政务公开。", "法治政府")]
    [InlineData("建设法治政府。全面推进法治政府建设，坚持依法施政、依法行政、依法办事。", "法治政府")]
    // anhui_2026, sichuan_2026 (a list of fields under rectification), zhumadian_2025 (a count of the area built).
    [InlineData("高质量推进高标准农田建设，取消建设资金县级配套。", "高标准农田")]
    [InlineData("深化整治校园餐、殡葬、高标准农田建设、农村集体“三资”管理、医保基金管理等领域腐败问题。", "高标准农田")]
    [InlineData("完成结转2024年高标准农田建设34.3万亩，谋划2025年高标准农田建设41.6万亩。", "高标准农田")]
    // fujian_2026, xinjiang_2026, jiangsu_2026, gwr 2018, henan_2026, gwr 2021, gwr 2024 (“两重”).
    [InlineData("积极融入全国统一大市场建设，扩大高水平对外开放。", "全国统一大市场")]
    [InlineData("加快数字政府建设，推动“高效办成一件事”提质扩面。", "数字政府")]
    [InlineData("推进以县城为重要载体的城镇化建设，常住人口城镇化率提高。", "以县城为重要载体的城镇化")]
    [InlineData("推进平安中国建设，严密防范和坚决打击暴力恐怖活动。", "平安中国")]
    [InlineData("完善产业配套体系，加快新型基础设施建设，提升产业链韧性和安全水平。", "新型基础设施")]
    [InlineData("扎实推动京津冀协同发展、长江经济带发展、粤港澳大湾区建设、长三角一体化发展。", "粤港澳大湾区")]
    [InlineData("围绕扩大有效需求，扎实推进“两重”建设，加力支持“两新”工作。", "两重")]
    public void The_activity_word_after_a_formula_is_left_out(string text, string formula)
    {
        var mentions = Outermost(text);
        Assert.Contains(mentions, m => m.Surface.Trim('“', '”') == formula);
        Assert.DoesNotContain(mentions, m => m.Surface.Trim('“', '”').StartsWith(formula, StringComparison.Ordinal) && m.Surface.EndsWith("建设", StringComparison.Ordinal));
    }

    [Theory]
    // jiangsu_2026, zhumadian_2011, liaoning_2026: 建设 is part of the established name.
    [InlineData("实施公民道德建设工程、公民法治素养提升行动，加强城乡精神文明建设。", "精神文明建设")]
    [InlineData("加快中心城区、县城和小城镇建设，大力发展县域经济，扎实推进新农村建设，全面加快城镇化进程。", "新农村建设")]
    [InlineData("深入推进政府系统党风廉政建设。", "党风廉政建设")]
    [InlineData("打造生态文明建设安徽样板。", "生态文明建设")]
    // zhumadian_2017: the title of the central plan keeps 建设 (its own entry).
    [InlineData("落实贯彻法治政府建设实施纲要，完善法治政府建设推进机制。", "法治政府建设实施纲要")]
    public void Construction_that_is_part_of_the_name_stays(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface);
    }

    [Theory]
    // shaanxi_2026, zhumadian_2009, guizhou_2026, guangdong_2023: things protected, shown and sold.
    [InlineData("推动秦腔、剪纸、民歌、西安鼓乐等非物质文化遗产传承发展。")]
    [InlineData("加强重点文物和非物质文化遗产保护。")]
    [InlineData("打造玩具手办、国潮IP等年轻化消费产品，推出一批非遗夜市、中医药文化夜市等主题消费场景。")]
    [InlineData("活态传承醒狮、龙舟、粤绣、陶艺、石艺等非遗项目。")]
    public void Intangible_heritage_as_a_category_is_not_reported(string text)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Canonical == "非物质文化遗产");
    }

    [Fact]
    public void A_programme_named_with_intangible_heritage_stays()
    {
        // zhumadian_2026.
        SloganMention m = Assert.Single(Outermost("实施非遗点亮计划，支持驿城区建设非遗展示场馆，让本土古韵焕发时代风采。"), m => m.Surface == "非遗点亮计划");
        Assert.Equal(MentionKind.Policy, m.Kind);
    }
}

public sealed class LexiconFieldListRound27Tests
{
    [Theory]
    // hubei_2026, anhui_2026, xinjiang_2026, zhumadian_2026: 社会治理 as a field listed beside others.
    [InlineData("医疗、养老、托幼等领域还有一些短板弱项，经济发展、社会治理等重点领域还有不少风险隐患。")]
    [InlineData("加强人工智能同产业发展、文化建设、民生保障、社会治理相结合，抢占人工智能产业应用制高点。")]
    [InlineData("优化营商环境仍需持续用力，公共服务、生态环境和社会治理等领域仍有不少短板弱项。")]
    [InlineData("城镇化水平不高，民生改善、生态保护、社会治理还有短板。")]
    public void Social_governance_listed_as_a_field_is_not_reported(string text)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Surface == "社会治理");
    }

    [Theory]
    // jiangxi_2026 (a task with its verb inside a list of tasks), sichuan_2026, zhumadian_2024, henan_2026.
    [InlineData("提高公共安全治理水平、全面加强安全生产、加强和创新社会治理、推进全面依法治省等，进行系统部署。")]
    [InlineData("加强依法行政和社会治理，健全涉企收费目录清单制度。")]
    [InlineData("加强和创新社会治理。深化更高水平法治驻马店、平安驻马店建设。")]
    [InlineData("贯彻总体国家安全观，提升社会治理效能，有效防范化解各类风险。")]
    public void Social_governance_as_a_task_stays(string text)
    {
        SloganMention m = Assert.Single(Outermost(text), m => m.Surface == "社会治理");
        Assert.Equal(MentionKind.Lexicon, m.Kind);
    }
}
