// Specifications of round 79's canon79 changes (issue 13): a lexicon variant that ends in the activity carried out on its
// item (创建 after a designation, 活动 after a campaign, 工作) is matched with that word but reported without it
// (LexiconMatcher.TrailingActivity.cs); a word that is part of the formula (建设 in 新农村建设) or the head of a programme's name
// (行动 in 城市更新行动) stays in. And, continuing round 78's audit, the bottom line 不发生系统性风险(的)底线 is named by its content,
// as the golds name it (tools/lexicon/curated/round79-canon79.txt): only the canonical moves. Sentences of the development and opened unseen texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class CanonRound79Tests
{
    [Theory]
    // municipal/zhumadian_2017 (its gold codes 全国文明城市 x5; mentions-dev-national19 judged the label right here).
    [InlineData("全面提升中心城区管理水平。切实抓好全国文明城市创建工作，深入开展以社会主义核心价值观为主题的群众性精神文明创建活动。", "全国文明城市")]
    // unseen/shenzhen-gwr-2024 (its gold codes 全国文明城市 | 文明城市): the label without its level word, as round 76 named it.
    [InlineData("展示中华民族现代文明的重要窗口。深入开展文明城市创建。深刻把握“两个结合”这个最大法宝。", "文明城市")]
    // unseen/nanshan-gwr-2024 (its gold codes 文明城市, missed until now: the mention took in 创建).
    [InlineData("深化新时代文明实践中心建设，推进文明城市创建常态化长效化。推进南山形象标识体系建设。", "文明城市")]
    public void A_designation_is_reported_without_the_campaign_word_after_it(string text, string surface)
    {
        List<SloganMention> found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == "全国文明城市");
        Assert.DoesNotContain(found, m => m.Surface.EndsWith("创建", StringComparison.Ordinal) && m.Canonical == "全国文明城市");
    }

    [Theory]
    // unseen/shenzhen-gwr-2025, municipal/zhumadian_2024 (their golds code 全民阅读): the national reading campaign.
    [InlineData("打造50处“小而美”新型公共文化空间。深化全民阅读活动，建设“书香社会”。")]
    [InlineData("开展全民阅读活动，建设书香驻马店。持续完善社会保障体系。")]
    public void A_campaign_is_reported_without_the_activity_word_after_it(string text)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == "全民阅读" && m.Canonical == "全民阅读");
    }

    [Theory]
    // The word stays where the entry's own name ends in it: 党的群众路线教育实践活动 (gwr), 新农村建设 (zhumadian_2014 codes it whole).
    [InlineData("深入开展党的群众路线教育实践活动，着力解决人民群众反映强烈的突出问题。", "党的群众路线教育实践活动")]
    [InlineData("扎实推进新农村建设，农村面貌明显改观。", "新农村建设")]
    public void A_word_that_is_part_of_the_name_stays_in_it(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }

    [Theory]
    // unseen/luohu-gwr-2025 (its gold codes 守住不发生系统性风险底线 | 不发生系统性风险), unseen/gd-15th-fyp-proposal (不发生系统性风险),
    // gwr 2021 (written with 的): the span stays as written, the canonical is the content the golds name.
    [InlineData("防范化解金融风险，守住不发生系统性风险底线。", "不发生系统性风险底线")]
    [InlineData("提高重点领域国家安全能力建设，守牢不发生系统性风险底线。建立产业链供应链安全风险监测预警体系。", "不发生系统性风险底线")]
    [InlineData("压实各方责任，坚决守住不发生系统性风险的底线。金融机构要坚守本源。", "不发生系统性风险的底线")]
    public void The_bottom_line_is_named_by_its_content(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == "不发生系统性风险");
    }
}
