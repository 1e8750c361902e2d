// Specifications of precision round 33 (issue 13, branch precision33): rules written from the CLASSES of the wrong verdicts
// blind judges gave on unseen26e's sample (the rows stay unread). Each rule is a general shape: a role officials are told to
// play, a classical line or a meeting's format in quotation marks; a chain of propositions (subject + 要 or 为 + predicate)
// written once; the bare 关键核心技术 without the task of tackling it; items that were variants of a related but different
// canonical. Sentences are real development or opened-unseen sentences where the readable texts write the shape; where none
// does (the shapes come from unseen26e, which may not be read), the sentence is written in the frame of a real one and says so.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Round 33's precision rules, one class of unseen26e's wrong verdicts each.</summary>
public sealed class PrecisionClassesRound33Tests
{
    // gd-baiqianwan-decision (opened unseen26).
    private const string CommandRoles = "县（市、区）委书记要充分发挥“一线总指挥”职责作用，乡镇（街道）党委书记当好“一线施工队长”，村（社区）党组织书记发挥“领头雁”作用。";

    [Fact]
    public void A_role_officials_are_told_to_play_is_no_quoted_label()
    {
        Assert.DoesNotContain(Quoted(CommandRoles), m => m.Surface is "一线施工队长" or "领头雁");
    }

    [Theory]
    // Written in the frame of a real sentence (以“…”的…, hunan_2026's 以“先人一步”的担当之责): the shape of unseen26e's classical line.
    [InlineData("以“采九州之精华、纳四海之新风”的胸怀，推动文化繁荣兴盛。", "采九州之精华、纳四海之新风")]
    // Written in the frame of a real sentence: a meeting's format, the shape of unseen26e's.
    [InlineData("会议采取“现场调研+集中开会”的方式召开。", "现场调研+集中开会")]
    public void A_classical_line_or_a_meetings_format_in_quotation_marks_is_a_saying(string sentence, string content)
    {
        Assert.DoesNotContain(Quoted(sentence), m => m.Surface == content);
        Assert.Equal("saying", Reason(sentence, content));
    }

    [Fact]
    public void A_formula_with_zhi_in_it_stays_a_formula()
    {
        // gwr 1954 (the lexicon's 取之于民，用之于民): 之 second in a four-character part is no classical line.
        Assert.Contains(Mentions("我们的财政是取之于民，用之于民的。"), m => m.Surface.Contains("取之于民", StringComparison.Ordinal));
    }

    [Theory]
    // Written in the frame of unseen26e's two classes (subject + 要 or 为 + predicate, four times, written once, unnamed).
    [InlineData("各级各部门要做到责任要压实、行动要迅速、工作要务实、成效要过硬，确保各项任务落地见效。", "行动要迅速")]
    [InlineData("坚持以增收为牵引、产业为载体、环境为基础、改革为动力，推动乡村全面振兴。", "产业为载体")]
    public void A_run_of_four_propositions_written_once_is_prose(string sentence, string unit)
    {
        Assert.DoesNotContain(Chains(sentence), m => m.Surface.Contains(unit, StringComparison.Ordinal));
    }

    [Theory]
    // gwr 1978 and hubei_2026: three terse clauses stay the round-20 formulas (judged right in the development files).
    [InlineData("国家要独立、民族要解放、人民要革命的历史洪流，滚滚向前，不可阻挡。", "国家要独立、民族要解放、人民要革命")]
    [InlineData("进一步完善以企业为主体、市场为导向、院所为依托，以及国内国外合作的协同创新体系。", "以企业为主体、市场为导向、院所为依托")]
    public void Three_clauses_on_one_frame_stay_a_formula(string sentence, string chain)
    {
        Assert.Contains(Chains(sentence), m => m.Surface == chain);
    }

    [Fact]
    public void A_run_of_four_propositions_used_again_is_a_formula()
    {
        // The round-18 mark of repetition: the same four clauses written twice in one text.
        const string text = "各级各部门要做到责任要压实、行动要迅速、工作要务实、成效要过硬，确保各项任务落地见效。"
            + "全省上下要坚持责任要压实、行动要迅速、工作要务实、成效要过硬，推动工作取得实效。";
        Assert.Contains(Chains(text), m => m.Surface == "责任要压实、行动要迅速、工作要务实、成效要过硬");
    }

    [Theory]
    // jiangsu_2026; guangdong_2023; heilongjiang_2026: the plain noun phrase.
    [InlineData("加快突破关键核心技术，强化高质量科技供给。")]
    [InlineData("关键核心技术受制于人的局面尚未根本改变。")]
    [InlineData("攻克关键核心技术200余项。")]
    public void The_bare_key_core_technologies_without_their_tackling_are_no_formula(string sentence)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface == "关键核心技术");
    }

    [Theory]
    // gwr 2024; gd-baiqianwan-plan-release-2026 (opened unseen26c).
    [InlineData("集成国家战略科技力量、社会创新资源，推进关键核心技术协同攻关，加强颠覆性技术和前沿技术研究。")]
    [InlineData("推动高端海工装备、深海养殖平台、海上风电等重点产业集群化发展，攻关水产种业关键核心技术。")]
    public void The_bare_key_core_technologies_with_their_tackling_in_the_clause_are_the_formula(string sentence)
    {
        SloganMention m = Assert.Single(Outermost(sentence), m => m.Surface == "关键核心技术");
        Assert.Equal("关键核心技术攻关", m.Canonical);
    }

    [Theory]
    // guangdong_2026: the coordinated form with the field 农 is an item of its own, not 文旅融合 cut out of it.
    [InlineData("新增22个新型城镇化建设试点、8个整县推进农文旅融合发展试点。", "农文旅融合发展", "农文旅融合")]
    // gwr 2025: the loose monetary stance is not 稳健的货币政策.
    [InlineData("实施更加积极的财政政策，实施适度宽松的货币政策。", "适度宽松的货币政策", "适度宽松的货币政策")]
    // gwr 2022: 跨周期调节 is not 逆周期调节.
    [InlineData("宏观政策适应跨周期调节需要，保持对经济恢复必要支持力度。", "跨周期调节", "跨周期调节")]
    // jiangsu_2026: the fiscal system below the province is not 财税体制改革.
    [InlineData("深化零基预算改革和省以下财政体制改革。", "省以下财政体制改革", "省以下财政体制改革")]
    public void An_item_related_to_a_canonical_is_counted_as_itself(string sentence, string surface, string canonical)
    {
        Assert.Contains(Mentions(sentence), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }
}
