// Specifications of the policy finder's round 15 (issue 13, policy precision and boundaries): an adverb-and-verb token is the
// clause's predicate, 制度政策 is a generic pair, two single words joined by 和 share one name, the field between an introducing
// verb and a quoted label is the name's (also when it opens with 重大 or a verb that opens names), 重大 after an introducing
// verb opens an unquoted name, 推出 launches a programme and 如 opens an example, a count of works before their noun makes them built works, and
// denounced or pejorative projects and policies are no names. Each rule on real
// sentences of the development reports and the national corpus (the file is named), with the neighbours each rule must keep.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Policy names do not take in the clause's adverb and verb nor a generic 制度政策, keep a coordination of two single words
/// whole, keep the qualifier an introducing verb puts before a quoted label, and leave out built works and denounced policies.
/// </summary>
public sealed class PolicyBoundaryRound15Tests
{
    [Fact]
    public void An_adverb_joined_to_its_verb_is_the_clauses_predicate_not_a_name()
    {
        // gwr 2012: jieba makes 进一步提高 one token; 提高政策的针对性 raises the policies' precision, it names no policy.
        IReadOnlyList<SloganMention> mentions = Mentions("综合考虑各方面情况，要继续实施积极的财政政策和稳健的货币政策，根据形势变化适时适度预调微调，进一步提高政策的针对性、灵活性和前瞻性。");
        Assert.DoesNotContain(mentions, m => m.Surface.EndsWith("提高政策", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Surface.Contains("积极的财政政策", StringComparison.Ordinal)); // the named policies stay
    }

    [Fact]
    public void Institutions_and_policies_of_a_field_are_no_named_policy()
    {
        // gwr 2025: 健全主体功能区制度政策, "the institutions and policies" of the main functional zones: a generic pair.
        IReadOnlyList<SloganMention> policies = Policies("出台一批区域发展政策，实施一批区域重大项目，健全主体功能区制度政策，区域融合发展取得新进展。");
        Assert.DoesNotContain(policies, m => m.Surface.EndsWith("制度政策", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_single_words_joined_by_he_share_the_rest_of_the_name()
    {
        // cpc-congress 2017: 贸易 and 投资 both take 自由化便利化政策; the name is not cut at its second member.
        IReadOnlyList<SloganMention> policies = Policies("实行高水平的贸易和投资自由化便利化政策，全面实行准入前国民待遇加负面清单管理制度，大幅度放宽市场准入，扩大服务业对外开放，保护外商投资合法权益。");
        Assert.Contains(policies, m => m.Surface == "贸易和投资自由化便利化政策");
        Assert.DoesNotContain(policies, m => m.Surface == "投资自由化便利化政策");
        // gwr 2011, the neighbour: two conjuncts of two words each are still matched word for word.
        Assert.Contains(Policies("对重点粮食品种实行最低收购价和临时收储政策，小麦、稻谷最低收购价提高了25%到40%。"), m => m.Surface == "最低收购价和临时收储政策");
    }

    [Theory]
    [InlineData("深化规上工业企业研发活动“全覆盖两提升”行动，支持企业建立研发机构、参与重大科技攻关，全社会研发经费投入增长10%左右。", "规上工业企业研发活动“全覆盖两提升”行动")] // fujian 2026: five words, ten characters
    [InlineData("推进国家和省级区域公共卫生中心建设，实施重大慢性病防治“四早”工程。", "重大慢性病防治“四早”工程")] // sichuan 2026: 重大 opens the qualifier
    [InlineData("实施促进高质量充分就业“一揽子”政策，帮助失业、困难人员就业16.8万人，城镇调查失业率5.3％。", "促进高质量充分就业“一揽子”政策")] // shaanxi 2026: a name verb opens it
    [InlineData("有形有感有效铸牢中华民族共同体意识，深入推进民族团结进步创建“一廊一区一带”行动。", "民族团结进步创建“一廊一区一带”行动")] // gansu 2026
    public void The_whole_qualifier_between_an_introducing_verb_and_a_quoted_label_belongs_to_the_name(string sentence, string name)
    {
        IReadOnlyList<SloganMention> policies = Policies(sentence);
        Assert.Contains(policies, m => m.Surface == name);
        Assert.DoesNotContain(policies, m => m.Surface.StartsWith('“'));
    }

    [Fact]
    public void A_long_subject_before_a_quoted_label_at_a_clauses_start_is_still_no_qualifier()
    {
        // gansu 2026, the neighbour: with no introducing verb, 兰州新区 is the clause's subject, not part of a name.
        Assert.DoesNotContain(Mentions("兰州新区入围“科创中国”试点城市。"), m => m.Surface.StartsWith("兰州新区", StringComparison.Ordinal));
    }

    [Fact]
    public void The_qualifier_zhongda_right_after_an_introducing_verb_opens_the_name()
    {
        // gwr 2016: the plan names 重大技术改造升级工程; 重大 after 实施 is its first word, not the start of a category.
        IReadOnlyList<SloganMention> policies = Policies("深入推进“中国制造+互联网”，建设若干国家级制造业创新平台，实施一批智能制造示范项目，启动工业强基、绿色制造、高端装备等重大工程，组织实施重大技术改造升级工程。");
        Assert.Contains(policies, m => m.Surface == "重大技术改造升级工程");
        Assert.DoesNotContain(policies, m => m.Surface == "技术改造升级工程");
        // gwr 2017, the neighbour: 一批重大工程 with no introducing verb before 重大 is a category of works, no name.
        Assert.DoesNotContain(Policies("对外开放推出新举措，“一带一路”建设进展快速，一批重大工程和国际产能合作项目落地。"), m => m.Surface.Contains("重大工程", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_of_launching_is_no_part_of_the_name()
    {
        // gwr 2015: 推出, like 出台 and 发布, launches the programme (创业引领计划); it never opens the name.
        Assert.DoesNotContain(Policies("加强就业和社会保障。完善就业促进政策，推出创业引领计划，高校毕业生就业稳中有升。"), m => m.Surface.StartsWith("推出", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_that_opens_an_example_is_no_part_of_the_name()
    {
        // gwr 1982: 如 opens a list of kinds of works (大型水利工程、重点林区开发…), like 例如 and 比如; no programme is named.
        Assert.DoesNotContain(Policies("国家对农业的投资，主要应该用于那些靠农民自己力量办不到的建设项目上，如大型水利工程、重点林区开发、公路干线、电讯等等。"), m => m.Surface.Contains("水利工程", StringComparison.Ordinal));
    }

    [Fact]
    public void Works_counted_before_their_noun_are_built_not_run()
    {
        // gansu 2026: twenty highway openings built, construction works and not a programme.
        Assert.DoesNotContain(Policies("建成20个高速公路“开口子”工程。"), m => m.Surface.Contains("开口子", StringComparison.Ordinal));
        // guangdong 2023, the neighbour: a programme introduced by its verb, with no count, stays.
        Assert.Contains(Policies("实施制造业当家“一把手”工程，开展“亩均”等高质量发展考核评价。"), m => m.Surface == "制造业当家“一把手”工程");
    }

    [Theory]
    [InlineData("努力提高投资效益，严防“ 钓鱼”项目和“胡子”工程。", "胡子")] // gwr 2000: works that never end, a pejorative
    [InlineData("全世界人民反对美帝国主义侵略政策和战争政策、保卫世界和平的斗争，有了很大的发展，正在从胜利走向更大的胜利。", "侵略")] // gwr 1964
    public void Pejorative_projects_and_denounced_policies_are_no_names(string sentence, string word) =>
        Assert.DoesNotContain(Policies(sentence), m => m.Surface.Contains(word, StringComparison.Ordinal));
}
