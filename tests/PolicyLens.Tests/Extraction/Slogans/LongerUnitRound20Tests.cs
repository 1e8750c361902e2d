// Specifications of round 20 of the formula work (issue 13, branch longer20): a formula reported inside a longer written
// form of itself. A formula whose lexicon entry spells it with an ordinal label (普法: 七五普法, 八五普法) is one unit with
// a label of the same shape written before it, quoted or not (“九五”普法), and with 规划 when the plan of that round
// follows; neither the formula inside nor the label alone is reported. A label of another shape before another formula
// (“十一五”节能减排) is a period, not part of a name. Sentences of the development reports and the government work reports
// (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LongerUnitRound20Tests
{
    private static bool ReportsLexicon(string text, string canonical, string surface) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface == surface && !m.Nested);

    private static bool ReportsSurface(string text, string surface) => Mentions(text).Any(m => m.Surface == surface && !m.Nested);

    [Theory]
    // gansu 2026, hubei 2026: the eighth round, closed.
    [InlineData("“府院联动”“府检联动”常态化开展。“八五”普法目标任务全面完成。", "“八五”普法")]
    [InlineData("扎实开展“八五”普法、第五次经济普查。", "“八五”普法")]
    // beijing, qinghai, guangdong 2026: the ninth round, a label no spelling of the lexicon holds yet; 工作 stays out.
    [InlineData("严格规范公正文明执法，扎实推进“九五”普法。", "“九五”普法")]
    [InlineData("实施“九五”普法，开展公共法律服务规范提升三年行动。", "“九五”普法")]
    [InlineData("加强社会工作者队伍建设。启动“九五”普法工作。", "“九五”普法")]
    // sichuan 2026, zhumadian 2023, gwr 2016: the plan of the round.
    [InlineData("健全现代公共法律服务体系，编制实施“九五”普法规划，深化法治乡村（社区）建设。", "“九五”普法规划")]
    [InlineData("深入践行习近平法治思想，实施“八五”普法规划，带头尊法学法守法用法。", "“八五”普法规划")]
    [InlineData("开展法治宣传教育，启动实施“七五”普法规划，做好法律援助和社区矫正工作。", "“七五”普法规划")]
    // zhumadian 2009: the labelled name inside its own quotation marks.
    [InlineData("扎实推进“五五普法”宣传教育，继续开展平安建设活动。", "五五普法")]
    public void A_formula_with_the_ordinal_label_its_spellings_give_it_is_one_unit(string text, string surface)
    {
        Assert.True(ReportsLexicon(text, "普法", surface));
        // Neither the formula inside nor the label alone.
        Assert.DoesNotContain(Mentions(text), m => !m.Nested && (m.Surface == "普法" || m.Kind == MentionKind.Numbered && m.Surface.Trim('“', '”').EndsWith('五')));
    }

    [Fact]
    public void Without_a_label_the_formula_is_reported_as_before()
    {
        // zhumadian 2014: 普法教育, the generic word after it.
        Assert.True(ReportsLexicon("深入推进普法教育和依法治理，广泛开展精神文明创建活动。", "普法", "普法"));
    }

    [Theory]
    // gwr 2008, 2012, 2019: a five-year plan's period before a formula whose entry has no labelled spelling is no part of
    // its name: the formula stays the item.
    [InlineData("今年是完成“十一五”节能减排约束性目标的关键一年。", "节能减排", "“十一五”节能减排")]
    [InlineData("发布实施“十二五”节能减排综合性工作方案、控制温室气体排放工作方案。", "节能减排", "“十二五”节能减排")]
    [InlineData("基本完成“十三五”易地扶贫搬迁规划建设任务，加强后续扶持。", "易地扶贫搬迁", "“十三五”易地扶贫搬迁")]
    public void A_period_before_a_formula_without_labelled_spellings_stays_out_of_it(string text, string formula, string longer)
    {
        Assert.True(ReportsSurface(text, formula));
        Assert.False(ReportsSurface(text, longer));
    }
}
