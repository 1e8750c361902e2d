// Specifications of tools/lexicon/curated/round40-lexicon40.txt and of LexiconMatcher's round-40 guard (issue 13, round 40): the
// items coded in two or more readable gold splits for which the start build reported nothing, decided under the codebook's round-34
// decision, and 产业数字化 with the guard that keeps it out of a glued chain of -化 qualities. Sentences of the national corpus, the
// development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound40Tests
{
    [Theory]
    // unseen/gd-15th-fyp-proposal; unseen/guangdong-plan-outline-2026-2; unseen/guangdong-gwr-2025; provincial/qinghai_2026;
    // unseen/hebei-gwr-2022; provincial/beijing_2026; provincial/guangdong_2023; municipal/zhumadian_2023; unseen/baoding-gwr-2026.
    [InlineData("丰富高品质文化产品供给，发展人文经济。", "人文经济")]
    [InlineData("携手港澳加快建设一流人文湾区。", "人文湾区")]
    [InlineData("一体推进不敢腐、不能腐、不想腐，建设清廉广东。", "清廉广东")]
    [InlineData("加强公立医院成本管理与控制评价，实施公立医院病房改造提升行动，加强医护队伍建设。", "公立医院病房改造提升行动")]
    [InlineData("推动收购存量商品房用作保障性住房等。实施房屋品质提升工程，创新发展避暑房、康养房。", "房屋品质提升工程")]
    [InlineData("全方位打造创新之城，高水平建设全球海洋中心城市，加快打造更具全球影响力的经济中心城市。", "全球海洋中心城市")]
    [InlineData("我们一定坚持问题导向，以更大力度切实加以解决。", "问题导向")]
    [InlineData("发挥“一核”辐射带动作用，加快建设现代化首都都市圈，不断提升区域综合竞争力。", "现代化首都都市圈")]
    [InlineData("殷切寄望广东在全面建设社会主义现代化国家新征程中走在全国前列、创造新的辉煌。", "走在全国前列、创造新的辉煌")]
    [InlineData("以城乡贯通为途径，推动县域经济“成高原”。落实放权赋能改革，抓实开发区载体。", "放权赋能改革")]
    [InlineData("壮大新型农村集体经济，推行党支部领办合作社，支持家庭农场、农民合作社等新型农业经营主体发展。", "党支部领办合作社")]
    [InlineData("更好发挥第三次分配作用，促进和规范公益慈善事业发展。", "第三次分配")]
    public void The_recurring_terms_are_reported(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == surface);
    }

    [Fact]
    // unseen/baoding-gwr-2026: the plan named after the goal is the item, not the goal inside its title.
    public void The_capital_metropolitan_goal_is_not_cut_out_of_its_plans_title()
    {
        var found = Outermost("我们将全面落实《现代化首都都市圈空间协同规划（2023―2035年）》，");
        Assert.DoesNotContain(found, m => m.Surface == "现代化首都都市圈");
    }

    [Theory]
    // unseen/hebei-gwr-2022; unseen/cpc-real-economy-speech-2026; unseen/baoding-gwr-2024 (a written list of -化 goals).
    [InlineData("推进产业数字化，实施数字化改造项目200个，培育工业互联网平台。")]
    [InlineData("推动制造业、服务业、农业等产业数字化，利用互联网新技术对传统产业进行全方位、全链条的改造。")]
    [InlineData("培育做大37个县域特色产业集群，推进产业数字化、产品高端化、品牌知名化。")]
    public void Industrial_digitalisation_is_reported_where_it_is_the_goal(string text)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == "产业数字化");
    }

    [Theory]
    // gwr 2021; gwr 2022; unseen/gd-baiqianwan-decision (qualities of a renovation); gwr 2022 (数字化转型 is the formula there).
    [InlineData("推动产业数字化智能化改造，战略性新兴产业保持快速发展势头。")]
    [InlineData("传统产业数字化智能化改造加快，新兴产业保持良好发展势头。")]
    [InlineData("支持县域重大产业平台建设，推动产业数字化绿色化改造。")]
    [InlineData("推进5G规模化应用，促进产业数字化转型，发展智慧城市、数字乡村。")]
    public void Industrial_digitalisation_glued_to_another_hua_word_is_no_formula(string text)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Surface == "产业数字化");
    }
}
