// Specifications of tools/lexicon/curated/round35-lexicon35.txt (issue 13, round 35): established national vocabulary that the
// government work reports 2018-2025 and the central documents write verbatim and that no entry held. (A) Terms the coders of the
// opened unseen sets code, (B) terms the development golds code; four of them taken out of rejected.txt under the round-34 decision.
// A wording of an entry takes the whole span and keeps the entry's canonical. Terms taken out after the mention diff stay unreported.
// Sentences of the national corpus, the development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound35Tests
{
    [Theory]
    // gwr 2023; gwr 2021; unseen/hebei-gwr-2025; gwr 2025; gwr 2023; gwr 2024; gwr 2022; gwr 2024; gwr 2024; gwr 2021; gwr 2019;
    // gwr 2018; gwr 2023; gwr 2025; gwr 2024; gwr 2023; gwr 2025; gwr 2024; gwr 2018; gwr 2018; gwr 2025; gwr 2022;
    // unseen/cpc-15th-fyp-outline; unseen/cpc-new-employment-opinion-2026; unseen/cpc-15th-fyp-proposal.
    [InlineData("加大土壤污染风险防控和修复力度，强化固体废物和新污染物治理。", "新污染物治理")]
    [InlineData("发展普惠托育和基本养老服务体系，逐步延迟法定退休年龄", "普惠托育")]
    [InlineData("增加普惠托育供给。发展社区支持的居家养老", "普惠托育")]
    [InlineData("提升社区综合服务功能，打造宜居、韧性、智慧城市。", "宜居、韧性、智慧城市")]
    [InlineData("把恢复和扩大消费摆在优先位置。", "恢复和扩大消费")]
    [InlineData("深入实施国有企业改革深化提升行动，做强做优主业，增强核心功能、提高核心竞争力。", "增强核心功能、提高核心竞争力")]
    [InlineData("坚持房子是用来住的、不是用来炒的定位，探索新的发展模式，因城施策促进房地产业良性循环和健康发展。", "房地产业良性循环和健康发展")]
    [InlineData("充分发挥创新主导作用，以科技创新推动产业创新，加快推进新型工业化。", "以科技创新推动产业创新")]
    [InlineData("统筹高质量发展和高水平安全，切实增强经济活力、防范化解风险、改善社会预期。", "增强经济活力、防范化解风险、改善社会预期")]
    [InlineData("加强生活必需品保供稳价，居民消费价格上涨2.5%。", "保供稳价")]
    [InlineData("推进钢铁、煤炭行业市场化去产能。", "去产能")]
    [InlineData("推进国际产能合作，高铁、核电等装备走向世界。", "国际产能合作")]
    [InlineData("高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%，数字经济不断壮大，新产业新业态新模式增加值占国内生产总值的比重达到17%以上。", "新产业新业态新模式")]
    [InlineData("面对多重困难挑战，我们加力实施存量政策，适时优化宏观调控，积极有效应对。", "存量政策")]
    [InlineData("培育壮大新型消费，实施数字消费、绿色消费、健康消费促进政策。", "新型消费")]
    [InlineData("开展绿色智能家电、绿色建材下乡，社会消费品零售总额保持基本稳定。", "绿色建材下乡")]
    [InlineData("持续推进城市更新和城镇老旧小区改造，统筹城市低效用地再开发，加快健全城市防洪排涝体系。", "低效用地再开发")]
    [InlineData("推进重点行业超低排放改造。", "超低排放改造")]
    [InlineData("坚持房子是用来住的、不是用来炒的定位，落实地方主体责任，继续实行差别化调控，建立健全长效机制，促进房地产市场平稳健康发展。", "房地产市场平稳健康发展")]
    [InlineData("加强国家安全。健全社会治安防控体系，依法打击各类违法犯罪。", "社会治安防控体系")]
    [InlineData("协力推进跨军地改革，优化国防科技工业体系和布局。", "跨军地改革")]
    [InlineData("多渠道增加普惠性学前教育资源。", "普惠性学前教育")]
    [InlineData("深化土地制度改革，建立健全城乡统一的建设用地市场。", "土地制度改革")]
    [InlineData("稳步推进新就业群体参加住房公积金制度。", "住房公积金制度")]
    [InlineData("优化基本养老服务供给，完善城乡养老服务网络，加强公共设施适老化和无障碍改造。", "基本养老服务")]
    public void National_terms_the_lexicon_lacked_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == surface);
    }

    [Theory]
    // gwr 2022; gwr 2022; gwr 2024; gwr 2024; unseen/cpc-politburo-meeting-2026-07.
    [InlineData("我国经济发展面临需求收缩、供给冲击、预期转弱三重压力。", "需求收缩、供给冲击、预期转弱三重压力", "需求收缩、供给冲击、预期转弱")]
    [InlineData("多渠道发展普惠托育服务，减轻家庭生育、养育、教育负担。", "普惠托育服务", "普惠托育")]
    [InlineData("提升碳排放统计核算核查能力，建立碳足迹管理体系，扩大全国碳市场行业覆盖范围。", "碳足迹管理体系", "碳足迹管理")]
    [InlineData("落实好结构性减税降费政策，重点支持科技创新和制造业发展。", "结构性减税降费政策", "结构性减税降费政策")]
    [InlineData("做好农资保供稳价，抓好农业生产，夺取秋粮和全年粮食丰收。", "农资保供稳价", "保供稳价")]
    public void A_wording_of_an_entry_takes_the_whole_span_and_keeps_the_canonical(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // gwr 2019 (放心消费 as a verb phrase); unseen/hebei-gwr-2025 (绿色制造 inside a laboratory's name).
    [InlineData("加强消费者权益保护，让群众放心消费、便利消费。", "放心消费")]
    [InlineData("中塞钢铁绿色制造“一带一路”联合实验室获批建设。", "绿色制造")]
    public void Terms_taken_out_after_the_mention_diff_are_not_reported_as_entries(string text, string surface)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }
}
