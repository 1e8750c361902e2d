// Specifications of round 21 of the formula recall work (issue 13, branch fewer21): occurrences of formulas the build
// already reports elsewhere in the same report. Two more names a report introduces in quotation marks are repeated
// (RepeatMentionFinder): a quoted numbered label of four or more Han characters, bare, where the report writes it again; and
// the quoted label of a named programme, only where the report writes it again inside the same quotation marks and not
// with the programme's head after it. Sentences of the development reports (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class RepeatLabelRound21Tests
{
    [Fact]
    public void A_quoted_programme_label_written_again_in_quotation_marks_is_repeated()
    {
        // liaoning 2026: the programme “辽宁优品”工程, its label awarded (评定“辽宁优品”27个) and again (再打造30个“辽宁优品”).
        const string text = "实施“辽宁优品”工程，评定“辽宁优品”27个、消费名企名品100个。新增离境退税商店。再打造30个“辽宁优品”，推动更多“辽品出辽”“辽品出海”。";
        IReadOnlyList<SloganMention> mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == "“辽宁优品”工程");
        Assert.Equal(2, mentions.Count(m => m.Kind == MentionKind.Quoted && m.Surface == "辽宁优品" && m.Subtype == "repeat"));
    }

    [Fact]
    public void A_quoted_programme_label_written_bare_is_not_repeated()
    {
        // guangdong 2024: “大项目”扩容增量行动, later 好项目、大项目 bare: alone and unquoted such a label is mostly an ordinary
        // phrase, as before this round. Round 83 (FewerRound83Tests) repeats a label of four or more Han characters bare after
        // the programme's name: shaanxi 2026's 双导师制, once this test's example, is coded there by dev-recall20-shaanxi, as
        // every such readable place is (5 of 5).
        const string text = "实施“大项目”扩容增量行动，抓好投资50亿元以上项目。引进一批标志性的好项目、大项目，打造“投资广东”品牌。";
        Assert.DoesNotContain(Mentions(text), m => m.Surface == "大项目" && m.Start > 20);
    }

    [Fact]
    public void A_quoted_programme_label_with_the_programme_head_after_it_is_not_the_label_alone()
    {
        // jiangxi 2026: “十百千万”工程项目 are the projects of the programme “十百千万”工程; the label alone would cut its head.
        const string text = "“十百千万”工程项目完成投资1.22万亿元，民间投资增长。稳定投资规模，滚动实施“十百千万”工程，实施省大中型项目5296个。";
        IReadOnlyList<SloganMention> mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == "“十百千万”工程" && m.Start > 20);
        Assert.DoesNotContain(mentions, m => m.Surface == "十百千万");
    }

    [Fact]
    public void A_quoted_numbered_label_of_four_or_more_characters_is_repeated_bare()
    {
        // zhumadian 2014: the working method written bare first, then quoted as the formula.
        const string text = "坚持大招商、一举求多效，加快城镇化、一发动全身。坚持把开放招商作为“一举求多效”的综合性举措，大力实施开放带动战略。";
        IReadOnlyList<SloganMention> mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Numbered && m.Surface == "一举求多效" && m.Subtype == "repeat");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Numbered && m.Surface == "一举求多效" && m.Subtype != "repeat");
    }

    [Fact]
    public void A_short_quoted_numbered_label_is_not_repeated_bare()
    {
        // jiangsu 2026: “一件事” (three characters) quoted; 一件事 elsewhere stays the lexicon's “高效办成一件事”, no repeat of its own.
        const string text = "深化高层建筑消防等9个“一件事”全链条治理，持续开展事故隐患排查整治。实施新一轮优化营商环境政策措施，放大“高效办成一件事”综合效应，推行“换位跑一次”。";
        Assert.DoesNotContain(Mentions(text), m => m.Surface == "一件事" && m.Subtype == "repeat");
    }
}
