// Specifications of the headed-name round 19 (issue 13, branch headed19): policy documents named without 《》 after the verb
// that issues or applies them. A nickname that counts a document's articles or measures (科技金融20条, 稳经济30项举措) is a
// `policy` mention whose canonical is the nickname; a document named by a head only a document has (…实施方案, …实施办法,
// …行动方案, …若干措施) is `titled`, as the codebook codes documents of state with or without 《》. Counts of things built
// or opened (打通53条断头路, 新开通国际客货运航线15条, 30项市级疏堵工程) stay out. Every sentence is a real one of a
// development report (named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>PolicyDocumentFinder: nicknames of policy documents and documents named by their head.</summary>
public sealed class PolicyDocumentRound19Tests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static IReadOnlyList<SloganMention> Of(string text, MentionKind kind) =>
        [.. Extractor.Extract(text, new ExtractionContext("t", 2026)).Where(m => m.Kind == kind)];

    [Theory]
    [InlineData("强化政策协同，制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措，", "稳增长惠民生27条", "稳增长惠民生27条")] // liaoning_2026
    [InlineData("强化政策协同，制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措，", "金融支持民营经济发展12条", "金融支持民营经济发展12条")] // liaoning_2026: the second of a list
    [InlineData("推动创新主体发展壮大。出台科技金融20条政策措施。", "科技金融20条政策措施", "科技金融20条")] // liaoning_2026
    [InlineData("营商环境持续改善，出台促进民营经济高质量发展27条举措。新增减税降费", "促进民营经济高质量发展27条举措", "促进民营经济高质量发展27条")] // liaoning_2026
    [InlineData("就业优先。出台促进高质量充分就业18条政策举措，开发", "促进高质量充分就业18条政策举措", "促进高质量充分就业18条")] // liaoning_2026
    [InlineData("未来产业加快前瞻布局，出台推动人工智能产业发展和赋能应用10条措施，推出全球首", "推动人工智能产业发展和赋能应用10条措施", "推动人工智能产业发展和赋能应用10条")] // fujian_2026
    [InlineData("大力优化投资结构。认真落实国务院关于鼓励引导民间投资新36条，抓紧制定", "鼓励引导民间投资新36条", "鼓励引导民间投资新36条")] // gwr 2011: the issuer and 关于 stay out
    public void A_counted_nickname_after_an_issuing_verb_is_a_policy(string sentence, string surface, string canonical) =>
        Assert.Contains(Of(sentence, MentionKind.Policy), m => m.Surface == surface && m.Canonical == canonical);

    [Theory]
    [InlineData("公交线路，打通53条断头路，东四")] // beijing_2026: roads opened
    [InlineData("自贸试验区新片区获批设立，新开通国际客货运航线15条，合肥中欧班列")] // anhui_2026: routes opened, no issuing verb
    [InlineData("实施30项市级疏堵工程，打通50条断头路，新增")] // beijing_2026: a count of works
    [InlineData("实施100条客运班线公交化改造。")] // jilin_2026: a count right after the verb
    [InlineData("制定实施30条防汛避险救灾措施，")] // beijing_2026: the count before the words, no nickname
    [InlineData("健全住房保障体系，实施住房保障、创业服务等十条支持措施，建设")] // beijing_2026: a list of fields
    [InlineData("千亿级产业链达到11条，西凤酒等5")] // shaanxi_2026: a count reached
    [InlineData("累计建成美丽河湖30条、幸福河湖6条，")] // chongqing_2026
    public void A_count_of_things_is_no_nickname(string sentence) =>
        Assert.DoesNotContain(Of(sentence, MentionKind.Policy), m => m.Surface.Contains('条') || m.Surface.Contains('项'));

    // A quoted count stays the quoted label the gold codes (30条, 15条): RepeatMentionTests and ProgrammeNameTests.
    [Theory]
    [InlineData("全力稳预期，制定实施经济向上向好“30条”、稳住经济增长“20条”等增量政策，")] // chongqing_2026
    [InlineData("出台支持创业带动就业“15条”政策，直接扶持创业")] // sichuan_2026
    public void A_quoted_count_is_left_to_the_quoted_finders(string sentence) =>
        Assert.DoesNotContain(Of(sentence, MentionKind.Policy), m => m.Surface.Contains('条'));

    [Theory]
    [InlineData("推进体制机制创新。出台稳经济30项举措，", "稳经济30项举措")]
    public void Measures_counted_with_xiang_are_a_nickname_only_with_the_word_of_measures(string sentence, string surface) =>
        Assert.Contains(Of(sentence, MentionKind.Policy), m => m.Surface == surface);

    [Theory]
    [InlineData("下好创新先手棋，制定合肥滨湖科学城实体化改革实施方案，办好", "合肥滨湖科学城实体化改革实施方案")] // anhui_2026
    [InlineData("提升监管效能。推动出台民营经济促进法实施办法，依法", "民营经济促进法实施办法")] // anhui_2026
    [InlineData("培育壮大数字经济。落实人工智能创新发展实施方案，培育", "人工智能创新发展实施方案")] // liaoning_2026
    [InlineData("推进传统产业转型增效。落实国家新一轮重点行业稳增长方案，稳住", "新一轮重点行业稳增长方案")] // liaoning_2026: the issuer 国家 is no part of the name
    [InlineData("营造亲商安商的人文环境，实施优化营商环境行动方案（2026版），建立", "优化营商环境行动方案")] // liaoning_2026
    [InlineData("提振民营企业发展信心。出台打造民营经济发展高地若干措施，强化", "打造民营经济发展高地若干措施")] // chongqing_2026
    [InlineData("深化教育综合改革，出台基础教育和职业教育改革行动方案，新建", "基础教育和职业教育改革行动方案")] // hubei_2026
    [InlineData("强化食品药品安全监管。落实重庆市平安建设条例、社区工作者管理办法，每万城镇常住人", "社区工作者管理办法")] // chongqing_2026: after a regulation in a list
    public void A_document_named_by_its_head_is_titled(string sentence, string surface) =>
        Assert.Contains(Of(sentence, MentionKind.Titled), m => m.Surface == surface);

    // The plan of a campaign a programme finder names (制定实施基础研究十年行动方案, gwr 2021) left the campaign reported until
    // round 74; since then the plan is the titled item (PlanRound74Tests).

    [Theory]
    [InlineData("统筹推进教育科技人才发展。制定一体推进的实施方案，强化")] // anhui_2026: a 的-phrase, no name
    // 出台促进民间投资发展的若干措施 (liaoning_2026), read here as a description in round 19, is titled since round 29: the
    // xinjiang gold codes the same document so (TitledUnmarkedRound29Tests).
    [InlineData("切实解决群众急难愁盼问题，制定实施方案，")] // no name before the head
    [InlineData("强力推进招商引资。研究制订招商引资专项行动方案，立足主导产业")] // zhumadian_2018: a special plan of a short field, a category
    [InlineData("继续推进增值税转型改革试点，研究制定在全国范围内实施方案。")] // gwr 2008: a phrase of place, no name
    public void A_head_after_a_description_is_no_document_name(string sentence) =>
        Assert.Empty(Of(sentence, MentionKind.Titled));
}
