// Specifications of round 63 (issue 13, branch members63): a repeat of a quoted label or chain written right before the
// platform, system or service centre it names the working of takes that phrase, as round 62's QuotedLabelShape.SystemPhrase
// reads a label's first mention there (QuotedLabelShape.RepeatSystemPhraseEnd; RepeatMentionFinder, MarkedChainRepeats): the
// readable golds code the phrase and the blind judges read the bare repeats cut. Members of a quoted coordination that share
// one head stay as they were: the readable golds and judges do not agree on them (the report of members63). Every sentence is
// a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Repeats before their system or platform, and quoted coordinations under one head (round 63).</summary>
public sealed class MembersRound63Tests
{
    [Fact]
    public void A_repeated_label_before_its_service_centre_is_one_item_with_it()
    {
        // longgang-gwr-2025 (unseen26l): the bare repeat judged cut (a label before the noun phrase it qualifies); guangming
        // 2025's gold codes 调援裁诉一站式服务中心 | 调援裁诉.
        const string sentence = "深化劳动争议“调援裁诉”深度衔接机制改革，建成17个“调援裁诉”一站式服务中心。深入推进民生诉求综合服务改革。";
        List<SloganMention> found = Outermost(sentence);
        Assert.Contains(found, m => m.Surface == "劳动争议“调援裁诉”深度衔接机制改革");
        Assert.Contains(found, m => m.Surface == "“调援裁诉”一站式服务中心" && m.Canonical == "调援裁诉" && m.Subtype == "repeat");
        Assert.DoesNotContain(found, m => m.Surface == "调援裁诉");
    }

    [Fact]
    public void A_repeated_chain_before_its_platform_is_one_item_with_it()
    {
        // futian-gwr-2023 (unseen26l), two sentences of the report: the gold codes 一网统管、一键预约 | 一网统管、一键预约平台,
        // and the judge read the bare chain before 平台 as cut; the chain alone (实现100%“…”) stays bare.
        const string sentence = "文化名片焕发光彩。“一网统管、一键预约”平台累计整合183个文体场馆。有序开展公共文化进商圈。"
            + "推动全区公共、校园、社会运营等文体设施实现100%“一网统管、一键预约”，打造“触手可及”的文旅公共服务圈。";
        List<SloganMention> found = Outermost(sentence);
        Assert.Contains(found, m => m.Surface == "“一网统管、一键预约”平台" && m.Canonical == "一网统管、一键预约");
        Assert.Contains(found, m => m.Surface == "一网统管、一键预约");
    }

    [Fact]
    public void A_repeat_before_other_words_stays_bare()
    {
        // longgang-gwr-2025 (unseen26l): the glossary's entry repeats the label before its colon, no phrase after it.
        const string sentence = "深化劳动争议“调援裁诉”深度衔接机制改革。8.“调援裁诉”：指在劳动争议领域，将调解、法律援助、仲裁、诉讼四大环节相互衔接，以达到端口前移、调解为主、裁审兜底的目的。";
        Assert.Contains(Outermost(sentence), m => m.Surface == "调援裁诉" && m.Subtype == "repeat");
    }

    [Fact]
    public void Quoted_members_under_one_head_stay_as_they_were()
    {
        // shenzhen-gwr-2025 (unseen26j): the gold codes 深梦扬帆 bare and 深梦启航计划 | 深梦启航 (guangming 2025's the whole
        // coordination): neither reading holds for 90 % of the readable places, so the finders' reading is kept.
        const string sentence = "更大力度实施“深梦扬帆”“深梦启航”计划，推出应届毕业生来深求职“免费住15天”服务。";
        List<SloganMention> found = Outermost(sentence);
        Assert.Contains(found, m => m.Surface == "深梦扬帆");
        Assert.Contains(found, m => m.Surface == "“深梦启航”计划");
    }
}
