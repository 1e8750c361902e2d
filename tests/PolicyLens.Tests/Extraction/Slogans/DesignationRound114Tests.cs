// Specifications of round 114 (issue 13, branch desig114): designations on fresh 2024 city text (unseen26u, the pool of
// round 113). A designation written after its level word and a round of awards is reported from after the round (the codebook's
// round-46 decision: the rank is no part of the name; DesignationLabel.RoundAfterLevel.cs); the won labels (DesignationLabel.Won.cs)
// read the heads of towns, villages, units and parks a ministry's programme names (强镇, 示范村, 示范单位, 示范园, 商圈, 度假地,
// 重点村（镇）, 集聚（示范）区, a marked 园区), a bare 省 after a verb of winning, and 市 inside 城市 or 市域 is no city's name.
// Sentences of unseen26u and readable texts are read from their files; a pool sentence is quoted with its city and the
// repository named (JiangGufan/digital-governance @ 48a0d122, data/txt_doc_level/<city>.txt).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Designations on fresh city text (round 114).</summary>
public sealed class DesignationRound114Tests
{
    [Theory]
    // 获批国家第三批安宁疗护试点城市 (tongling 2024): its gold codes 安宁疗护试点城市 | 安宁疗护试点.
    [InlineData("unseen/tongling-gwr-2024.txt", "安宁疗护试点城市")]
    // 入选国家首批清洁生产审核创新试点 (laibin 2024): its gold codes 清洁生产审核创新试点 ("国家首批 outside, round 46").
    [InlineData("unseen/laibin-gwr-2024.txt", "清洁生产审核创新试点")]
    // 力争成为全国首批公共就业创业服务示范城市 (chengdu 2024).
    [InlineData("unseen/chengdu-gwr-2024.txt", "公共就业创业服务示范城市")]
    // 我省获建全国首批省域美丽中国先行区 (hubei 2026, development).
    [InlineData("provincial/hubei_2026.txt", "省域美丽中国先行区")]
    public void A_designation_after_a_level_and_a_round_starts_after_the_round(string name, string surface)
    {
        Assert.Contains(InReport(name), m => m.Kind == MentionKind.Lexicon && m.Subtype == DesignationLabel.Subtype && m.Surface == surface && !m.Nested);
    }

    [Fact]
    public void A_pilot_after_a_round_keeps_its_formula_as_the_label()
    {
        // beijing 2024: 北京成为国家首批制度型开放试点; its gold codes 制度型开放 there.
        Assert.Contains(InReport("unseen/beijing-gwr-2024.txt"), m => m.Surface == "制度型开放试点" && m.Label == "制度型开放");
    }

    [Theory]
    // 新增国家农业产业强镇3个 and 新增全国乡村治理示范村5个 (nantong 2024).
    [InlineData("unseen/nantong-gwr-2024.txt", "国家农业产业强镇", "农业产业强镇")]
    [InlineData("unseen/nantong-gwr-2024.txt", "全国乡村治理示范村", "乡村治理示范村")]
    // 创成省公交优先示范城市 (nantong 2024): a bare 省 after the verb; the gold's alternative 公交优先示范城市.
    [InlineData("unseen/nantong-gwr-2024.txt", "省公交优先示范城市", "公交优先示范城市")]
    // 被评为国家级文明旅游示范单位, 创建国家级滑雪旅游度假地, 创建国家级绿色园区 (hohhot 2024).
    [InlineData("unseen/hohhot-gwr-2024.txt", "国家级文明旅游示范单位", "文明旅游示范单位")]
    [InlineData("unseen/hohhot-gwr-2024.txt", "国家级滑雪旅游度假地", "滑雪旅游度假地")]
    [InlineData("unseen/hohhot-gwr-2024.txt", "国家级绿色园区", "绿色园区")]
    // 入选全国示范智慧商圈, 入选国家农村产业融合发展示范园 (chengdu 2024).
    [InlineData("unseen/chengdu-gwr-2024.txt", "全国示范智慧商圈", "示范智慧商圈")]
    [InlineData("unseen/chengdu-gwr-2024.txt", "国家农村产业融合发展示范园", "农村产业融合发展示范园")]
    // 争创一批自治区级乡村旅游重点村（镇） (laibin 2024).
    [InlineData("unseen/laibin-gwr-2024.txt", "自治区级乡村旅游重点村（镇）", "乡村旅游重点村（镇）")]
    // 创建省级服务业集聚（示范）区2家 (tongling 2024).
    [InlineData("unseen/tongling-gwr-2024.txt", "省级服务业集聚（示范）区", "服务业集聚（示范）区")]
    // 深化法治乡村建设，创建省级民主法治示范村（社区）300个 (hebei 2022, unseen26f).
    [InlineData("unseen/hebei-gwr-2022.txt", "省级民主法治示范村（社区）", "民主法治示范村（社区）")]
    public void A_won_designation_of_towns_villages_units_and_parks_is_reported_whole(string name, string surface, string label)
    {
        Assert.Contains(InReport(name), m => m.Subtype == DesignationLabel.Subtype && m.Surface == surface && m.Label == label && !m.Nested);
    }

    [Fact]
    public void A_designation_whose_qualifier_says_city_or_city_region_names_no_city()
    {
        // tongling 2024: 成为全国市域社会治理现代化试点合格城市; its gold codes the whole (one item holding the pilot).
        Assert.Contains(InReport("unseen/tongling-gwr-2024.txt"), m => m.Surface == "全国市域社会治理现代化试点合格城市" && !m.Nested);
    }

    [Theory]
    // 池州: 推进实施28个节能环保项目，争创国家级循环经济试点园区.
    [InlineData("推进实施节能环保项目，争创国家级循环经济试点园区。", "国家级循环经济试点园区")]
    // 广安: 获评国家农业产业强镇5个、数量居全省第一.
    [InlineData("新创建（晋升）省星级园区4个。获评国家农业产业强镇5个、数量居全省第一。", "国家农业产业强镇")]
    // 合肥: 肥东、长丰入选全国首批自然资源节约集约示范县.
    [InlineData("肥东、长丰入选全国首批自然资源节约集约示范县。", "自然资源节约集约示范县")]
    // 温州: 乐清、瑞安获评全国首批自然资源节约集约示范县（市）: the bracketed grade closes it.
    [InlineData("乐清、瑞安获评全国首批自然资源节约集约示范县（市）。", "自然资源节约集约示范县（市）")]
    public void A_pool_sentence_reports_the_designation_whole(string sentence, string surface)
    {
        Assert.Contains(Outermost(sentence), m => m.Subtype == DesignationLabel.Subtype && m.Surface == surface);
    }

    [Theory]
    // hohhot 2024: 推动土左旗、武川县创建国家级农业园区 — a kind of park (its coder lists 国家级农业园区 among parks, uncoded).
    [InlineData("unseen/hohhot-gwr-2024.txt", "国家级农业园区")]
    // baoan 2024: 产业转移工业园连续6年被评为省优秀园区 — a grade won in an evaluation.
    [InlineData("unseen/baoan-gwr-2024.txt", "省优秀园区")]
    // guangming 2025: 被评为市级专业园区 — a kind of park.
    [InlineData("unseen/guangming-gwr-2025.txt", "市级专业园区")]
    public void A_park_of_a_sector_or_grade_is_no_designation(string name, string surface)
    {
        Assert.DoesNotContain(InReport(name), m => m.Surface == surface);
    }

    [Theory]
    // 聊城: 主城区、茌平、莘县成功创建省四星级智慧城市 — a star grade (the lexicon's 智慧城市 stays).
    [InlineData("主城区、茌平、莘县成功创建省四星级智慧城市，城市治理更有效能。", "省四星级智慧城市")]
    // sichuan_2026 (development): 培育100个省级百强中心镇 — 百强 stays a ranking; the development gold leaves it uncoded.
    [InlineData("完成乡镇行政区划和村级建制调整改革，培育100个省级百强中心镇，常住人口城镇化率突破60%。", "省级百强中心镇")]
    // 北海: 全国首批进一步对外开放沿海城市40周年 — the coastal cities of 1984, no designation's head.
    [InlineData("纪念全国首批进一步对外开放沿海城市40周年。", "进一步对外开放沿海城市")]
    // 乐山: 全省首批禁毒示范县创建验收名单 — the designation, not the list.
    [InlineData("井研县、沐川县入围全省首批禁毒示范县创建验收名单。", "禁毒示范县创建验收名单")]
    public void A_grade_an_anniversary_or_a_list_is_not_read_as_the_designation(string sentence, string surface)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface == surface);
    }
}
