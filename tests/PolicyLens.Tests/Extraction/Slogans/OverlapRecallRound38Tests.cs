// Specifications of overlap38's repairs (issue 13, round 38; from the classification of unseen26h's misses where the tool
// reports something at the place): a province's or city's goal starts after the verb that aims the sentence at it (参与,
// 紧盯) and after the place that owns it (广东体育强省 → 体育强省). Sentences of the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class OverlapRecallRound38Tests
{
    [Theory]
    // unseen/guangdong-plan-outline-2026-2 (unseen26h-h3, coded 海洋强省); baoding-gwr-2023.
    [InlineData("探索“飞海”模式，推动非沿海地区积极参与海洋强省建设，形成全域参与、全域行动的海洋经济发展格局。", "海洋强省")]
    [InlineData("我们要紧盯品质生活之城建设“三步走”战略目标，在工作中贯穿“新颜值、新场景、新赛道”三个关键词。", "品质生活之城")]
    public void A_goal_starts_after_the_verb_that_aims_at_it(string text, string goal)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == goal);
        Assert.DoesNotContain(Mentions(text), m => m.Surface.EndsWith(goal, StringComparison.Ordinal) && m.Surface.Length > goal.Length);
    }

    [Theory]
    // unseen/gd-sports-province-conference-2025 (unseen26c, coded 高水平体育强省 | 体育强省).
    [InlineData("切实增强责任感使命感紧迫感，扎实推动广东体育强省建设不断迈上新台阶。", "体育强省")]
    [InlineData("会上播放了广东体育强省建设工作专题片，宣读了第十五届全国运动会广东代表团名单。", "体育强省")]
    public void A_place_before_its_goal_owns_it(string text, string goal)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == goal);
        Assert.DoesNotContain(Mentions(text), m => m.Surface == "广东" + goal);
    }
}
