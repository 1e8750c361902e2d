// Specifications of round 17 of the formula recall work (issue 13, branch fresh17), lexicon part: the cross-document formulas
// and spellings curated from the misses of the fresh development gold (Gold/formulas-dev-recall17.tsv: jiangsu_2026 and
// zhumadian_2023, coded before the extractor was run on them) are found in real sentences of the development reports and the
// national corpus, whole, and a formula inside a designation label gives way to the designation.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or national years that the lexicon lacked before round 17
/// (tools/lexicon/curated/round17-2026.txt) and spellings of existing entries (curated/variants17-2026.txt). Sentences of the
/// development reports and the government work reports (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound17Tests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    [Fact]
    public void Formulas_of_the_economy_and_of_housing_are_found()
    {
        // gwr 2023 and jiangsu_2026 (coded by Gold/formulas-dev-recall17.tsv): the large provinces' task in two spellings.
        Assert.True(ReportsLexicon("加强对各地落实政策的督导服务，支持各地挖掘政策潜力，支持经济大省勇挑大梁，突出稳增长稳就业稳物价。", "经济大省挑大梁", "经济大省勇挑大梁"));
        Assert.True(ReportsLexicon("有效应对世纪疫情和重大风险挑战，坚决扛好经济大省挑大梁责任，推动高质量发展继续走在前列。", "经济大省挑大梁", "经济大省挑大梁"));

        // gwr 2023 and zhumadian_2023: the three tasks of 2023.
        Assert.True(ReportsLexicon("把实施扩大内需战略同深化供给侧结构性改革有机结合起来，突出做好稳增长、稳就业、稳物价工作。", "稳增长、稳就业、稳物价", "稳增长、稳就业、稳物价"));

        // gwr 2024 and jiangsu_2026: the housing principle of the government work reports since 2016.
        Assert.True(ReportsLexicon("采取更多针对性措施推动房地产高质量发展，因城施策控增量、去库存、优供给，推进房票安置。", "因城施策", "因城施策"));
        Assert.True(ReportsLexicon("采取更多针对性措施推动房地产高质量发展，因城施策控增量、去库存、优供给，推进房票安置。", "房地产高质量发展", "房地产高质量发展"));
    }

    [Fact]
    public void Formulas_of_the_people_and_of_government_are_found()
    {
        // jilin_2026 (a gold row added on the second reading) and zhumadian_2023.
        Assert.True(ReportsLexicon("始终把人民安居乐业、安危冷暖放在心上，解决好群众急难愁盼问题。", "急难愁盼", "急难愁盼"));
        Assert.True(ReportsLexicon("紧抓人民群众最关心最直接最现实的利益问题，坚持尽力而为、量力而行。", "最关心最直接最现实的利益问题", "最关心最直接最现实的利益问题"));

        // gwr 2022 and zhumadian_2023: the administrative reform's long-running goal and its counterpart of 放管服.
        Assert.True(ReportsLexicon("深入推进依法行政，加快转变政府职能，提高行政效率和公信力。", "转变政府职能", "转变政府职能"));
        Assert.True(ReportsLexicon("深化商事制度改革，加强事中事后监管，提升监管服务水平。", "事中事后监管", "事中事后监管"));
    }

    [Fact]
    public void The_second_batch_of_congress_and_plan_formulas_is_found()
    {
        // gwr 2013 and the 2026 reports: the congress reports' 促进人的全面发展.
        Assert.True(ReportsLexicon("保证人民依法享有广泛权利和自由，促进人的全面发展。", "人的全面发展", "人的全面发展"));

        // gwr 2016 and gwr 2022 (with 低碳): one formula of the way of producing and living.
        Assert.True(ReportsLexicon("推动形成绿色生产生活方式，加快改善生态环境。", "绿色生产生活方式", "绿色生产生活方式"));
        Assert.True(ReportsLexicon("发展绿色金融，加快形成绿色低碳生产生活方式。", "绿色生产生活方式", "绿色低碳生产生活方式"));

        // jiangsu_2026: the 2035 goal of the 20th congress for the countryside, and the 2025 childcare programme.
        Assert.True(ReportsLexicon("持续巩固拓展脱贫攻坚成果，推动农村基本具备现代生活条件。", "农村基本具备现代生活条件", "农村基本具备现代生活条件"));
        Assert.True(ReportsLexicon("落实育儿补贴等生育支持政策，统筹发展普惠托育和托幼一体化服务。", "托幼一体化", "托幼一体化"));

        // Third batch. gwr 2025 and zhumadian_2023: food security; gwr 2025 and jiangsu_2026: the working style; gwr 2025's
        // coordinated name of the urban renewal programme; zhumadian_2023: the garden-city designation for a county seat.
        Assert.True(ReportsLexicon("各地区都要扛稳保障国家粮食安全责任，共同把饭碗端得更牢。", "粮食安全", "粮食安全"));
        Assert.True(ReportsLexicon("提升行政效能和水平。坚持求真务实，从实际出发解决问题。", "求真务实", "求真务实"));
        Assert.True(ReportsLexicon("因城施策调减限制性措施，加力实施城中村和危旧房改造。", "城中村改造", "城中村和危旧房改造"));
        Assert.True(ReportsLexicon("遂平、西平、新蔡县创成国家园林县城。", "国家园林城市", "国家园林县城"));
    }

    [Fact]
    public void Written_spellings_are_reported_whole_not_cut()
    {
        // jiangsu_2026: 全国 is part of the market's name (it was reported as 碳排放权交易市场).
        Assert.True(ReportsLexicon("深入落实碳排放双控制度，服务融入全国碳排放权交易市场建设，积极稳妥推进碳达峰。", "全国碳市场", "全国碳排放权交易市场"));

        // jiangsu_2026 and gwr 2025: the short variant 百年变局 runs into 加速 and is dropped; the whole spelling stands.
        Assert.True(ReportsLexicon("我们既要看到，世界百年变局加速演进，霸权主义和强权政治威胁上升。", "百年未有之大变局", "世界百年变局"));

        // jiangsu_2026: the three marks of livelihood work in another order.
        Assert.True(ReportsLexicon("加强基础性、普惠性、兜底性民生建设，提升基本公共服务均衡性、可及性。", "普惠性、基础性、兜底性", "基础性、普惠性、兜底性"));

        // gwr 2018: the national programme's whole name with 跨省.
        Assert.True(ReportsLexicon("扩大跨省异地就医直接结算范围，把基层医院和外出农民工、外来就业创业人员等全部纳入。", "异地就医直接结算", "跨省异地就医直接结算"));
    }

    [Fact]
    public void A_designation_label_is_reported_rather_than_the_formula_inside_it()
    {
        // zhumadian_2023 and zhumadian_2024 (the codebook's seventeenth-round decision: the designation is the item).
        const string Text = "完成造林10.9万亩、抚育7.5万亩，争创国家生态文明建设示范市，建设更高水平的美丽驻马店。";
        Assert.True(ReportsLexicon(Text, "国家生态文明建设示范区", "国家生态文明建设示范市"));
        Assert.DoesNotContain(Mentions(Text), m => m.Surface.StartsWith("生态文明", StringComparison.Ordinal) && !m.Nested);
    }
}
