// Specifications of round 43 (issue 13, branch labels43): the codebook's round-26/27 decision (a generic count label written
// right after its field is one item with the field) read for the labels the readable judges still read wrong bare — the one
// ledger and the number-one project of a field (数据资源“一本账”, 国际医疗基地“一号工程”), reported with the field and counted under
// the bare label the golds code, and a field whose noun is joined by 之 (现代化品质生活之城建设“十大提升工程”). A field that holds a
// lexicon formula keeps the one-of-a-field label bare (全市域大财政“一本账”). Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Generic count labels after their field, round 43's readable cases.</summary>
public sealed class LabelsRound43Tests
{
    [Theory]
    // guangdong-plan-outline-2026-1 (unseen26h): the province's one ledger of data resources; 全省 is the scope.
    [InlineData("建立全省数据资源“一本账”，打造以市场需求为导向的数据高效供给体系。", "数据资源“一本账”", "一本账")]
    // cpc-15th-fyp-outline (unseen26b): the national one; 全国 is the scope, as 全省 is.
    [InlineData("构建国家数据资源体系，健全数据资源统计调查制度，建立全国数据资源“一本账”。", "数据资源“一本账”", "一本账")]
    // baoding-gwr-2025 (unseen26f): the number-one project of the international medical base; 紧盯 is the verb.
    [InlineData("紧盯国际医疗基地“一号工程”，广安门医院保定医院、北京儿童医院保定医院正式运营。", "国际医疗基地“一号工程”", "一号工程")]
    public void A_one_of_a_field_label_is_reported_with_its_field_under_the_bare_label(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical && m.Kind == MentionKind.Numbered);
        Assert.DoesNotContain(found, m => m.Surface == canonical || m.Surface == "“" + canonical + "”");
    }

    [Fact]
    public void A_one_of_a_field_label_after_a_field_holding_a_lexicon_formula_stays_bare()
    {
        // chongqing_2026: 大财政 is the lexicon's formula (judged right at this place); the label stays bare beside it.
        IReadOnlyList<SloganMention> found = Mentions("全面深化零基预算改革，建立全市域大财政“一本账”，养成过紧日子的习惯。");
        Assert.Contains(found, m => m.Surface == "一本账");
        Assert.Contains(found, m => m.Surface == "大财政");
    }

    [Fact]
    public void A_count_label_after_a_field_joined_by_zhi_is_reported_with_the_whole_field()
    {
        // baoding-gwr-2022 (unseen26f): the ten upgrading programmes of building the city of quality living; 把 opens the field.
        IReadOnlyList<SloganMention> found = Mentions("具体工作中，我们要聚焦市委全会打好“十个主动仗”要求，把现代化品质生活之城建设“十大提升工程”目标年度化、任务具体化，一步一个脚印把新保定美好蓝图如期实现。");
        Assert.Contains(found, m => m.Surface == "现代化品质生活之城建设“十大提升工程”" && m.Label == "十大提升工程"
            && m.Canonical == "现代化品质生活之城建设十大提升工程"); // named whole since round 82 (QuotedPrecisionRound82Tests)
        Assert.DoesNotContain(found, m => m.Surface == "十大提升工程");
    }
}
