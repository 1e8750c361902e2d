// Specifications of round 76's open items of named plans and summed lists (issue 13, open76): a plan whose name holds a year
// (PolicyDocumentFinder through DocumentStemStart), and a count label after 等 that closes an open 、-list
// (SummedListLabel.OpenList.cs). Sentences of the national and development reports and the opened unseen sets.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class OpenRound76Tests
{
    [Fact]
    public void A_plan_whose_name_holds_a_year_is_titled_whole()
    {
        // gwr/2021: the State Council's plan to peak carbon emissions before 2030; the four digits of the year had ended the run
        // the issuing verb is looked for in.
        IReadOnlyList<SloganMention> found = Mentions("扎实做好碳达峰、碳中和各项工作。制定2030年前碳排放达峰行动方案。优化产业结构和能源结构。");
        Assert.Contains(found, m => m.Kind == MentionKind.Titled && m.Surface == "2030年前碳排放达峰行动方案");
    }

    [Theory]
    // gwr/2011: digits that are no year (a range, 2011-2020年) do not open a name.
    [InlineData("颁布实施2011-2020年中国农村扶贫开发纲要，启动集中连片特殊困难地区扶贫攻坚工程。")]
    // A count of years before the head is no year of a name (a made-up sentence of the same shape).
    [InlineData("制定2030年的行动方案。")]
    public void Digits_that_are_no_year_of_a_name_open_no_titled_plan(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Titled && m.Surface.Contains("行动方案", StringComparison.Ordinal));

    [Fact]
    public void A_quoted_label_inside_a_document_name_stays_the_label()
    {
        // provincial/heilongjiang_2026: the development gold codes 好房子 here and no document; the run is not read on through
        // quotation marks.
        IReadOnlyList<SloganMention> found = Mentions("加快国家、省级城市更新试点建设。制定支持“好房子”建设若干措施，有序推动“好房子”建设。");
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Titled);
        Assert.Contains(found, m => m.Surface.Contains("好房子", StringComparison.Ordinal) && m.Start < 30);
    }

    [Theory]
    // unseen/baoding-gwr-2026 (gold: the list with its label, 十大工程 as alternative; borderline).
    [InlineData("抢抓电力工程部署和新型电力系统改革新机遇，开展龙头牵引、模式创新、前沿突破、数字赋能等十大工程，全面提升产业核心竞争力。", "十大工程")]
    // unseen/baoan-gwr-2024 (gold: the national 三大工程 bare, its members rows of their own).
    [InlineData("大力实施保障性住房规划建设、“平急两用”公共基础设施、城中村改造等三大工程，有效释放投资当量。", "三大工程")]
    public void An_unquoted_count_label_after_an_open_list_is_reported_bare(string text, string label) =>
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Numbered && m.Surface == label && !m.Nested);

    [Fact]
    public void The_members_of_an_open_list_before_its_label_stay_reported()
    {
        // unseen/baoan-gwr-2024: 城中村改造 and 保障性住房 are coded as rows of their own.
        IReadOnlyList<SloganMention> found = Mentions("大力实施保障性住房规划建设、“平急两用”公共基础设施、城中村改造等三大工程，有效释放投资当量。");
        Assert.Contains(found, m => m.Surface == "城中村改造");
        Assert.Contains(found, m => m.Surface == "保障性住房");
    }

    [Fact]
    public void A_note_spelling_out_a_defined_label_proposes_no_count_after_等()
    {
        // unseen/nanshan-gwr-2024's glossary (round 75): 等五项工程 counts with 项 and spells out “五优”工程.
        IReadOnlyList<SloganMention> found = Mentions("30.“五优”工程：南山区开展的学前教育普及普惠行动，包括学位优化、保教优育、人才优培、保障优先、管理优治等五项工程。");
        Assert.DoesNotContain(found, m => m.Surface == "五项工程");
    }
}
