// Specifications of round 65 (issue 13, branch quoted65; QuotedFinder.NamesAnAttitude). A quoted saying written before 的 and
// the feeling or the open arms a report holds (厚植“…”的情怀, 敞开“…”的怀抱) qualifies a stance and names no policy, as the
// codebook's note on sayings reads 以“人一之我十之”的拼搏姿态; a goal held with a word of drive (以“再造一个新广东”的闯劲拼劲) stays a
// formula. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Quoted sayings that qualify a feeling or an embrace (round 65).</summary>
public sealed class QuotedRound65Tests
{
    [Theory]
    // nanshan-gwr-2024 (unseen26k): a heading of the report; its judge read the line of verse wrong as an item, and the
    // unseen26d and unseen26k golds list it among the sayings they do not code.
    [InlineData("城区知名度、美誉度持续上升。四、厚植“一枝一叶总关情”的情怀，持续增进民生福祉", "一枝一叶总关情")]
    // shenzhen-gwr-2025 (unseen26j): its judge read the welcoming slogan wrong as an item (it qualifies a stance, 的怀抱); the
    // gold codes it as borderline.
    [InlineData("我们要始终向全球敞开“深爱人才、圳等您来”的怀抱，聚天下英才在深圳追梦逐梦、创新创造，施展更大抱负。", "深爱人才、圳等您来")]
    public void A_saying_before_a_feeling_or_an_embrace_qualifies_a_stance(string text, string saying)
    {
        Assert.Equal("saying", Reason(text, saying));
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains(saying, StringComparison.Ordinal));
    }

    [Fact]
    // zhumadian_2023: the stance nouns read before round 65 still refuse their saying.
    public void A_saying_before_a_posture_still_qualifies_a_stance()
    {
        const string text = "以“踏平坎坷成大道”的顽强意志担当尽责、奋勇搏击，以“人一之我十之”的拼搏姿态同时间赛跑、与困难较劲。";
        Assert.Equal("saying", Reason(text, "人一之我十之"));
    }

    [Fact]
    // guangdong_2024: the province's goal held with 闯劲拼劲 is no stance noun of the list, and stays reported.
    public void A_goal_held_with_drive_stays_a_formula()
    {
        const string text = "以“再造一个新广东”的闯劲拼劲再出发，推进新阶段粤港澳大湾区建设。";
        Assert.False(QuotedFinder.NamesAnAttitude(text, text.IndexOf('”', StringComparison.Ordinal)));
        Assert.Contains(Mentions(text), m => m.Surface.Contains("再造一个新广东", StringComparison.Ordinal));
    }
}
