// Specifications of round 31 of the formula work (issue 13, branch boundary31): a lexicon formula written with a head that
// names it as an item of its own is reported whole (改革开放精神, 自我革命精神, 中央八项规定精神, 树立和践行正确政绩观学习教育,
// 高质量发展和高水平安全良性互动, 物质文明和精神文明相协调相促进, 宏观政策取向一致性评估, 国家安全体系和能力), and the formula inside it is not
// reported as well. 精神文明, the 精神 of a speech, the 精神 a coordination shares, and the education in a formula
// that is no party campaign's name stay as they were. Sentences of the
// development reports, the government work reports and the opened unseen texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class HeadedFormulaRound31Tests
{
    [Theory]
    // guangdong 2026, gd-plenum5-resolution: the spirit named after the formula.
    [InlineData("大力弘扬改革开放精神、特区精神，把改革作为一种常态、作为一种", "改革开放精神", "改革开放")]
    [InlineData("塑造改革品牌，弘扬改革开放精神，在进一步全面深化改革中创造更多新鲜经验", "改革开放精神", "改革开放")]
    // hubei 2026, gwr 2024, chongqing 2026.
    [InlineData("是切实强化全面从严治党这个根本保障。发扬自我革命精神，全面一体落实要求", "自我革命精神", "自我革命")]
    [InlineData("（四）守住廉治底线。以自我革命精神推进全面从严治党", "自我革命精神", "自我革命")]
    // hebei 2026, jilin 2026, gwr 2015 (党中央八项规定精神).
    [InlineData("锲而不舍落实中央八项规定精神，扎实做好中央巡视整改", "中央八项规定精神", "中央八项规定")]
    [InlineData("自觉把中央八项规定精神贯穿政府工作全过程", "中央八项规定精神", "中央八项规定")]
    [InlineData("我们严格落实党中央八项规定精神，持之以恒纠正“四风”。", "中央八项规定精神", "中央八项规定")]
    // cpc-seminar-speech-2026: the party education campaign named after its formula.
    [InlineData("党中央决定今年在全党开展树立和践行正确政绩观学习教育，重点要从党性上找差距", "树立和践行正确政绩观学习教育", "树立和践行正确政绩观")]
    // heilongjiang 2026, gwr 2024, cpc-third-plenum-decision-2024.
    // gd-15th-fyp-proposal.
    [InlineData("十一、高水平推进文化强省建设，推动物质文明和精神文明相协调相促进。", "物质文明和精神文明相协调相促进", "物质文明和精神文明相协调")]
    // jiangxi 2026, gwr 2025, gd-15th-fyp-proposal.
    [InlineData("加力提高行政效能，强化宏观政策取向一致性评估，发挥存量政策和增量政策集成效应", "宏观政策取向一致性评估", "宏观政策取向一致性")]
    [InlineData("健全和用好宏观政策取向一致性评估工作机制，把经济政策和非经济性政策统一纳入", "宏观政策取向一致性评估", "宏观政策取向一致性")]
    [InlineData("持续稳增长、稳就业、稳预期。做好宏观政策取向一致性评估。", "宏观政策取向一致性评估", "宏观政策取向一致性")]
    // gd-15th-fyp-proposal, gwr 2023, zhumadian 2020: a system and its capacity, one coordinated name.
    [InlineData("发展的安全基础更加坚实。国家安全体系和能力进一步加强，重点领域风险", "国家安全体系和能力", "国家安全体系")]
    [InlineData("防御和气象服务。深入推进国家安全体系和能力建设。加强网络、数据安全", "国家安全体系和能力", "国家安全体系")]
    [InlineData("和服务重心下移。加强应急管理体系和能力建设，压实安全生", "应急管理体系和能力", "应急管理体系")]
    public void A_formula_with_a_head_that_names_it_is_reported_whole(string sentence, string whole, string inside)
    {
        List<SloganMention> outermost = Outermost(sentence);
        SloganMention item = Assert.Single(outermost, m => m.Surface == whole);
        Assert.Equal(MentionKind.Lexicon, item.Kind);
        Assert.Equal(whole, item.Canonical);
        Assert.Equal(HeadedFormula.Subtype, item.Subtype);
        Assert.DoesNotContain(outermost, m => m.Surface == inside);
    }

    [Theory]
    // zhumadian 2011: the 精神 belongs to the coordination 艰苦奋斗、求真务实, not to its last member.
    [InlineData("努力提高全民文明素质。大力弘扬艰苦奋斗、求真务实精神，积极推进社会主义核心价值体系和", "求真务实")]
    // zhumadian 2017: the spirit of a speech is not coded (the codebook's meetings and their 精神).
    [InlineData("五中、六中全会精神和习近平总书记系列重要讲话精神，紧紧围绕富民强市加快崛起", "习近平总书记系列重要讲话")]
    // zhumadian 2018: the education in a value, not a party campaign named after it (the gold codes the formula).
    [InlineData("以创建全国文明城市为抓手，深入开展社会主义核心价值观学习教育，公民道德素质和社会文明程度明显提升。", "社会主义核心价值观")]
    // gwr 1981: 精神文明 is another noun, not a spirit.
    [InlineData("我们必须继续提倡社会主义精神文明，开展五讲四美活动", "社会主义")]
    public void A_formula_whose_head_is_not_its_own_keeps_its_boundary(string sentence, string formula)
    {
        Assert.DoesNotContain(Outermost(sentence), m => m.Subtype == HeadedFormula.Subtype && m.Surface.StartsWith(formula, StringComparison.Ordinal));
    }

    // Round 31's lexicon (lexicon31) spells the whole as a variant of its entry 高质量发展和高水平安全: the whole is reported as
    // the lexicon's own spelling, counted under the entry, and the head step has nothing to add.
    [Theory]
    [InlineData("增强经济和社会韧性，促进高质量发展和高水平安全良性互动。", "高质量发展和高水平安全良性互动", "高质量发展和高水平安全")]
    [InlineData("实现高质量发展和高水平安全良性互动，切实保障国家长治久安。", "高质量发展和高水平安全良性互动", "高质量发展和高水平安全")]
    public void The_interplay_is_the_entry_s_own_variant(string sentence, string whole, string inside)
    {
        List<SloganMention> outermost = Outermost(sentence);
        SloganMention item = Assert.Single(outermost, m => m.Surface == whole);
        Assert.Equal(MentionKind.Lexicon, item.Kind);
        Assert.Equal(inside, item.Canonical);
        Assert.Equal("variant", item.Subtype);
    }
}
