// Specifications of round 90's reading of the lexicon places RunsOnIntoANoun drops (issue 13, bayarea90): a short variant
// (four characters or fewer, not a contraction) followed at once by a token of two or more characters is read as running on
// into a noun and is not reported.
//
// The survey (tools/judging/lexicon_drops89.py sample guard:RunsOnIntoANoun, start build main after round 89): 263 readable
// places, 117 of them bare 大湾区. Split by what follows, with my reading under the codebook's judging section and its round-38
// decision (粤港澳大湾区 counted wherever written outside a longer coded item; a formula inside a proper name, event or facility
// is no mention):
// - 大湾区 (117 places, 29 documents): right 42, wrong 75. Before a word that opens a name (综合性国家科学中心 8, 国家技术创新
//   中心 5, 艺术中心 4, 科学论坛 3, 大学 3, 全球招商大会/贸易数字化领航区 5, 总部 2, 海上龙舟赛 2 …) wrong; before an abstract
//   noun (故事 6, 市场一体化 3, 居民 2, 形象, 活力, 经济总量, 营商环境) right, but the golds code 故事 at 2 of 5 covered places;
//   before a verb (设立, 部署, 拥有, 率先, 联结, 辐射, 支撑 …, 10 places) right, but no token class tells a verb from a noun
//   here without a list of verbs; before a rank word (首个 3, 首航 1) right 4 of 4, 4 documents, coded by all 4 golds: let through.
// - 原则 (按劳分配原则 8, none in a gold's document) and 力度 (政务公开, 拥军优属, 精准脱贫, 全民普法, 留抵退税: 9; golds
//   cover 3 and code 0): right by round 17's reading, but uncoded where covered: left.
// - cut from a longer item the text writes (解决温饱问题 5, 股份制改造 9, 化债化险 2, 和美乡村示范村/重点片区 4, 中国制造强国论坛
//   4, 双创活动周, 股份制银行 4): wrong: left.
// A second subset the writer let through, a short variant before the verb of its clause (a closed list: 设立, 部署, 拥有, 遍布,
// 面临, 成为, 具有, 进行, 坐享, 相结合 …; 18 readable places), was read blind by judge R (Gold/mentions-dev-changes90.tsv):
// 14 of 18 right. The wrong four are the bare adversary 霸权主义 under 反对霸权主义 before 进行/坐享 (cpc-congress 1977, 1982,
// gwr 1979) and 请进来走出去相结合, a city's way of recruiting investors, under 走出去战略 (zhumadian 2018): 78 %, under the
// bar, so the lead reverted it; the last test keeps those places unreported. The rank subset (4 places) was read right 4/4.
// Sentences of the readable texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class RunsOnRound90Tests
{
    [Theory]
    // unseen/dapeng-gwr-2025.
    [InlineData("大湾区首个国际慢城落户南澳，西涌社区获评全国十大最美星空推荐目的地。")]
    // unseen/baoan-gwr-2024.
    [InlineData("大湾区首个空天技术产业总部基地落地，深圳卫星宽带直连实验室揭牌成立。")]
    // unseen/futian-gwr-2023.
    [InlineData("打造大湾区首个高端会计产业园，举办“2022会计国际化高峰论坛”，引进一批行业领先的会计师事务所、律师事务所，专业服务业领先地位不断巩固。")]
    // unseen/shenzhen-gwr-2025.
    [InlineData("蛇口邮轮口岸、莲塘口岸获批放宽优化过境免签政策，地中海邮轮亚洲旗舰开启大湾区首航。")]
    public void The_bay_area_before_a_rank_word_is_the_region_the_first_is_counted_in(string text)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == "大湾区" && m.Canonical == "粤港澳大湾区");
    }

    [Theory]
    // provincial/guangdong_2024.
    [InlineData("建好用好广州国家版本馆、白鹅潭大湾区艺术中心等文化新地标，加快建设省水下文化遗产保护中心、粤剧文化中心等")]
    // unseen/shenzhen-gwr-2025.
    [InlineData("强化战略科技力量，高水平建设大湾区综合性国家科学中心、鹏城实验室。")]
    // unseen/guangdong-gwr-2025.
    [InlineData("建设大湾区国际教育示范区，支持筹办大湾区大学，鼓励境外高水平理工类大学来粤合作办学。")]
    public void The_bay_area_opening_a_facility_or_body_name_is_still_not_reported(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == "大湾区");
    }

    [Theory]
    // gwr/1998.
    [InlineData("争取今年再有1 0 0 0 万以上贫困人口解决温饱问题。", "解决温饱")]
    // gwr/2004.
    [InlineData("重点做好中国银行和中国建设银行股份制改造试点工作。", "股份制")]
    public void A_variant_cut_from_a_longer_phrase_the_text_writes_is_still_not_reported(string text, string variant)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == variant);
    }

    [Theory]
    // gwr/1979: the adversary, not the formula 反对霸权主义.
    [InlineData("世界各国人民从各自不同的情况出发同霸权主义进行各种形式的斗争。", "霸权主义")]
    // municipal/zhumadian_2018: a way of recruiting investors, not the strategy of investing abroad.
    [InlineData("紧盯国内外知名企业、行业龙头企业、品牌上市企业，坚持请进来走出去相结合，推动招商引资向选商选资转变。", "走出去")]
    public void A_variant_before_the_verb_of_its_clause_is_still_not_reported(string text, string variant)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == variant);
    }
}
