// Specifications of round 91's quoted labels with their head right after the marks (issue 13, quotedtail91;
// DescribedLabelProgramme): a mechanism, rule or way of thinking (模式, 机制, 制度, 思路: a quoted mention) and the assistance
// programme 帮扶 (a policy mention) written right after a quoted label, reported whole where no finder reports anything over
// it (the codebook's round-47 decision: a quoted label before the noun phrase it qualifies is one item with it).
// tools/judging/quoted_tail91.py counts every readable “LABEL”[DESCRIPTOR]HEAD with nothing reported, by head (main after
// round 90: 386 places under 52 heads, 334 in gold-covered documents, 62 of them coded whole, 97 as the bare label). Heads
// with 5+ places (品牌 71, 活动 46, 平台 39, 服务 37, 建设 31, 项目 21, 产业 17, 工作 9, 治理 8, 工程 8, 示范 7, 管理 6, 政策 6,
// 帮扶 6, 网络 5) were read: only 帮扶 reads right at every place and is coded whole at most covered ones (3 of 4); the others
// hold brands of places and products, events, sites, run-on words (…产业园, …服务站, …建设方案, …综合管理平台), epithets
// (“半拉子”工程, “胡子”工程) and an activity word after the label (治理, 建设: round 47 leaves the label bare there), and their
// golds code 2–18 % of the covered places whole. Of the smaller heads 制度 (2 places, both coded whole), 思路 (2, both) and
// 模式/机制 with nothing between label and head (4 places, 2 coded whole) read right and join; 业务 (“科技贷”业务: a loan
// product), 事项 (“即办件”事项 judged wrong), 总体要求 (one city's “11258”) and 功能区 (a count of zones) are left out.
// Sentences are the readable texts' own.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedTailRound91Tests
{
    [Theory]
    // pingshan 2021 (unseen26l codes 环境违法企业黑名单制度 | 黑名单制度).
    [InlineData("健全生态环境保护协调联动机制，实施环境违法企业“黑名单”制度，100%查处涉环境犯罪。", 2021, "“黑名单”制度", "黑名单制度", "黑名单")]
    // guangdong 2025 (unseen26h codes 机构企业白名单制度 | 白名单制度).
    [InlineData("推动进出口科研货物关税政策、机构企业“白名单”制度和海关监管办法加快落地，吸引更多高端科研机构。", 2025, "“白名单”制度", "白名单制度", "白名单")]
    // longgang 2025 (unseen26j codes 扶并转退总体盘活思路).
    [InlineData("优化项目审批流程，推动项目快速落地。按照“扶并转退”总体盘活思路和“1+1+1+1”分类处置原则，加快推进。", 2025, "“扶并转退”总体盘活思路", "扶并转退总体盘活思路", "扶并转退")]
    // pingshan 2021 (unseen26l codes 文物保护+文化服务/文创空间模式).
    [InlineData("打造公共文体服务“10分钟生活圈”。推广“文物保护+文化服务/文创空间”模式，实施历史建筑“留住乡愁”计划。", 2021, "“文物保护+文化服务/文创空间”模式", "文物保护+文化服务/文创空间模式", "文物保护+文化服务/文创空间")]
    // the guangdong plan outline 2026 (unseen26h codes 飞海 bare, answered by the label).
    [InlineData("以流域为天然纽带，深化山海协作、江海联动，探索“飞海”模式，推动非沿海地区积极参与海洋强省建设。", 2026, "“飞海”模式", "飞海模式", "飞海")]
    // zhumadian 2020 (no gold codes it): a mechanism a clause's subject names.
    [InlineData("企业政策制定、企业服务日、企业宁静日、企业“服务员”机制作用凸显，服务企业“店小二”氛围日益浓厚。", 2020, "“服务员”机制", "服务员机制", "服务员")]
    public void A_mechanism_rule_or_way_of_thinking_right_after_its_label_is_one_quoted_item(string text, int year, string surface, string canonical, string label)
    {
        SloganMention mention = Assert.Single(Mentions(text, year), m => m.Surface == surface);

        Assert.Equal(canonical, mention.Canonical);
        Assert.Equal(label, mention.Label);
        Assert.Equal(MentionKind.Quoted, mention.Kind);
    }

    [Theory]
    // the rural revitalisation opinions 2024 and 2025 (unseen26i codes 组团式帮扶), guangdong 2025 (unseen26h codes
    // 组团式教育医疗帮扶), heilongjiang 2026 (the development gold codes 包县, answered by the label).
    [InlineData("持续开展医疗、教育干部人才“组团式”帮扶和科技特派团选派。", 2024, "“组团式”帮扶", "组团式帮扶")]
    [InlineData("深入开展科技、医疗、教育干部人才“组团式”帮扶。加强消费帮扶平台企业和产品管理。", 2025, "“组团式”帮扶", "组团式帮扶")]
    [InlineData("扎实开展百校联百县“双百行动”、“组团式”教育医疗帮扶、建筑业企业助力、金融支持等行动。", 2025, "“组团式”教育医疗帮扶", "组团式教育医疗帮扶")]
    [InlineData("实施医疗卫生强基工程，深化城市医院“包县”帮扶和巡回医疗。", 2026, "“包县”帮扶", "包县帮扶")]
    public void An_assistance_programme_on_a_label_is_one_policy_item(string text, int year, string surface, string canonical)
    {
        SloganMention mention = Assert.Single(Mentions(text, year), m => m.Surface == surface);

        Assert.Equal(canonical, mention.Canonical);
        Assert.Equal(MentionKind.Policy, mention.Kind);
    }

    [Theory]
    // A botched project's epithet right before 工程 (zhumadian 2010, the 2010 national report): a programme head still needs
    // words between it and the label.
    [InlineData("加强对政府资金投入项目的及时跟进、全程监督，防止出现“半拉子”工程和豆腐渣工程。", 2010, "半拉子")]
    // The last member of a coordination of quoted labels sharing the head (gd-15th-fyp-proposal; its gold codes 飞地、飞海模式).
    [InlineData("以水系为天然纽带发展流域经济，探索“飞地”、“飞海”模式，共建海洋产业园。", 2025, "飞海")]
    // Heads left out: a brand (guangdong plan outline), a platform (guangdong plan outline), a governance activity (jiangxi 2026).
    [InlineData("引进一批标志性的好项目、大项目，打造“投资广东”品牌。", 2026, "投资广东")]
    [InlineData("扩容“开放广东”数据平台，有序推动金融数据开放。", 2026, "开放广东")]
    [InlineData("深化“五河两岸一湖一江”全流域治理，推进土壤污染源头防控。", 2026, "五河两岸一湖一江")]
    public void A_label_before_an_epithet_head_a_shared_head_or_another_head_gains_no_whole_name(string text, int year, string label)
    {
        Assert.DoesNotContain(Mentions(text, year), m => m.Label == label && m.Canonical.Length > label.Length);
    }
}
