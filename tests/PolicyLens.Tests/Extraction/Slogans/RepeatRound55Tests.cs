// Specifications of round 55 (issue 13, branch repeat55): a lexicon formula written with quotation marks around part of it
// (坚持过“紧日子”, 继续“扫黄”、“打非”) is still that formula, reported over the marks it takes in; where the marks open a
// quotation that runs past the formula (城乡“融合路”, 人口“老龄化、少子化…”), or a finder already drew the span (“十百千万”工程),
// nothing changes. Every sentence is a real one of a readable text; the first two are places the unseen26l/j coders counted
// and main missed (过紧日子 found fewer times than coded).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Lexicon formulas with quotation marks inside them, round 55.</summary>
public sealed class RepeatRound55Tests
{
    [Theory]
    // dapeng-gwr-2025 (unseen26l): coded 过紧日子 twice; main reported only the unquoted 树牢“过紧日子”思想.
    [InlineData("完善重点领域廉政风险防控机制。坚持过“紧日子”，严控“三公”经费。", "过“紧日子”", "过紧日子")]
    // longgang-gwr-2025 (unseen26j): the same, after 厉行节约.
    [InlineData("坚持量入为出，厉行节约过“紧日子”，加强财政资源和预算统筹，确保财政收支平衡。", "过“紧日子”", "过紧日子")]
    // gwr 1998 (national): a campaign of two quoted halves.
    [InlineData("加强文化市场管理，继续开展“扫黄”、“打非”斗争，促进城乡文化市场健康发展。", "“扫黄”、“打非”", "扫黄打非")]
    // zhumadian_2024 (development): a designation whose label is quoted, with its level word (round 46).
    [InlineData("确山县被评为全国县域商业“领跑县”，皇家驿站步行街、上蔡李斯步行街成功创建全省示范步行街。", "全国县域商业“领跑县”", "县域商业领跑县")]
    public void A_formula_with_quotation_marks_inside_it_is_that_formula(string sentence, string surface, string canonical)
    {
        Assert.Contains(Mentions(sentence), m => m.Surface == surface && m.Canonical == canonical && m.Kind == MentionKind.Lexicon);
    }

    [Fact]
    // A heading with marks in it, a sentence without any (read past: only sentences holding a mark are matched again), and a
    // quoted sentence: joined, the heading's line break stands between two Han characters (紧日子 and 严控), which the view
    // folds away. The stage once gave up on any text whose view changed its length, so such a report found none of these.
    public void A_heading_run_into_a_later_sentence_keeps_the_formula()
    {
        IReadOnlyList<SloganMention> found = Mentions("一、坚持过“紧日子”\n（一）严格预算管理。严控“三公”经费，压减一般性支出。");
        Assert.Contains(found, m => m.Surface == "过“紧日子”" && m.Canonical == "过紧日子" && m.Kind == MentionKind.Lexicon);
    }

    [Fact]
    // Characters joined only because the sentences between them were read past are no formula as written: 紧日 ending a
    // heading and 子 starting a later quoted sentence are not read as 过紧日子 across the line break.
    public void Characters_joined_across_a_folded_line_break_are_not_a_formula()
    {
        IReadOnlyList<SloganMention> found = Mentions("坚持过“紧日”\n（一）严格预算管理。子“好过”。");
        Assert.DoesNotContain(found, m => m.Canonical == "过紧日子");
    }

    [Theory]
    // fujian_2026 (development): the marks quote 融合路, a phrase of their own, not 城乡融合 of 城乡融合发展.
    [InlineData("走好城乡“融合路”。开展首批9个城乡融合试点和10个城镇化潜力地区试点。", "城乡“融合")]
    // sichuan_2026 (development): the quotation runs on past 老龄化 (老龄化、少子化、区域增减分化).
    [InlineData("推动人口发展提质进步，积极应对人口“老龄化、少子化、区域增减分化”新挑战，健全覆盖全人群、全生命周期的人口服务体系。", "积极应对人口“老龄化")]
    public void Marks_that_quote_past_the_formula_add_nothing(string sentence, string surface)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.StartsWith(surface, StringComparison.Ordinal));
    }

    [Fact]
    // zhumadian_2018 (development): one character in marks is a scare quote the development judges read as naming nothing
    // (Gold/mentions-dev-quoted16-unreported.tsv), and their guard would read 亲清政商关系 drawn over it as reporting it.
    public void A_single_character_in_marks_keeps_the_formula_unreported()
    {
        IReadOnlyList<SloganMention> found = Mentions("强化企业至上理念，构建“亲”“清”政商关系，急企业所急、想企业所想。");
        Assert.DoesNotContain(found, m => m.Canonical == "亲清政商关系");
    }

    [Fact]
    // jiangxi_2026 (development): a quoted label drawn with its head keeps its mention; 百千万工程 inside it adds nothing.
    public void A_quoted_label_the_finders_drew_keeps_its_span()
    {
        IReadOnlyList<SloganMention> found = Mentions("主要经济指标增速高于全国平均水平。“十百千万”工程项目完成投资1.22万亿元，民间投资逆势增长2.7%。");
        Assert.DoesNotContain(found, m => m.Canonical is "百千万工程" or "千万工程");
    }
}
