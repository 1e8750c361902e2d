// Specifications of round 114 (count114, issue 13): a count label written right after the 、-list it sums up is read with the
// list (round 18: a chain summed up by a numeral is a formula; rounds 26, 27 and 47: a generic count label is one item with its
// field) for more heads of kind (清单 with 张, 文章 with 篇, 机制, 支撑: the codebook's round-47 decision names …篇文章 and
// …集群 among them), and a QUOTED “N大工程” after a list of as many programmes is read with it as the unquoted one is since
// round 44, except after the national housing list, whose quoted “三大工程” the coders code bare
// (SummedListLabel.KindHeads.cs). Sentences are real: the readable unseen26u texts (named), and the pool of 2024 city reports
// (JiangGufan/digital-governance @ 48a0d122, data/txt_doc_level/<city>.txt; the city named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Count labels read with the list they sum up: heads of kind, and a quoted programme label.</summary>
public sealed class CountLabelRound114Tests
{
    [Theory]
    // unseen/nantong-gwr-2024 (unseen26u, coded whole): five lists per trade; the first member starts after the verb 实施.
    [InlineData("加快构建优质高效的服务业新体系，分行业制定实施发展目标、招商目录、重点项目库、骨干企业培育计划、专项政策措施五张清单。", "发展目标、招商目录、重点项目库、骨干企业培育计划、专项政策措施五张清单", "五张清单")]
    // unseen/nantong-gwr-2024 (coded whole): the four supports of the digital base.
    [InlineData("深化政府数字化改革，夯实数字底座，完善云网环境、数据共享、通用技术、安全保障四大支撑。", "云网环境、数据共享、通用技术、安全保障四大支撑", "四大支撑")]
    // pool 合肥 2024: the three works of the Chaohu lake (numprec114's sample read the bare label wrong, W-field).
    [InlineData("深入推进碧水、安澜、富民“三大工程”，全面完成“山水工程”，建成十八联圩生态湿地蓄洪区，巢湖全湖水质更长时间保持Ⅲ类。", "碧水、安澜、富民三大工程", "三大工程")]
    // pool 贺州 2024: the three essays of public finance (numprec114's W-field).
    [InlineData("统筹做好生财、聚财、用财“三篇文章”，落地落实结构性减税降费等各项稳企惠企政策。", "生财、聚财、用财三篇文章", "三篇文章")]
    public void A_count_label_is_read_with_the_list_it_sums_up(string sentence, string canonical, string label)
    {
        var found = Numbered(sentence);
        Assert.Contains(found, m => m.Canonical == canonical && m.Label == label);
        Assert.DoesNotContain(found, m => m.Surface == label || m.Surface == "“" + label + "”");
    }

    [Fact]
    public void A_preposition_every_member_opens_with_stays_in_the_first_member()
    {
        // provincial/zhumadian_2018: 以 opens all four members; it is not the governing preposition cut off the first one.
        var found = Numbered("坚持硬件与软件、新区与老区、地上与地下、宜业与宜居“四个统一”，做好以水润城、以绿荫城、以文化城、以业兴城“四篇文章”，着力提升城市品质和承载能力。");
        Assert.Contains(found, m => m.Canonical == "以水润城、以绿荫城、以文化城、以业兴城四篇文章" && m.Label == "四篇文章");
    }

    [Theory]
    // unseen/baoding-gwr-2025: a list closed by 等 and then counted is no name (the codebook's round-103 decision); coded bare.
    [InlineData("实施科技创新平台优化、揭榜挂帅提质、研发投入提升、科技成果转化等“四大工程”，推进中试基地建设，促进更多京津科技成果在保定孵化转化。", "科技成果转化")]
    // provincial/guangdong_2023: the label qualifies 制度 after it; the list with the label but without 制度 would cut the item.
    [InlineData("落实军地互提需求、互办实事“双清单”制度，推进军地结对共建。", "军地互提需求")]
    public void A_label_after_deng_or_before_its_head_is_not_read_with_the_list(string sentence, string member)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.Contains(member, StringComparison.Ordinal) && m.Kind == PolicyLens.Extraction.Slogans.MentionKind.Numbered);
    }

    [Fact]
    public void The_quoted_housing_works_after_their_list_stay_bare()
    {
        // pool (several 2024 reports write it so): the national housing programmes' “三大工程”, coded bare as the national formula.
        var found = Mentions("加快推进保障性住房建设、“平急两用”公共基础设施建设、城中村改造“三大工程”。");
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("保障性住房", StringComparison.Ordinal) && m.Surface.EndsWith("三大工程”", StringComparison.Ordinal));
        Assert.Contains(found, m => m.Surface.Contains("三大工程", StringComparison.Ordinal));
    }
}
