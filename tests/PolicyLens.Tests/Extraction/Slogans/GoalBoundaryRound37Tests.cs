// Specifications of PlaceCampaignFinder's round-37 repairs (issue 13; overlap37's classification of the opened sets' misses):
// a province's or city's X强省/X强市 goal starts after the verb that governs it (支撑, 夯实, 做实, 谱写), a counted 经济强县 is no
// goal, and 强 + 县域/县镇 or 突出强县 is the verb "strengthen", not a goal (扩权赋能强县 stays: the coders of gd-baiqianwan-
// mobilisation-2023 code it, a reform formula after 扩权强县). Sentences of the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class GoalBoundaryRound37Tests
{
    [Theory]
    // unseen/gd-15th-fyp-proposal; gd-sports-province-conference-2025; gd-tourism-conference-2024; baoding-gwr-2022.
    [InlineData("坚持质量第一，强化标准引领，以质量强省支撑制造强省建设。", "制造强省")]
    [InlineData("要统筹群众体育和竞技体育，夯实体育强省建设的基石，着力推动全民健身扩面提质。", "体育强省")]
    [InlineData("进一步扬优势、补短板、强弱项，不断做实旅游强省的丰富内涵，塑造强大的市场影响力。", "旅游强省")]
    [InlineData("聚焦谱写教育强市“新篇章”、打造健康保定“新样板”、擦亮冠军之城“新名片”，聚力发展好各项社会事业。", "教育强市")]
    public void A_goal_starts_after_the_verb_that_governs_it(string text, string goal)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == goal);
        Assert.DoesNotContain(Mentions(text), m => m.Surface.EndsWith(goal, StringComparison.Ordinal) && m.Surface.Length > goal.Length);
    }

    [Theory]
    // unseen/gd-15th-fyp-proposal; gd-baiqianwan-decision; gd-plenum5-resolution; gd-plenum8-resolution.
    [InlineData("县域发展潜力有效激发，涌现一大批经济强县、特色名镇、和美乡村，海洋强省建设取得显著突破。")]
    [InlineData("选优配强县镇党政正职，对德才兼备、实绩突出的优先提拔使用。")]
    [InlineData("以优化完善“百县千镇万村高质量发展工程”集成式改革为牵引，突出强县健全动力机制，突出富民强化制度保障。")]
    [InlineData("在畅通经济循环上迈出新步伐；突出强县域、拓海洋，纵深推进“百县千镇万村高质量发展工程”。")]
    public void Strong_counties_counted_or_strengthened_are_no_goal(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Subtype == PlaceCampaignFinder.GoalSubtype && m.Surface.EndsWith("强县", StringComparison.Ordinal));
    }
}
