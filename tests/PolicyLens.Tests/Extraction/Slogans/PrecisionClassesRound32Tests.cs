// Specifications of precision round 32 (issue 13, branch precision32): rules written from the CLASSES of the wrong verdicts a
// blind judge gave on unseen26d's sample (the rows stay unread). Each rule is a general shape: a chain cut out of a longer
// written chain, a coordination counted under one member, a sub-programme counted under its parent, a rank or a pair of
// issuers read as a name, a farm season read as a formula, a count label after its field or after a list of quoted names.
// Sentences are real development or opened-unseen sentences where the readable texts write the shape; where none does (the
// shapes come from unseen26d, which may not be read), the sentence is written in the frame of a real one and says so.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Round 32's precision rules, one class of unseen26d's wrong verdicts each.</summary>
public sealed class PrecisionClassesRound32Tests
{
    [Theory]
    // cpc-politburo-meeting-2026-07 (opened unseen26b): the written chain is 向新向优向好, a description of the economy.
    [InlineData("增强发展动力、激发社会活力，推动经济持续向新向优向好发展，努力实现“十五五”良好开局。", "向新向优")]
    // gwr 2018: the aid chain is 援藏援疆援青.
    [InlineData("加大对革命老区、民族地区、边疆地区、贫困地区扶持力度，加强援藏援疆援青工作。", "援藏援疆")]
    public void A_chain_cut_out_of_a_longer_written_chain_is_not_reported(string sentence, string cut)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Kind == MentionKind.Lexicon && m.Surface == cut);
    }

    [Theory]
    // anhui_2026: a unit written before the chain does not cut it (judged right in the development files).
    [InlineData("过去的五年，我们的发展向上向新向优。", "向新向优")]
    // guangdong_2026: the chain closed by punctuation.
    [InlineData("落实好援藏援疆、东西部协作、对口合作任务。", "援藏援疆")]
    public void A_chain_written_whole_stays(string sentence, string chain)
    {
        Assert.Contains(Mentions(sentence), m => m.Kind == MentionKind.Lexicon && m.Surface == chain);
    }

    [Fact]
    public void The_coordination_of_town_country_and_regions_is_an_item_of_its_own()
    {
        // gwr 2006: counted as 城乡区域协调发展, not under its member 区域协调发展.
        Assert.Contains(Mentions("必须促进城乡区域协调发展，必须加强和谐社会建设，必须不断深化改革开放。"),
            m => m.Kind == MentionKind.Lexicon && m.Surface == "城乡区域协调发展" && m.Canonical == "城乡区域协调发展");
        // gwr 2004: the member written alone keeps its entry.
        Assert.Contains(Mentions("坚持统筹城乡发展，促进区域协调发展。"), m => m.Kind == MentionKind.Lexicon && m.Canonical == "区域协调发展");
    }

    [Fact]
    public void The_party_economic_theory_is_not_cut_to_the_formula_inside_it()
    {
        // Written in the frame of the central documents (坚持和发展中国特色社会主义政治经济学); no readable text writes it.
        IReadOnlyList<SloganMention> found = Mentions("坚持和发展中国特色社会主义政治经济学，推动经济高质量发展。");
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "中国特色社会主义政治经济学");
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "中国特色社会主义");
    }

    [Theory]
    // gd-baiqianwan-plan-release-2026 (opened unseen26c; gd-reform-commission-2026's “百千万工程”集成式改革 likewise in its text): the reform campaign of the 百千万工程
    // is a programme of its own, not the 百千万工程 itself.
    [InlineData("通过实施县域产业高质量发展攻坚行动、“百千万工程”集成式改革攻坚行动，", "“百千万工程”集成式改革攻坚行动", "百千万工程集成式改革攻坚行动")]
    public void A_sub_programme_built_on_a_quoted_programme_name_is_counted_as_itself(string sentence, string surface, string canonical)
    {
        Assert.Contains(Policies(sentence), m => m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // anhui_2026 and heilongjiang_2026, unchanged: the head right after the quoted label completes its name; the quoted
    // programme is its label (round 43: the canonical is the whole name).
    [InlineData("加力实施企业上市“迎客松行动”计划和“科创100”上市专项行动。", "迎客松行动", "企业上市迎客松行动计划")]
    [InlineData("开展“乡村驭风行动”试点。", "乡村驭风行动", "乡村驭风行动试点")]
    public void A_head_right_after_a_quoted_programme_keeps_the_label(string sentence, string label, string canonical)
    {
        Assert.Contains(Policies(sentence), m => m.Label == label && m.Canonical == canonical);
    }

    [Theory]
    // In the frame of unseen26c's “百千万工程” sentences: the rank of a programme is no name.
    [InlineData("把“百千万工程”作为头号工程来抓，推动“百千万工程”头号工程走深走实。")]
    [InlineData("把产业园建设作为一号工程。")]
    public void A_rank_epithet_before_a_programme_head_is_no_policy(string sentence)
    {
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.Contains("号工程", StringComparison.Ordinal));
    }

    [Theory]
    // In the frame of the development reports' 国家、省促进房地产业发展政策: two issuers joined name a policy area.
    [InlineData("要用足用好国家及省促消费政策，扩大有效需求。")]
    [InlineData("落实国家和省惠企纾困政策。")]
    public void Two_issuers_joined_before_a_policy_describe_a_policy_area(string sentence)
    {
        Assert.Empty(Policies(sentence));
    }

    [Theory]
    // The farm seasons: dates of the work, not formulas.
    [InlineData("抓好“三夏”生产，确保夏粮颗粒归仓。", "三夏")]
    [InlineData("做好“三秋”工作。", "三秋")]
    public void A_farm_season_named_by_a_numeral_is_no_numbered_formula(string sentence, string season)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.Contains(season, StringComparison.Ordinal) && m.Kind is MentionKind.Numbered or MentionKind.Quoted);
    }

    [Theory]
    // The codebook's rounds 26-27 decisions with heads of kind: the field written right before the label is part of the item.
    [InlineData("充分发挥人大“四个机关”作用。", "人大“四个机关”", "人大四个机关")]
    [InlineData("构建市场监管“三重架构”。", "市场监管“三重架构”", "市场监管三重架构")]
    public void A_count_label_with_a_head_of_kind_takes_its_field(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m.Surface == canonical[^4..]);
    }

    [Theory]
    // A count right after a list of quoted names as long as the count sums the list up (Guangdong's three government apps).
    [InlineData("升级“粤省事”、“粤商通”、“粤政易”三大品牌。")]
    [InlineData("建好“粤省事”“粤商通”“粤政易”“三大平台”。")]
    public void A_count_after_a_list_of_quoted_names_sums_it_up(string sentence)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.StartsWith("三大", StringComparison.Ordinal) && m.Kind is MentionKind.Numbered or MentionKind.Quoted);
    }

    [Theory]
    // The province owns both goals it names (written in the frame of Guangdong's 科技创新强省 and 制造强省 goals): the place is
    // the sentence's, not the first goal's name.
    [InlineData("加快建设广东科技创新强省和制造强省。", "科技创新强省")]
    [InlineData("奋力建设广东文化强省、体育强省。", "文化强省")]
    public void A_place_shared_by_coordinated_goals_stays_out_of_the_first(string sentence, string goal)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == goal);
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("广东", StringComparison.Ordinal));
    }
}
