// Specifications of round 76's work on formulas found fewer times than the readable golds code them (fewer76, issue 13):
// the national civilised-city campaign written without 全国 counts under 全国文明城市 (tools/lexicon/curated/round76-fewer76.txt;
// round 79 left 创建, the activity word after the label, out of the span: CanonRound79Tests), and a short variant that ends in a division's name and opens a longer spelling of its entry
// (绿美广东 of 绿美广东生态建设) stays the place's campaign before a noun (LexiconMatcher.NamesAPlacesCampaign), while a
// short variant without a place's name still yields to the longer phrase it runs on into; the 15th five-year plan's
// 物质文明和精神文明相得益彰 is one formula, not its two civilisations apart. Sentences of the readable texts
// (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class FewerRound76Tests
{
    [Theory]
    // unseen/shenzhen-gwr-2024 and unseen/longhua-gwr-2024: coded 全国文明城市 | 文明城市 (unseen26j-j2, unseen26k-k2).
    [InlineData("积极打造展示中华民族现代文明的重要窗口。　　深入开展文明城市创建。深刻把握“两个结合”这个最大法宝")]
    // unseen/shenzhen-gwr-2022: coded 全国文明城市 | 文明城市 (unseen26j-j3).
    [InlineData("创作一批讴歌党和祖国、体现深圳特质的重大文艺精品。深化文明城市创建工作，持续开展公共文明提升三年计划和市民文明素养提升五年行动")]
    public void The_civilised_city_campaign_without_its_level_counts_under_the_designation(string text)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == "文明城市" && m.Canonical == "全国文明城市");
    }

    [Fact]
    public void The_campaign_written_with_its_level_is_still_the_designation()
    {
        // zhumadian_2025 (round 24, InsideBoundaryRound24Tests): the designation, without 创建 since round 79.
        Assert.Contains(Outermost("全国文明城市创建实现“三连冠”，保持全国第一方阵。"),
            m => m.Kind == MentionKind.Lexicon && m.Surface == "全国文明城市" && m.Canonical == "全国文明城市");
    }

    [Theory]
    // unseen/gd-plenum5-resolution: 绿美广东样板 counted by unseen26b-gd-party.
    [InlineData("共同富裕取得更为明显的实质性进展，人与自然和谐共生的绿美广东样板全面建成，统筹高质量发展和高水平安全的体制机制全面建立")]
    // unseen/gd-beautiful-guangdong-opinion-2025: accepted by unseen26i-i2 (维育绿美广东生态系统).
    [InlineData("限制商品过度包装，全链条治理塑料污染。 四、维育绿美广东生态系统 （十）筑牢南粤自然生态屏障。")]
    // unseen/gd-beautiful-guangdong-meeting-2025: counted by unseen26b-gd-meetings.
    [InlineData("确保再开发利用安全。要培育绿美广东良好生态，统筹推进陆地、湿地、海洋一体化保护和修复")]
    public void A_places_campaign_before_a_noun_is_still_the_campaign(string text)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == "绿美广东" && m.Canonical == "绿美广东生态建设");
    }

    [Fact]
    public void A_short_variant_without_a_places_name_still_yields_to_the_phrase_it_runs_on_into()
    {
        // unseen/gd-baiqianwan-decision: 和美乡村 runs on into 脱颖而出 and is cut from 宜居宜业和美乡村 (LexiconMatcher's
        // RunsOnIntoANoun, unchanged).
        Assert.DoesNotContain(Outermost("县域综合实力明显增强，一批经济强县、经济强镇、和美乡村脱颖而出，城乡区域基础设施通达程度"),
            m => m.Kind == MentionKind.Lexicon && m.Surface == "和美乡村");
    }

    [Theory]
    // unseen/gd-15th-fyp-proposal: coded as the alternative of 物质文明和精神文明相协调相促进 (unseen26-gd-proposal).
    [InlineData("注重在发展中保障和改善民生，在满足民生需求中拓展发展空间，推动经济和社会协调发展、物质文明和精神文明相得益彰，让现代化建设成果更多更公平惠及全体人民")]
    // unseen/gd-secretary-speech-2026: coded (unseen26i-i2, borderline).
    [InlineData("陆海统筹的局面可望基本形成，物质文明和精神文明相得益彰，父老乡亲生活上更加幸福美好")]
    public void The_plans_two_civilisations_goal_is_one_formula(string text)
    {
        List<SloganMention> found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "物质文明和精神文明相得益彰");
        Assert.DoesNotContain(found, m => m.Surface is "物质文明" or "精神文明");
    }
}
