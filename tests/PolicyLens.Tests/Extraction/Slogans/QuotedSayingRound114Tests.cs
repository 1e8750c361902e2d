// Specifications of round 114 (issue 13, branch quotsay114; QuotedLabelShape.SenseOfDuty.cs). A quoted saying written before 的
// and a sense of urgency, crisis or duty, an attitude or a skill the report calls for qualifies a state of mind and names no
// policy, as the codebook's note on sayings reads 以“人一之我十之”的拼搏姿态. The sentences are real ones of the round-113 pool:
// 2024 city government work reports of the public repository JiangGufan/digital-governance (data/txt_doc_level/<city>.txt).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Quoted exhortations that qualify a sense of urgency, duty, an attitude or a skill (round 114).</summary>
public sealed class QuotedSayingRound114Tests
{
    [Theory]
    // 蚌埠 2024: a saying of urgency the officials are to feel.
    [InlineData("我们要在市委的坚强领导下，坚定“蚌埠一定行”的信心和底气，增强“慢进是退、不进更是退”的紧迫感，不务虚功、全力以赴，努力开创新局面、取得新成就、实现新作为。", "慢进是退、不进更是退")]
    // 淮南 2024: the same saying before 危机感.
    [InlineData("深化拓展解放思想大讨论活动成果，强化抢抓机遇、狠抓落实的意识，切实增强“慢进是退、不进更是退”的危机感，拉高标杆抓发展、点燃激情提效能、奋勇争先创一流。", "慢进是退、不进更是退")]
    // 钦州 2024: an exhortation before 的务实态度, and another before 的紧迫意识.
    [InlineData("全面落实新一轮机构改革部署，深入实施作风保障突破行动，以“一日无为、三日不安”的紧迫意识，以“逢山开路、遇水架桥”的攻坚精神，以“撸起袖子、扑下身子”的务实态度，学方略、谋创新、抓落实，只为办成想办法，不为不办找借口。", "撸起袖子、扑下身子")]
    [InlineData("全面落实新一轮机构改革部署，深入实施作风保障突破行动，以“一日无为、三日不安”的紧迫意识，以“逢山开路、遇水架桥”的攻坚精神，以“撸起袖子、扑下身子”的务实态度，学方略、谋创新、抓落实，只为办成想办法，不为不办找借口。", "一日无为、三日不安")]
    // 永州 2024: a skill to be acquired.
    [InlineData("坚持问题导向，工作就是解决问题，练就“看得到，抓得起”的本领。", "看得到，抓得起")]
    public void A_saying_before_a_sense_of_duty_names_no_policy(string text, string saying)
    {
        Assert.Equal("describing-saying", Reason(text, saying));
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Quoted && m.Surface.Contains(saying, StringComparison.Ordinal));
    }

    [Fact]
    // 合肥 2024: 意识 alone is no noun of the list: Anhui's charge 走在前、作示范 before 的争先意识 is left to the tests it passes.
    public void A_charge_before_a_bare_awareness_is_not_read_as_a_sense_of_duty()
    {
        const string text = "树牢“走在前、作示范”的争先意识，砥砺奋勇前行的斗志，增强难中求成的担当。";
        Assert.False(QuotedLabelShape.QualifiesASenseOfDuty(text, text.IndexOf('”', StringComparison.Ordinal)));
    }

    [Fact]
    // 蚌埠 2024: the confidence the city holds (的信心和底气) is no sense of duty of the list.
    public void A_label_before_confidence_is_not_read_as_a_sense_of_duty()
    {
        const string text = "坚定“蚌埠一定行”的信心和底气，增强“慢进是退、不进更是退”的紧迫感。";
        Assert.False(QuotedLabelShape.QualifiesASenseOfDuty(text, text.IndexOf('”', StringComparison.Ordinal)));
        Assert.True(QuotedLabelShape.QualifiesASenseOfDuty(text, text.LastIndexOf('”')));
    }
}
