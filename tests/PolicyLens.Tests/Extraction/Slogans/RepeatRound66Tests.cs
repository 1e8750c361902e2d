// Specifications of round 66 (issue 13, branch repeat66): a member of a quoted chain that the report also writes alone in
// quotation marks (“新颜值、新动能、新生态” … 城市管理“新颜值”) is a label of its own, repeated where the report writes it alone
// (quoted or bare), never inside a chain again nor as an attribute label before its word; a member never quoted alone stays the
// chain's. A two-unit chain that opens with 坚定不移 (坚定不移挑好大梁、全面推进强省建设) keeps it: the writer's rule leaving it
// out, as three of the four golds code it, was dropped at the merge when the round's blind judge read the whole chain right and
// the cut one a boundary error at all four places (坚定不移 answers 全面 in the second half; the text names the whole as its
// 总任务). Every sentence is a real one of a readable text (some joined from two places of one report).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Repeats of a quoted chain's members and a chain's leading adverb (round 66).</summary>
public sealed class RepeatRound66Tests
{
    // baoding-gwr-2024 (unseen26d): the chain's paragraph, and the sentence that writes 新颜值 alone in quotation marks.
    private const string KeywordsParagraph = "今年，要把“新颜值、新动能、新生态”三个关键词贯穿始终。新颜值，就是按照“三步走”战略目标要求，把新颜值贯穿“十四五”始终，以保定全域全面新颜值，唱响新时代雄保“双城记”。新动能，就是加快传统产业升级、战略性新兴产业壮大、未来产业培育，开辟新赛道，打造新场景，培植新质生产力，增强“进”的动能。新生态，就是优化创新生态、产业生态、人文生态、自然生态、政治生态，营造心齐劲足、风清气正、政通人和的新局面，推动高质量发展，建设现代化品质生活之城。\n推动城市管理“新颜值”和城市更新行动由主城区向县城延伸，由城市主要区域向次要区域和城乡接合部延伸。";

    [Fact]
    public void A_chain_member_quoted_alone_is_repeated_where_written_alone()
    {
        // The gold of baoding 2024 codes 新颜值 four times: the three bare uses after the chain and the quoted one.
        var repeats = Outermost(KeywordsParagraph).Where(m => m.Surface == "新颜值").ToList();
        Assert.Equal(4, repeats.Count);
        Assert.All(repeats, m => Assert.Equal(MentionKind.Quoted, m.Kind));
        Assert.All(repeats, m => Assert.Equal(RepeatMentionFinder.Subtype, m.Subtype));
        Assert.Contains(Outermost(KeywordsParagraph), m => m.Surface == "“新颜值、新动能、新生态”" || m.Surface == "新颜值、新动能、新生态");
    }

    [Fact]
    public void A_chain_member_never_quoted_alone_stays_the_chains()
    {
        // 新动能 and 新生态 are generic words beside the campaign label; the gold codes neither.
        Assert.DoesNotContain(Outermost(KeywordsParagraph), m => m.Surface is "新动能" or "新生态");
    }

    [Fact]
    public void A_member_written_in_another_chain_is_not_repeated_there()
    {
        // baoding-gwr-2026 (unseen26d): 攻坚新颜值、决胜“十四五” is a chain of its own (coded whole); “新颜值”圆满收官 and 新颜值魅力绽放
        // are the label (the gold codes 新颜值 twice).
        const string text = "“新颜值”圆满收官，“再造一个新保定”圆满收官，“十四五”圆满收官。\n2025年，我们攻坚新颜值、决胜“十四五”，推动“新颜值、新消费、新产业”创新突破，主要经济指标圆满完成既定任务。新颜值魅力绽放。";
        var labels = Outermost(text).Where(m => m.Surface == "新颜值").ToList();
        Assert.Single(labels, m => m.Subtype == RepeatMentionFinder.Subtype && text.AsSpan(m.Start).StartsWith("新颜值魅力"));
        Assert.DoesNotContain(labels, m => text[m.End] == '、');
    }

    [Fact]
    public void A_quoted_member_of_the_years_chain_is_repeated()
    {
        // baoding-gwr-2022 (unseen26d): the gold codes 绽放新颜值、跑出加速度 with its halves as alternatives, 8 uses in all.
        const string text = "今年，我们要把“绽放新颜值、跑出加速度”作为总抓手。强调“绽放新颜值”，是因为以人民为中心的城市建设，是现代化品质生活之城建设的重头戏。强调“跑出加速度”，是因为我们深知当前保定最大的问题就是发展不足的问题。";
        Assert.Contains(Outermost(text), m => m.Surface == "绽放新颜值" && m.Subtype == RepeatMentionFinder.Subtype);
        Assert.Contains(Outermost(text), m => m.Surface == "跑出加速度" && m.Subtype == RepeatMentionFinder.Subtype);
    }

    [Fact]
    public void An_attribute_member_before_its_word_is_not_repeated_bare()
    {
        // longhua-gwr-2024 (unseen26j): “订单式”人才培养路径 is one item with its word (the codebook's round-27 decision on
        // attribute labels); the bare 订单式 there would be a boundary error.
        const string text = "推广“订单式、预约式、菜单式”基层公共文化服务，继续推进全区体育设施“开放共享、一键预约”扩面提质，广泛开展全民健身运动，打造“10分钟文体服务圈”。\n“不问出身”培养人才，健全拔尖创新人才培养机制，试点“订单式”人才培养路径，建立“中学（职校）-大学-企业”人才培养成长通道。";
        Assert.DoesNotContain(Outermost(text), m => m.Surface == "订单式");
    }

    [Fact]
    public void The_provinces_task_keeps_jiandingbuyi()
    {
        // gd-plenum8-resolution (unseen26): its gold codes 挑好大梁、全面推进强省建设 (twice), as do gd-new-advantages-decision-release
        // and gd-plenum8-economy-meeting-2025; round 66's blind judge read the chain with 坚定不移 right, without it a cut (4/4).
        const string text = "全会认为，2025年是很不平凡的一年。深入落实省委“1310”具体部署，坚定不移挑好大梁、全面推进强省建设，严肃认真接受中央巡视，全力打好“十四五”收官战。\n全会提出，锚定在推进中国式现代化建设中走在前列的总目标，紧扣坚定不移挑好大梁、全面推进强省建设的总任务，围绕深入落实省委“1310”具体部署。";
        var chains = Chains(text).Where(m => m.Surface.Contains("挑好大梁", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, chains.Count);
        Assert.All(chains, m => Assert.Equal("坚定不移挑好大梁、全面推进强省建设", m.Surface));
    }
}
