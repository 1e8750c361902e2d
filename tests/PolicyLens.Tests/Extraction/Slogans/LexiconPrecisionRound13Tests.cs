// Specifications of round 13 of the lexicon precision work (issue 13): each rule that keeps a lexicon formula from being
// reported inside a longer item, on a real sentence of a development report where it must now stay out, and on one where
// the formula must still be found.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// A formula inside a longer quoted programme name or inside the name of a meeting, fair, film or treaty is no mention of its
/// own; the longer written forms a sampled mention was cut from are reported whole. Sentences of the development reports (the
/// file each comes from is named).
/// </summary>
public sealed class LexiconPrecisionRound13Tests
{
    private static bool ReportsLexicon(string text, string canonical) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && !m.Nested);

    [Fact]
    public void A_formula_inside_a_longer_quoted_programme_name_is_no_mention_of_its_own()
    {
        // liaoning_2026: 产业振兴 is a word of the campaign's quoted name.
        Assert.False(ReportsLexicon("开展“强化人才引领，推动教育科技人才一体赋能产业振兴”专项行动。", "产业振兴"));

        // A quote holding just the formula is the formula's own mark (chongqing_2026). Inside a designation label the label is
        // the item (round-17 decision; round 22, heldback22, added the label “两山”实践创新基地, fujian_2026): 两山 is no mention
        // of its own there.
        Assert.True(ReportsLexicon("生态文明建设示范区、“两山”实践创新基地、美丽河湖", "两山实践创新基地"));
        Assert.False(ReportsLexicon("生态文明建设示范区、“两山”实践创新基地、美丽河湖", "两山"));
        Assert.True(ReportsLexicon("加力扩围实施“两重”“两新”政策，统筹推进扩消费", "两重"));
    }

    [Fact]
    public void A_formula_running_into_the_name_of_a_forum_film_or_treaty_is_no_mention_of_its_own()
    {
        // guizhou_2026: a forum, and a warning film whose problems are to be rectified.
        Assert.False(ReportsLexicon("持续办好生态文明贵阳国际论坛。", "生态文明"));
        Assert.False(ReportsLexicon("长江经济带生态环境警示片披露问题整改，深入打好污染防治攻坚战。", "长江经济带"));

        // guangdong_2026: a treaty's name (DEPA).
        Assert.False(ReportsLexicon("主动对接全面与进步跨太平洋伙伴关系协定（CPTPP）、数字经济伙伴关系协定（DEPA）等国际高标准经贸规则。", "数字经济"));

        // 1958: the congress that passes the plan is no part of the plan's name.
        Assert.True(ReportsLexicon("一九五八年度的国民经济计划经过大会讨论通过以后，就要下达到全国各地。", "国民经济计划"));

        // anhui_2026: the strategy named in a list of strategies is found.
        Assert.True(ReportsLexicon("长江经济带发展、中部地区崛起等多重国家发展战略协同推进", "长江经济带"));
    }

    [Fact]
    public void The_three_political_abilities_are_one_formula()
    {
        // guangdong_2023: reported whole, not as three members.
        IReadOnlyList<SloganMention> mentions = Mentions("不断提高政治判断力、政治领悟力、政治执行力，始终在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "政治判断力、政治领悟力、政治执行力" && !m.Nested);
        Assert.DoesNotContain(mentions, m => m.Canonical == "政治执行力" && !m.Nested);
    }

    [Fact]
    public void A_longer_written_form_is_reported_instead_of_the_formula_cut_from_it()
    {
        // zhumadian_2009: the responsibility system, not 党风廉政建设 cut from it.
        Assert.Contains(Mentions("全面落实党风廉政建设责任制，加强对关键人员、关键岗位、关键环节的监督。"), m => m.Surface == "党风廉政建设责任制" && !m.Nested);

        // zhumadian_2020: 金融供给侧改革 is the financial sector's formula.
        Assert.Contains(Mentions("将金融供给侧改革和减少资金外流作为我市金融工作重点。"), m => m.Canonical == "金融供给侧结构性改革" && m.Surface == "金融供给侧改革");

        // gansu_2026 and zhumadian_2023: the written qualifier or second verb is part of the formula.
        Assert.Contains(Mentions("构筑更加牢固的防止返贫致贫防线。"), m => m.Canonical == "防止返贫" && m.Surface == "防止返贫致贫");
        Assert.Contains(Mentions("建成市新型智慧城市运行管理中心。"), m => m.Canonical == "智慧城市" && m.Surface == "新型智慧城市");
    }

    [Fact]
    public void A_place_goal_keeps_its_socialist_qualifier()
    {
        // xinjiang_2026: the goal is written 社会主义现代化新疆.
        Assert.Contains(Mentions("转化为建设社会主义现代化新疆的强大动力！"), m => m.Kind == MentionKind.Lexicon && m.Surface == "社会主义现代化新疆");

        // henan_2026's 现代化河南, written without the qualifier, keeps its boundary.
        Assert.Contains(Mentions("经济社会发展取得新成就，现代化河南建设迈出新步伐。"), m => m.Kind == MentionKind.Lexicon && m.Surface == "现代化河南");
    }
}
