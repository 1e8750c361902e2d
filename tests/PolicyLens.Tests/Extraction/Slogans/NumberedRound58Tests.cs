// Specifications of round 58 (numbered58, issue 13): one reader of the list a count sums up (ListBeforeCount, shared by
// NumberedFinder.SumsUpList and CountAfterNamedList); a hospital's grade (“三甲”) alone and a bare count of kinds (“三类”) name no
// formula, nor does the grade before its hospital (“三甲”医院: read wrong by the round's judges); a compound counting facilities (“一园双基地”,
// “一馆一中心”) is a count of things, where a unit of another kind keeps it. Every sentence is a real one of a development report
// or an opened unseen text (named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Counts of things among numbered labels, and the reader of the list a count sums up.</summary>
public sealed class NumberedRound58Tests
{
    // hubei_2026: a 、 list of three before a quoted count (SumsUpList's shape).
    private const string ThreePillars = "守牢不发生规模性返贫致贫底线。筑牢乡村产业、乡村建设、乡村治理“三根支柱”，聚焦“增效益”因地制宜发展乡村产业。";

    // shenzhen-gwr-2024: two members joined by 和 before N个 + one word (CountAfterNamedList's shape).
    private const string TwoSystems = "结合产业发展布局、区域功能优化和轨道交通建设，完善住房市场和住房保障两个体系，加快构建房地产发展新模式。";

    [Fact]
    public void The_list_before_a_quoted_count_is_its_clause_part_back_to_the_last_mark()
    {
        int end = ThreePillars.IndexOf('“', StringComparison.Ordinal);
        ListBeforeCount list = ListBeforeCount.Read(ThreePillars, end)!.Value;
        Assert.Equal("筑牢乡村产业、乡村建设、乡村治理", list.Part.ToString());
        Assert.Equal(["筑牢乡村产业", "乡村建设", "乡村治理"], list.Members());
        Assert.Equal(2, list.EnumerationMarks);
    }

    [Fact]
    public void Two_members_joined_by_a_word_of_their_own_count_one_join()
    {
        TextView view = TextView.Create(TwoSystems, Lexicon.Default.Segmenter);
        int numeral = TwoSystems.IndexOf("两个体系", StringComparison.Ordinal);
        ListBeforeCount list = ListBeforeCount.Read(TwoSystems, numeral)!.Value;
        Assert.Equal("完善住房市场和住房保障", list.Part.ToString());
        Assert.False(list.HasListMarks);
        Assert.Equal(1, list.StandaloneJoins(view));
    }

    [Fact]
    public void Both_readers_of_a_summed_list_still_keep_its_bare_count_out()
    {
        // The generic head 支柱 is read with its list (SummedListLabel, round 44); the bare count is not reported.
        Assert.DoesNotContain(Numbered(ThreePillars), m => m.Surface is "三根支柱" or "“三根支柱”");
        Assert.Contains(Numbered(ThreePillars), m => m.Subtype == "summed-list" && m.Label == "三根支柱");
        Assert.DoesNotContain(Numbered(TwoSystems), m => m.Surface.Contains("两个体系", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("实施医疗服务能力提升行动，支持区妇幼保健院创建“三甲”，新增3个市级及以上重点学科。")] // luohu-gwr-2025
    [InlineData("医疗方面，南山医院通过“三甲”复审，疼痛科跻身复旦专科综合榜全国第三。")] // nanshan-gwr-2024
    // Before the hospital it grades (pingshan-gwr-2021): three of round 58's four blind judges read “三甲”医院 wrong.
    [InlineData("整体接收平乐骨伤科医院，实现“三甲”医院零的突破。")]
    [InlineData("突出中医特色优势，推动平乐骨伤科医院创建“三甲”中医综合医院，深化与北京中医药大学系列合作。")]
    public void A_hospitals_grade_alone_is_no_formula(string sentence) =>
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.Contains("三甲", StringComparison.Ordinal));

    [Theory]
    [InlineData("集聚发展区域总部、研发总部、贸易总部“三类”高能级总部，支持总部企业在罗湖设立运营中心、结算中心、采购中心。")] // luohu-gwr-2025
    [InlineData("将57个县（市）、65个区分别按照“创先”“进位”“消薄”三类进行差异化考评，其中光明区属于全省进位类区。")] // guangming-gwr-2025
    public void A_bare_count_of_kinds_is_no_numbered_formula(string sentence) =>
        Assert.DoesNotContain(Numbered(sentence), m => m.Surface.Contains("三类", StringComparison.Ordinal));

    [Fact]
    public void A_count_of_one_kind_of_problem_before_its_mechanism_stays()
    {
        // anhui_2026: “一类问题” names a way of solving problems by kind, read with its mechanism (round 47).
        const string sentence = "深化“高效办成一件事”“综合查一次”“跨域通办”等改革，健全“一类问题”解决机制，强化涉企服务平台协调联动、提速提效。";
        Assert.Contains(Numbered(sentence), m => m.Surface == "“一类问题”解决机制");
    }

    [Theory]
    [InlineData("与应急管理大学（筹）、应急部党校签订合作培训协议，大鹏半岛应急“一园双基地”挂牌。", "一园双基地")] // dapeng-gwr-2025
    [InlineData("完成“一馆一中心”建设，启动区文化馆新馆建设和罗湖美术馆升级改造，改造升级罗湖外国语新校区音乐厅。", "一馆一中心")] // luohu-gwr-2025
    public void A_compound_counting_facilities_is_a_count_of_things(string sentence, string compound) =>
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface.Contains(compound, StringComparison.Ordinal));

    [Theory]
    [InlineData("与华为合作共建人工智能“一集群一园两中心”，与深智城战略合作“一城一园一中心一基金”，打造全域智慧城市示范城区。", "一集群一园两中心")] // guangming-gwr-2025
    [InlineData("与华为合作共建人工智能“一集群一园两中心”，与深智城战略合作“一城一园一中心一基金”，打造全域智慧城市示范城区。", "一城一园一中心一基金")] // guangming-gwr-2025
    public void A_compound_with_a_unit_of_another_kind_stays(string sentence, string compound) =>
        Assert.Contains(Mentions(sentence), m => m.Surface == compound);
}
