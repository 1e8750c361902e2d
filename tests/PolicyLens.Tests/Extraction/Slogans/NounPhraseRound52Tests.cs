// Specifications of round 52 (issue 13, branch np52): a quoted label before the noun phrase it qualifies (the codebook's
// round-47 decision) where the phrase is read by jieba's dictionary tags (QuotedLabelShape.TaggedNounPhraseEnd): one token
// holding the head (战略部署, 服务体系), a verbal noun after a noun (主题服务), a head of the things a label marks out (商店,
// 场所, 实验学校); and a mention no longer ending inside a compound noun (“20+8”产业集群, “六新”数字产业). The mention keeps the bare
// label as its Label and canonical. Where the word after the label only says what the sentence says of it (力度, 水平, 成果) or
// repeats the kind of a label naming a policy of its own (“动态清零”总方针), the label stays bare. Every sentence is a real one of
// a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Quoted labels before the noun phrase they qualify, read by the dictionary's tags (round 52).</summary>
public sealed class NounPhraseRound52Tests
{
    [Theory]
    // pingshan-gwr-2021 (unseen26l): the themed services (judged a boundary error bare).
    [InlineData("“秒批”134项、“指尖办”589项、“一件事”主题服务453项、网上可办771项，100%", "“一件事”主题服务", "一件事", MentionKind.Numbered)]
    // futian-gwr-2023 (unseen26l): the experimental schools (judged a boundary error bare).
    [InlineData("教育事业优质均衡。打造13所“5G+智慧教育”实验学校。推进31家学校食堂自营，实现食材集采集配。", "“5G+智慧教育”实验学校", "5G+智慧教育", MentionKind.Quoted)]
    // dapeng-gwr-2025 (unseen26l): the tourist routes of one stop and several trips (judged a boundary error bare).
    [InlineData("实施旅游品牌号召力提升行动，联合港澳打造更多“一站多程”旅游精品路线，建立政府主导、商协会和企业参与的旅游宣传推广机制。", "“一站多程”旅游精品路线", "一站多程", MentionKind.Numbered)]
    // shenzhen-gwr-2024 (unseen26j): the tax-refund shops (judged a boundary error bare).
    [InlineData("新增境外旅客离境退税“即买即退”商店50家。", "“即买即退”商店", "即买即退", MentionKind.Quoted)]
    // baoding-gwr-2022 (unseen26f): the strategic deployment, one token (the gold's preferred boundary).
    [InlineData("着眼于“三步走”战略目标和“三聚焦一加强”战略部署，奋力推动现代化品质生活之城绽放新颜值。", "“三聚焦一加强”战略部署", "三聚焦一加强", MentionKind.Quoted)]
    // guangming-gwr-2025 (unseen26l): the service system (the gold's preferred boundary).
    [InlineData("深化“光明政帮办”服务体系，新增“秒报秒批”23项。", "“光明政帮办”服务体系", "光明政帮办", MentionKind.Quoted)]
    public void A_quoted_label_is_reported_with_the_noun_phrase_the_dictionary_reads(string sentence, string surface, string label, MentionKind kind)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Kind == kind && m.Label == label && m.Canonical == label);
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Theory]
    // futian-gwr-2023 (unseen26l): 产业 then 集群 (judged cut inside 产业集群).
    [InlineData("建设都市型科创区。聚焦“20+8”产业集群，引进一批龙头企业。", "“20+8”产业集群", "“20+8”产业")]
    // futian-gwr-2023 (unseen26l): 数字 then 产业 (judged cut inside 数字产业).
    [InlineData("打造国家数字经济先行示范区，发展“六新”数字产业，支持深圳数据交易所开展国家级数据交易工作。", "“六新”数字产业", "“六新”数字")]
    public void A_mention_does_not_end_inside_a_compound_noun(string sentence, string surface, string cut)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface);
        Assert.DoesNotContain(found, m => m.Surface == cut);
    }

    [Theory]
    // guizhou_2026: 力度 is what the sentence says of the label, no phrase it qualifies.
    [InlineData("做好金融“五篇大文章”，加大“引金入黔”力度，发挥省级征信公司作用。", "引金入黔")]
    // shenzhen-gwr-2022 (unseen26j): 总方针 repeats the kind of a label that names a policy of its own.
    [InlineData("坚持“外防输入、内防反弹”总策略和“动态清零”总方针，压紧压实全链条防控责任。", "动态清零")]
    // beijing: 水平 is what the sentence raises, no phrase the label qualifies.
    [InlineData("加强“四个中心”功能建设，提高“四个服务”水平，深化“五子”联动服务和融入新发展格局。", "四个服务")]
    public void A_label_before_a_noun_that_is_no_phrase_it_qualifies_stays_bare(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == label || m.Canonical == label && m.Surface == "“" + label + "”");
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("“" + label + "”", StringComparison.Ordinal) && m.Surface.Length > label.Length + 2);
    }
}
