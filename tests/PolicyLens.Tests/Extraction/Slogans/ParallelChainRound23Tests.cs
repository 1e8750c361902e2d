// Parallel round 23 (issue 13, chain23): chains the development gold codes that the finder left out although the text or
// the discourse marks them as formulas (the codebook's decision on task chains written once in prose: quotation marks, a
// count or a frame noun; an established formula; a repetition). Three widenings, each for marked chains only: a chain that
// holds a lexicon formula's units and keeps its frame is its variant (established); two-character units
// in quotation marks with verbs or a frame after them; four-character units the text names a principle, mechanism or
// requirement or guideline, or quotes, whatever their heads. With the sentences near each rule that must stay unreported. Sentences marked
// "(development)" are real; "(constructed)" ones are built on the pattern of a class.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public class ParallelChainRound23Tests
{
    private static bool Reports(string text, string surface) => Chains(text).Any(m => m.Surface == surface);

    private static bool ReportsAnyParallel(string text) => Chains(text).Count > 0;

    [Theory]
    // (development, qinghai_2026) the CEWC's 做优增量、盘活存量 and one more unit: its whole chain, not the lexicon's two units.
    [InlineData("持续扩大内需、优化供给，做优增量、盘活存量、培育新量，因地制宜发展新质生产力。", "做优增量、盘活存量、培育新量")]
    // (development, sichuan_2026) the 2012 congress's social-governance chain with two units added.
    [InlineData("建强党委领导、政府负责、民主协商、社会协同、公众参与、法治保障、科技支撑的社会治理体系，提升基层治理效能。", "党委领导、政府负责、民主协商、社会协同、公众参与、法治保障、科技支撑")]
    // (development, jiangsu_2026) the lexicon's 为民、务实、清廉 with 忠诚 before it, quoted.
    [InlineData("我们将持续加强自身建设，让“忠诚、为民、务实、清廉”成为共同价值追求和行为准则。", "忠诚、为民、务实、清廉")]
    // (development, gwr 2023) the lexicon's 定向调控、相机调控、精准调控 with a unit of its frame (调控) before it.
    [InlineData("把主要预期目标作为一个有机整体来把握，加强区间调控、定向调控、相机调控、精准调控，既果断加大力度。", "区间调控、定向调控、相机调控、精准调控")]
    // (development, sichuan_2026) the 2022 congress's 创新链产业链资金链人才链深度融合, written with 、: the rest of the spelling follows.
    [InlineData("加强产业链上下游协同、左右岸配套，促进创新链、产业链、资金链、人才链深度融合。", "创新链、产业链、资金链、人才链")]
    // (development, jilin_2026) the outlooks the party asks to hold, after 正确的.
    [InlineData("持续整治重点领域腐败和群众身边“微腐败”。树牢正确的权力观、政绩观、事业观，巩固拓展学习教育成果。", "权力观、政绩观、事业观")]
    // (development, the 19th congress report)
    [InlineData("引导人们树立正确的历史观、民族观、国家观、文化观。深入实施公民道德建设工程。", "历史观、民族观、国家观、文化观")]
    public void A_chain_holding_a_lexicon_formula_is_its_variant(string text, string surface)
    {
        Assert.True(Reports(text, surface));
    }

    [Theory]
    // (constructed) two units of the lexicon chain only: the lexicon's own mention, no parallel one.
    [InlineData("持续扩大内需、优化供给，做优增量、盘活存量，因地制宜发展新质生产力。")]
    // (constructed) a chain sharing one unit with a lexicon formula is not its variant; an unmarked list of nouns.
    [InlineData("培育产业链、供应链、价值链，建设一批重点园区。")]
    // (constructed) an enumeration closed by 等.
    [InlineData("加强做优增量、盘活存量、培育新量等工作。")]
    // (development, zhumadian_2023) two principles written in one run: 科学精准 lacks the 至上 of 人民至上、生命至上.
    [InlineData("我们弘扬伟大抗疫精神，坚持人民至上、生命至上、科学精准，适时调整优化防控措施。")]
    // (development, zhumadian_2014) a formula whose units share no character, extended by one unit, unmarked (round 18: a list).
    [InlineData("紧紧抓住投资拉动这个关键，稳增长、调结构、促改革、惠民生，促进经济社会持续健康发展。")]
    // (development, jilin_2026) a two-unit formula that shares no character, extended by a task of the year, unmarked.
    [InlineData("我们牢记嘱托、感恩奋进、顶压前行，地区生产总值增长5%。")]
    // (development, gwr 1984) a longer coordination goes on after the chain (…和种族歧视).
    [InlineData("我们坚决支持第三世界国家反对帝国主义、霸权主义、殖民主义、扩张主义和种族歧视的斗争。")]
    // (development, jiangxi_2026) the head of a longer name (…提升攻坚战).
    [InlineData("深化污染防治攻坚，统筹推进蓝天、碧水、净土提升攻坚战。")]
    // (development, jiangxi_2026) the head of a longer name whose rest is not the lexicon spelling's (…提升攻坚战, not …保卫战).
    [InlineData("统筹推进蓝天、碧水、净土提升攻坚战，抓好中央生态环保督察反馈等问题整改。")]
    // (development, zhumadian_2023) the members of a mechanism's name.
    [InlineData("推进职普融通、产教融合，稳步发展职业本科教育。健全家庭、学校、社会相协调育人机制。")]
    // (constructed around the 20th congress report's words) outlooks described, not to be held: no 正确的 before them.
    [InlineData("同科学社会主义价值观主张具有高度契合性，如天下为公的思想，是中国人民在长期生产生活中积累的宇宙观、天下观、社会观、道德观的重要体现。")]
    // (development, guangdong_2023) cut inside a word (生态更|优美) and off the formula's frame.
    [InlineData("让广东的天更蓝、山更绿、水更清、生态更优美，打造美丽中国的广东样板。")]
    public void A_chain_sharing_less_than_a_lexicon_formula_stays_out(string text)
    {
        Assert.DoesNotContain(Chains(text), m => m.Surface.Split('、').Length >= 3);
    }

    [Theory]
    // (development, henan_2026) quoted units of two characters, two of three opening with a verb.
    [InlineData("支持中小企业数字化转型城市试点建设，推动企业“上云、用数、赋能”，建设10个省级数据产业园。", "上云、用数、赋能")]
    // (development, guangdong_2026) quoted, named a 理念 after the closing quote.
    [InlineData("认真落实“绿色、共享、开放、廉洁”的办赛理念，圆满完成各项赛事。", "绿色、共享、开放、廉洁")]
    // (development, chongqing_2026) quoted, named the city's 精神.
    [InlineData("一批基层先进典型获评“时代楷模”，“坚韧、忠勇、开放、争先”的城市精神不断彰显。", "坚韧、忠勇、开放、争先")]
    public void Quoted_two_character_units_with_verbs_or_a_frame_are_a_label(string text, string surface)
    {
        Assert.True(Reports(text, surface));
    }

    [Fact]
    public void A_quoted_chain_the_quoted_finder_reports_keeps_its_kind()
    {
        // (development, gwr 1987) named a 方针 after the quote: the quoted finder's label, not turned into a parallel mention.
        const string text = "对继续加强和改善宏观控制的措施，实行的“巩固、消化、补充、改善”的改革方针，是正确的和必要的。";
        var mentions = SloganExtractor.Default.Extract(text, new ExtractionContext("t", 1987));
        Assert.Contains(mentions, m => m.Kind == MentionKind.Quoted && m.Surface.Contains("巩固、消化、补充、改善", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Parallel);
    }

    [Theory]
    // (constructed) quoted nouns with no frame, no count, no verb heads.
    [InlineData("统筹“资金、土地、人才”，保障重大项目建设。")]
    // (development, zhumadian_2011) quoted nouns, counted: a count of things is no mark here.
    [InlineData("加大改革开放力度，着力破解“资金、土地、人才”三大要素制约，积极承接产业转移。")]
    // (constructed) unquoted two-character nouns followed by a frame noun stay a list of words.
    [InlineData("坚持资源、客源、服务的思路。")]
    public void Quoted_nouns_without_a_frame_stay_out(string text)
    {
        Assert.False(ReportsAnyParallel(text));
    }

    [Theory]
    // (development, gwr 2012) named a 原则 through 的.
    [InlineData("加强地方政府性债务管理和风险防范。按照分类管理、区别对待、逐步化解的原则，继续妥善处理存量债务。", "分类管理、区别对待、逐步化解")]
    // (development, zhumadian_2011) named a 原则.
    [InlineData("扎实推进新农村建设。坚持规划先行、就业为本、群众自愿、量力而行原则，稳步推进新农村建设。", "规划先行、就业为本、群众自愿、量力而行")]
    public void Four_character_units_named_a_principle_or_mechanism_are_a_formula(string text, string surface)
    {
        Assert.True(Reports(text, surface));
    }

    [Theory]
    // (development, liaoning_2026) after 坚持 but named nothing: a list of working steps.
    [InlineData("强化统筹协调，促进区域联动发展。坚持双核引领、多点支撑、全域协同，构建各展所长、优势互补的发展格局。")]
    // (constructed) three working steps, unmarked.
    [InlineData("我们要拓展增量、提升效益、畅通循环，推动经济持续回升向好。")]
    // (constructed) named by a frame noun that belongs to a later clause, past 和.
    [InlineData("推进规划先行、就业为本、群众自愿和量力而行的原则。")]
    // (development, liaoning_2026) the qualities of a layout (…的振兴格局): 格局 names no rule.
    [InlineData("坚持双核引领、多点支撑、全域协同，构建各展所长、错位发展、各呈精彩的振兴格局。")]
    // (development, gwr 1993) 精神 inside 精神产品 is no rule noun.
    [InlineData("为社会提供更多健康有益、生动活泼、丰富多彩的精神产品，以提高人们的境界。")]
    // (development, zhumadian_2018) a quoted count before the chain (“三区一群”) does not name it.
    [InlineData("融入“一带一路”“三区一群”国家战略，积极对接中欧班列、新郑机场、明港机场，推进海铁联运。")]
    public void Four_character_units_without_a_mark_stay_out(string text)
    {
        Assert.DoesNotContain(Chains(text), m => m.Surface.Split('、').Length >= 3);
    }
}
