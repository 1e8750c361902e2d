// Specifications of the policy finder's round 27 (issue 13, precision on unseen text; branch prec27p): a …政策 that a report
// describes, not names, is no named policy (codebook: …政策 "when it is a proper name"). Two frames of report language:
// a stem that opens (after an issuer 国家/中央/省/市) with a word of the policy's scale, reach, term or nature (一揽子, 规模性,
// 普惠性, 阶段性, 制度性, 差别化 …) or with the part of a city it covers (中心城区 …), and a 政策 right after a verb of drawing
// one up (制定, 制订, 出台, 推出), which has no name yet. Each rule on real sentences of the development reports and the
// national corpus (the file is named), with the neighbours each rule must keep.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// A 政策 described by its scale, term, nature or area, or one still to be drawn up, is not reported as a named policy;
/// policies named by what they do stay.
/// </summary>
public sealed class PolicyDescribedRound27Tests
{
    [Theory]
    [InlineData("继续执行制度性减税政策，延长小规模纳税人增值税优惠等部分阶段性政策执行期限，实施新的结构性减税举措，对冲部分政策调整带来的影响。", "制度性减税政策")] // gwr 2021
    [InlineData("实施差别化经济政策，推动产业转移，发展跨区域大交通大流通，形成新的区域经济增长极。", "差别化经济政策")] // gwr 2014
    [InlineData("要保证政府各方面政策的正确执行，就必须在机关、学校、企业和团体中都有共产党的坚强的核心领导。", "政府各方面政策")] // gwr 1957
    public void A_policy_described_by_its_nature_or_reach_is_no_name(string sentence, string described)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.Contains(described, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("研究制定城乡居民增收政策，增强居民消费能力。", "城乡居民增收政策")] // beijing 2026
    [InlineData("制定促进科研人员流动政策，改革科技评价、职称评定和国家奖励制度，推进科研院所分类改革。", "促进科研人员流动政策")] // gwr 2015
    public void A_policy_still_to_be_drawn_up_has_no_name_yet(string sentence, string described)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.Contains(described, StringComparison.Ordinal));
    }

    [Fact]
    public void A_formula_inside_a_policy_to_be_drawn_up_is_still_reported()
    {
        // sichuan 2026: 稳外贸稳外资, the national formula, is the item; the policy to be made around it is not a name.
        IReadOnlyList<SloganMention> mentions = Mentions("制定出台稳外贸稳外资政策，促进内外贸一体化和贸产融合发展，开展“川行天下”精品活动103场。");
        Assert.DoesNotContain(mentions, m => m.Surface == "稳外贸稳外资政策");
        Assert.Contains(mentions, m => m.Surface == "稳外贸稳外资");
    }

    [Theory]
    [InlineData("用好一次性信用修复政策，支持个人重塑信用。", "一次性信用修复政策")] // jiangsu 2026: 一次性 is no descriptor of scale or reach; the gold codes it
    [InlineData("推动户籍制度改革，实行不同规模城市差别化落户政策。", "不同规模城市差别化落户政策")] // gwr 2014: 差别化 inside the name, not opening it
    [InlineData("同时，进一步落实国家助学贷款政策，使困难家庭的学生能够上得起大学、接受职业教育。", "国家助学贷款政策")] // gwr 2007: an issuer before a name
    [InlineData("认真落实国家货币信贷政策，加强对重点领域和薄弱环节的资金支持。", "国家货币信贷政策")] // zhumadian 2010: the gold codes it
    [InlineData("用好大规模设备更新政策，拓展智改数转、本质安全、节能降碳等投资增量。", "大规模设备更新政策")] // liaoning 2026: the gold codes it
    public void Policies_named_by_what_they_do_stay(string sentence, string name)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == name);
    }

    [Fact]
    public void A_part_of_a_city_opens_only_a_described_policy_not_a_strategy()
    {
        // zhumadian 2017: the city's own strategy named after its centre stays (the rule is for 政策 only).
        Assert.Contains(Policies("深入实施中心城区带动战略，抓住政策机遇，创新投融资机制，加大资金投入。"), m => m.Surface == "中心城区带动战略");
    }

    [Fact]
    public void The_descriptors_are_read_after_an_issuer()
    {
        Assert.True(PolicyFinder.IsDescribedPolicy("国家制度性减税"));
        Assert.True(PolicyFinder.IsDescribedPolicy("市差别化经济"));
        Assert.True(PolicyFinder.IsDescribedPolicy("主城区更新改造"));
        Assert.False(PolicyFinder.IsDescribedPolicy("一次性信用修复"));
        Assert.False(PolicyFinder.IsDescribedPolicy("国家助学贷款"));
        Assert.False(PolicyFinder.IsDescribedPolicy("市场准入"));
    }
}

/// <summary>
/// 建设 right before a quoted programme label closes the field the name keeps (codebook, cut cores); 建设 alone before the
/// label is the clause's verb.
/// </summary>
public sealed class QuotedFieldWorkRound27Tests
{
    [Theory]
    [InlineData("全面实施村级公益事业建设“一事一议”财政奖补政策。", "村级公益事业建设“一事一议”财政奖补政策")] // zhumadian 2011
    [InlineData("扎实推进宜居宜业和美乡村建设“百千万”工程，启动片区化推进乡村建设整县试点。", "宜居宜业和美乡村建设“百千万”工程")] // sichuan 2026
    public void A_field_closed_by_jianshe_belongs_to_the_name(string sentence, string name)
    {
        IReadOnlyList<SloganMention> policies = Policies(sentence);
        Assert.Contains(policies, m => m.Surface == name);
        Assert.DoesNotContain(policies, m => m.Surface.StartsWith('“'));
    }

    [Theory]
    [InlineData("加快建设“万村千乡”市场工程，推进连锁经营向农村延伸。")] // gwr 2009: 建设 the verb
    [InlineData("持续实施高等教育“登峰计划”和高校“双一流”建设“贡嘎计划”。")] // sichuan 2026: a label before 建设
    public void Jianshe_alone_before_the_label_is_the_verb(string sentence)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.StartsWith("建设", StringComparison.Ordinal) || m.Surface.Contains("加快建设", StringComparison.Ordinal));
    }
}
