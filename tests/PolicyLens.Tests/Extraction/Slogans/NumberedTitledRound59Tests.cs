// Specifications of round 59 (numtitle59, issue 13): a verb of speeding a programme up (加速, 提速) before a quoted count label
// governs the label and is no field of it; a rank the report gives a regulation named without 《》 (全国首部) is no part of
// its name. Every sentence is a real one of a development report or an opened unseen text (named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Words at the left edge of numbered labels and of regulations' names that belong to the sentence.</summary>
public sealed class NumberedTitledRound59Tests
{
    [Theory]
    // unseen/longhua-gwr-2024 (read wrong by unseen26k's judge as 加速“五个区”).
    [InlineData("以“百千万工程”为牵引，全力加速“五个区”建设、全域推进数字化发展、全面促进“人城产”融合，高标准打造数字龙华。", "五个区")]
    // unseen/luohu-gwr-2025: a heading.
    [InlineData("以头号力度推进“百千万工程”。提速“三大工程”。推动螺岭成为全市首个开工建设的拆除新建项目。", "三大工程")]
    public void A_verb_of_speeding_up_before_a_quoted_count_label_stays_out_of_it(string text, string surface)
    {
        var numbered = Numbered(text);
        Assert.Contains(numbered, m => m.Surface == surface);
        Assert.DoesNotContain(numbered, m => m.Surface.StartsWith("加速", StringComparison.Ordinal) || m.Surface.StartsWith("提速", StringComparison.Ordinal));
    }

    // unseen/futian-gwr-2023: 提质 (raising quality) is the field's own word, as the verbs of speeding are not.
    [Fact]
    public void A_field_ending_in_raising_quality_keeps_its_label()
    {
        Assert.Contains(Numbered("统筹发展和安全，大力实施稳增提质“十大行动”，攻坚落实、克难奋进。"), m => m.Surface == "稳增提质“十大行动”");
    }

    [Theory]
    // unseen/shenzhen-gwr-2024 (read wrong by unseen26j's judge with 全国首部): the name is in the lexicon, reported there.
    [InlineData("实施低空经济“20条”，推动出台全国首部低空经济产业促进条例，新开通无人机物流航线77条。", "低空经济产业促进条例")]
    // provincial/guangdong_2024.
    [InlineData("扎实推进数字政府2.0建设，推动出台全国首部政务服务数字化条例，数据资源“一网共享”、政府运行“一网协同”能力有效提升。", "政务服务数字化条例")]
    public void A_rank_before_a_regulation_named_without_marks_is_no_part_of_its_name(string text, string name)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Surface == name && m.Kind is MentionKind.Titled or MentionKind.Lexicon);
        Assert.DoesNotContain(found, m => m.Surface.Contains("首部", StringComparison.Ordinal));
    }
}
