// Specifications of round 74 (issue 13, branch label74): 坚持 opens the field of a quoted programme name as the other verbs of
// PolicyFinder.QuotedFieldOpeners do (坚持招商引资“源动力工程”不动摇, luohu 2025: the codebook's round-43 decision makes the
// whole name the item), and the numeral labels written before the projects they count stay bare (项目 is no head of a label's
// noun phrase: the readable golds code 六基, 四单合一, 十个一, 三张清单, 一元民生 bare before it). Every sentence is a real one
// of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Fields after 坚持, and labels before 项目, as round 74 reads them.</summary>
public sealed class LabelRound74Tests
{
    [Fact]
    public void A_quoted_programme_name_after_persisting_keeps_its_field()
    {
        // luohu-gwr-2025 (unseen26k): its gold codes 招商引资源动力工程; its judge read the bare 源动力工程 as a dropped field.
        const string sentence = "实施招商引资提质行动，为经济增动能、产业优结构注入源头活水。坚持招商引资“源动力工程”不动摇，坚定践行“心诚、行程”的招商理念。";
        SloganMention programme = Assert.Single(Outermost(sentence), m => m.Surface.Contains("源动力工程", StringComparison.Ordinal));
        Assert.Equal("招商引资“源动力工程”", programme.Surface);
        // The quoted finder draws the whole name (PolicyFinder.QuotedProgrammeFieldStart), counted under the label.
        Assert.Equal(MentionKind.Quoted, programme.Kind);
        Assert.Equal("源动力工程", programme.Canonical);
    }

    [Theory]
    // The readable texts' places of 坚持 before a quoted label: a principle or a way of working, no programme head after it.
    [InlineData("坚持和发展新时代“枫桥经验”，加强矛盾纠纷源头预防。")]
    [InlineData("坚持政府过“紧日子”，让人民群众过上好日子。")]
    [InlineData("坚持全省“一盘棋”，统筹各市各部门力量。")]
    public void Persisting_before_a_quoted_label_without_a_programme_head_opens_no_name(string sentence)
    {
        Assert.DoesNotContain(Outermost(sentence), m => m.Kind == MentionKind.Policy);
    }

    [Fact]
    public void A_numeral_label_before_the_projects_it_counts_stays_bare()
    {
        // heilongjiang 2026: its gold codes 四单合一 and its judges read the bare label right.
        const string sentence = "深入开展产业项目建设年活动，建设“四单合一”产业项目3800个，总投资1万亿元以上。";
        Assert.Contains(Outermost(sentence), m => m.Surface == "四单合一");
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface.Contains("产业项目", StringComparison.Ordinal) && m.Surface.Contains("四单合一", StringComparison.Ordinal));
    }
}
