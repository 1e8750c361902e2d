// Specifications of the policy finder's round 43 (issue 13, branch policy43), from classes of wrong policy verdicts the start
// build still reported across the readable judged samples, each counted over every readable text: a chain of quoted labels
// before one count head is one name; a count of times or 拓展 opening the clause is no part of the name; an issuer followed by a verb describes
// policies, and a quoted rank (“首批”) names none. Real sentences of the development reports and the opened unseen texts.
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The edges of named policies where the words around them belong to the name or to the clause.</summary>
public sealed class PolicyPrecisionRound43Tests
{
    [Fact]
    public void Quoted_labels_before_one_count_head_are_one_name()
    {
        // unseen/gd-standing-committee-2026-07a: the three programmes are counted together under 三大工程.
        const string Sentence = "要强化农业科技创新，深入实施“粤强种芯”“粤强农装”“粤强智农”三大工程，坚持良种、良机、良法综合施策，加强农技推广应用体系建设。";
        Assert.Contains(Policies(Sentence), m => m.Surface == "“粤强种芯”“粤强农装”“粤强智农”三大工程");
        Assert.DoesNotContain(Policies(Sentence), m => m.Surface == "“粤强智农”三大工程");
    }

    [Theory]
    [InlineData("深化“放管服”改革，持续开展“三个一”活动，每月开展一次送政策上门行动，每半年查处曝光一批不作为慢作为的干部，每年推进一批惠企改革措施。", "一次送政策上门行动", "送政策上门行动")] // unseen/baoding-gwr-2022
    public void A_count_of_times_is_no_part_of_the_name(string sentence, string wrong, string right)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface == wrong);
        Assert.Contains(Policies(sentence), m => m.Surface == right);
    }

    [Fact]
    public void A_one_off_policy_keeps_its_word()
    {
        // jiangsu 2026: 一次性 is the policy's own word.
        Assert.Contains(Policies("用好一次性信用修复政策，支持个人重塑信用。"), m => m.Surface == "一次性信用修复政策");
    }

    [Theory]
    [InlineData("依托岭南文化地标和精神标识深化对外文化交流，拓展对外传播工程，健全“文化出海”政策体系。", "拓展")] // unseen/guangdong-gwr-2025
    [InlineData("全面落实国家放宽外资准入政策，出台新一轮外资激励措施，获批医疗、增值电信等服务业领域扩大开放试点，新设外资企业2.6万户、增长超20%。", "放宽外资准入政策")] // unseen/guangdong-gwr-2025
    [InlineData("前海实施14项全国“首创”、“首批”金融政策，建设国际风投创投、大宗商品贸易等18个集聚区。", "金融政策")] // unseen/guangdong-gwr-2025
    public void Clause_words_before_a_head_make_no_name(string sentence, string part)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.Contains(part, StringComparison.Ordinal));
    }
}
