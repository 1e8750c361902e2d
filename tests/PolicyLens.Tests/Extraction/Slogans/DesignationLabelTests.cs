// Specifications of round 17 (issue 13, branch designation17): a formula inside the label of a designation a place or unit is
// awarded or applies for is not reported alone; the label is reported whole, once, or nothing for a place's title. The
// codebook's section "Decision on a formula inside a designation label". Sentences of the development reports (the file each
// comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class DesignationLabelTests
{
    [Theory]
    // henan_2026; zhumadian_2020; jilin_2026 (a level 国家级 and a count before it); guangdong_2023 (a field modifier after 创建).
    [InlineData("免费学前教育逐步推行，11个县被认定为国家义务教育优质均衡发展县，完成职业技能培训284万人次。", "国家义务教育优质均衡发展县", "义务教育优质均衡发展")]
    [InlineData("新创建2个国家级乡村振兴示范县。持续巩固拓展脱贫攻坚成果。", "国家级乡村振兴示范县", "乡村振兴")]
    [InlineData("加快健康广东建设。加快创建卫生健康高质量发展示范省，深化医药卫生体制改革。", "卫生健康高质量发展示范省", "高质量发展")]
    // gwr 2023: a designation category of the state.
    [InlineData("确定并集中支持160个国家乡村振兴重点帮扶县，加大对易地搬迁集中安置区等重点区域支持。", "国家乡村振兴重点帮扶县", "乡村振兴")]
    // zhumadian_2026: a link word (建设) between the formula and the head.
    [InlineData("成功创建全国法治政府建设示范市、平安中国建设示范市、国家公交都市建设示范市。", "国家公交都市建设示范市", "公交都市")]
    public void A_formula_inside_a_designation_label_is_reported_as_the_whole_label_once(string text, string label, string formula)
    {
        List<SloganMention> mentions = Outermost(text);
        SloganMention reported = Assert.Single(mentions, m => m.Surface == label);
        Assert.Equal(MentionKind.Lexicon, reported.Kind);
        Assert.Equal(label, reported.Canonical);
        Assert.Equal(DesignationLabel.Subtype, reported.Subtype);
        Assert.DoesNotContain(mentions, m => m.Canonical == formula || m.Surface == formula);
    }

    [Fact]
    public void A_label_the_lexicon_lists_is_reported_whole_under_its_programme()
    {
        // zhumadian_2020: lexicon round 17 (fresh17) lists 国家生态文明建设示范县 as a spelling of the programme
        // 国家生态文明建设示范区, so the lexicon reports the label whole, canonical the programme, and the formula
        // 生态文明建设 inside it is not reported alone.
        List<SloganMention> mentions = Outermost("泌阳县成功创建国家生态文明建设示范县，汝南县被命名为全国第二批节水型社会建设达标县。");
        SloganMention reported = Assert.Single(mentions, m => m.Surface == "国家生态文明建设示范县");
        Assert.Equal(MentionKind.Lexicon, reported.Kind);
        Assert.Equal("国家生态文明建设示范区", reported.Canonical);
        Assert.DoesNotContain(mentions, m => m.Canonical == "生态文明建设" || m.Surface == "生态文明建设");
    }

    [Fact]
    public void The_formula_inside_the_label_is_still_reported_nested_when_nested_formulas_are_counted()
    {
        // hubei_2026: with CountingUnit.Nested the label's formula is reported inside it, marked nested.
        var nested = new SloganExtractor(Lexicon.Default, SloganExtractorOptions.Default with { CountingUnit = CountingUnit.Nested });
        IReadOnlyList<SloganMention> mentions = nested.Extract("赤壁、恩施等14个县市获批创建国家乡村振兴示范县，我省在国家脱贫攻坚年度考核评估中实现“十连好”。");
        Assert.Contains(mentions, m => m.Surface == "国家乡村振兴示范县" && !m.Nested);
        Assert.Contains(mentions, m => m.Surface == "乡村振兴" && m.Nested);
    }

    [Theory]
    // henan_2026: 分类有序、片区化推进乡村振兴 after the label; zhumadian_2024: 实施乡村振兴战略; qinghai_2026: 生态文明建设 as a field.
    [InlineData("加快建设国家乡村振兴示范县，分类有序、片区化推进乡村振兴，建成35个先导区。", "乡村振兴")]
    [InlineData("坚持农业农村优先发展，深入实施乡村振兴战略，推进乡村全面振兴。", "乡村振兴战略")]
    [InlineData("推动义务教育优质均衡发展和城乡一体化，加快补齐农村办学条件短板。", "义务教育优质均衡发展")]
    // (Round 54: a pilot's own name before 城市, 国家碳达峰试点城市, is now the designation of cities with the pilot as its
    // Label, the codebook's round-46 decision: FieldRound54Tests.)
    // zhumadian_2024: farmland measured in area is the programme's own use.
    [InlineData("新建高标准农田示范区60万亩，确保粮食播种面积稳定。", "高标准农田")]
    public void The_formula_in_its_own_use_is_untouched(string text, string formula)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && (m.Canonical == formula || m.Surface == formula) && m.Subtype != DesignationLabel.Subtype);
    }

    [Theory]
    // zhumadian_2025 and zhumadian_2023: rankings and honours a place wins, its own titles, not a programme's label.
    [InlineData("连续十年被评为全省平安建设优秀省辖市。确山县、西平县被评为全国县域商业领跑县。", "平安建设")]
    [InlineData("遂平县创成全国休闲农业和乡村旅游示范县、全国村庄清洁行动先进县。", "村庄清洁行动")]
    // zhumadian_2024: a list of titles ending 等荣誉称号.
    [InlineData("获得全省农村人居环境整治成效明显市、畜牧业高质量发展示范市、健康城市建设样板市等荣誉称号。", "高质量发展")]
    // gansu_2026: a quoted title after 获评.
    [InlineData("敦煌、永靖创建为全国文明城市。酒泉获评“平安中国建设示范市”。", "平安中国建设")]
    public void A_place_s_title_reports_nothing_for_the_formula_inside_it(string text, string formula)
    {
        List<SloganMention> mentions = Outermost(text);
        Assert.DoesNotContain(mentions, m => m.Canonical.Contains(formula, StringComparison.Ordinal) || m.Surface.Contains(formula, StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_s_own_zone_leaves_the_formula_as_found()
    {
        // zhumadian_2018: the sponge-city zone of one district, no designation awarded or applied for.
        Assert.Contains(Outermost("稳步推进北部新区海绵城市示范区建设。加强绿化提升工程建设。"), m => m.Canonical == "海绵城市");
    }

    [Fact]
    public void The_label_is_read_off_the_text_alone()
    {
        // The rule without a segmenter: a level, a creation verb, a head.
        const string text = "争创国家生态文明建设示范市，建设更高水平的美丽驻马店。";
        int start = text.IndexOf("生态文明建设", StringComparison.Ordinal);
        (int Start, int End, bool Title)? label = DesignationLabel.Find(text, null, start, start + "生态文明建设".Length);
        Assert.NotNull(label);
        Assert.Equal("国家生态文明建设示范市", text[label.Value.Start..label.Value.End]);
        Assert.False(label.Value.Title);
    }
}
