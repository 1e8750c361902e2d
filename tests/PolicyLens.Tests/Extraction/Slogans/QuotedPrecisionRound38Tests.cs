// Specifications of round 38 (issue 13, branch quoted38): precision of the quoted kind on unread text, from the classes the blind
// judges of unseen26h read wrong. A composition label of words joined by + written right before the noun phrase it qualifies
// (a system, mechanism, model, layout …) is one item with it, as round 35 reads number labels (its canonical the label); an X+ label right before the
// head of one zone's or park's name is a word of that name; an old town (…古城) is one site; qualities listed as pairs joined by
// 而 before 的, an X-as-a-service term and a label listed as an example of a scene (…等…场景) name no policy. Sentences of the
// development reports and of the opened unseen sets (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedPrecisionRound38Tests
{
    [Theory]
    // provincial/jiangxi_2026.txt.
    [InlineData("加强社会治安整体防控，健全“专业+机制+大数据”新型警务运行模式，拓展治安“三张图”应用场景。", "“专业+机制+大数据”新型警务运行模式", "专业+机制+大数据")]
    // unseen/guangdong-gwr-2025.txt (opened unseen26h): the same model; 为牵引 after it is the sentence's.
    [InlineData("完善社会治安整体防控体系，以健全“专业+机制+大数据”新型警务运行模式为牵引，提升公安机关新质战斗力。", "“专业+机制+大数据”新型警务运行模式", "专业+机制+大数据")]
    // unseen/guangdong-gwr-2025.txt (opened unseen26h).
    [InlineData("推进广州、深圳、珠海国家综合货运枢纽补链强链，融入国家“通道+枢纽+网络”现代物流运行体系。", "“通道+枢纽+网络”现代物流运行体系", "通道+枢纽+网络")]
    // unseen/baoding-gwr-2026.txt (opened unseen26f; its judge read the bare label as a boundary error).
    [InlineData("高水平打造“7+3”特色农业产业链，构建“链主企业+合作社+家庭农场+农户”产业化联合体，提升产业链整体竞争力。", "“链主企业+合作社+家庭农场+农户”产业化联合体", "链主企业+合作社+家庭农场+农户")]
    // municipal/zhumadian_2018.txt: the full-width plus.
    [InlineData("探索由政府发起成立乡村振兴战略基金，积极推行“龙头企业＋合作社＋农户”模式，总结推广正阳红旗合作社土地托管经验。", "“龙头企业＋合作社＋农户”模式", "龙头企业＋合作社＋农户")]
    public void A_composition_label_before_the_word_it_qualifies_is_one_item_with_it(string text, string surface, string canonical)
    {
        SloganMention m = Assert.Single(Outermost(text), m => m.Surface.Contains(canonical, StringComparison.Ordinal));
        Assert.Equal(surface, m.Surface);
        Assert.Equal(canonical, m.Canonical);
        Assert.Equal(MentionKind.Quoted, m.Kind);
    }

    [Theory]
    // unseen/guangdong-plan-outline-2026-1.txt: an X+ label, a formula of the 互联网+ family (two judges read it right bare).
    [InlineData("推广“信用+”模式，深入实施信用助企惠民“一揽子”行动，持续深化“粤信用”品牌建设。", "信用+")]
    // unseen/guangdong-plan-outline-2026-2.txt: 的 ends the label.
    [InlineData("构建“家庭经营+合作联合+社会化服务”的现代农业经营体系，促进小农户和现代农业发展有机衔接。", "家庭经营+合作联合+社会化服务")]
    // provincial/anhui_2026.txt: a scene is no institutional head.
    [InlineData("拓展“光伏+建筑”应用场景。", "光伏+建筑")]
    public void A_composition_label_before_no_institutional_head_stays_bare(string text, string label)
    {
        Assert.Contains(Quoted(text), m => m.Surface == label);
    }

    [Theory]
    // provincial/guangdong_2026.txt (read wrong in mentions-dev-quoted37.tsv).
    [InlineData("整县推进农文旅融合发展，持续推进环南昆山—罗浮山县镇村高质量发展引领区、环万绿湖“湖泊+”绿色发展区建设。")]
    // unseen/guangdong-plan-outline-2026-2.txt (opened unseen26h).
    [InlineData("全面推进环南昆山—罗浮山县镇村高质量发展引领区、环万绿湖“湖泊+”绿色发展区等建设，支持在粤闽省际交界地区打造环长潭水库—石窟河农文旅融合高质量发展带。")]
    public void An_x_plus_label_in_the_name_of_one_zone_is_not_reported(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("湖泊+", StringComparison.Ordinal));
        Assert.Equal("name", Reason(text, "湖泊+"));
    }

    [Fact]
    public void An_old_town_is_one_site()
    {
        // unseen/guangdong-gwr-2025.txt (opened unseen26h): heritage sites put forward for the world list.
        const string text = "加强文化和自然遗产整体性、系统性保护，推动“海上丝绸之路”、“潮州古城”等项目申报世界文化遗产。";
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("潮州古城", StringComparison.Ordinal));
        Assert.Equal("name", Reason(text, "潮州古城"));
    }

    [Fact]
    public void Qualities_listed_as_pairs_joined_by_er_are_not_reported()
    {
        // unseen/guangdong-plan-outline-2026-2.txt (opened unseen26h).
        const string text = "甘薯、茶叶、荔枝龙眼、化橘红、肉桂等20个百亿级现代农业产业集群，打造200个十亿级“小而美、特而精”的特色产业集群。";
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("小而美", StringComparison.Ordinal));
        Assert.Equal("qualities", Reason(text, "小而美、特而精"));
    }

    [Fact]
    public void Pairs_of_a_problem_stay_a_label()
    {
        // provincial/guizhou_2026.txt: the problem a campaign targets (judged right in mentions-dev-quoted37.tsv), parts of four.
        Assert.Contains(Quoted("依法依规推进矿产资源“圈而不探、占而不采”问题专项治理。"), m => m.Surface == "圈而不探、占而不采");
    }

    [Fact]
    public void An_x_as_a_service_term_is_not_reported()
    {
        // unseen/guangdong-plan-outline-2026-1.txt (opened unseen26h; both judges read them wrong).
        const string text = "培育壮大人工智能应用服务商梯队，大力发展“模型即服务”、“智能体即服务”等新模式，构建完整的人工智能应用服务产业链。";
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("即服务", StringComparison.Ordinal));
        Assert.Equal("technology-term", Reason(text, "智能体即服务"));
    }

    [Theory]
    // unseen/guangdong-plan-outline-2026-2.txt (opened unseen26h).
    [InlineData("积极拓展“储能+绿电”、海上光伏、海上综合能源岛、绿色氢氨醇、智能网联等创新融合应用场景。", "储能+绿电")]
    // provincial/chongqing_2026.txt.
    [InlineData("深化数字文化建设，优化“AI+智慧文旅”等综合场景。", "AI+智慧文旅")]
    public void A_label_listed_as_an_example_of_a_scene_is_not_reported(string text, string label)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains(label, StringComparison.Ordinal));
        Assert.Equal("listed-brand", Reason(text, label));
    }
}
