// Specifications of precision round 34 (issue 13, branch precision34), from the classes of the wrong verdicts blind judges
// gave on unseen26f's sample (opened this round): the variant audit. 县域医共体 (the county medical community) is an item
// of its own, no longer a variant of the broader 医疗联合体 (medical alliances of every form). Sentences are real
// development or opened-unseen sentences.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Round 34's precision rules, one class of unseen26f's wrong verdicts each.</summary>
public sealed class PrecisionClassesRound34Tests
{
    [Theory]
    // baoding-gwr-2023 (opened unseen26f): judged wrong as 医疗联合体 (the canonical names a broader item).
    [InlineData("基本医疗保险实现市级统筹、参保率达到96%，城乡基本养老保险参保率达到95%以上，在全省率先实现县域医共体建设全覆盖。", "县域医共体")]
    // sichuan 2026.
    [InlineData("组建紧密型城市医疗集团39个、县域医共体192个，5个国家区域医疗中心建设项目落地四川。", "县域医共体")]
    // jilin 2026.
    [InlineData("加快紧密型县域医共体建设，推进长春、白山2个城市国家公立医院高质量发展示范项目。", "紧密型县域医共体")]
    public void A_county_medical_community_is_its_own_item_not_the_broader_medical_alliance(string sentence, string surface)
    {
        SloganMention m = Assert.Single(Mentions(sentence), m => m.Surface == surface && m.Kind == MentionKind.Lexicon);
        Assert.Equal("县域医共体", m.Canonical);
    }

    [Fact]
    public void The_two_items_written_side_by_side_get_two_canonicals()
    {
        // zhumadian 2024: 多层次医疗联合体、县域医共体, the alliance and one of its forms.
        IReadOnlyList<SloganMention> mentions = Mentions("促进多层次医疗联合体、县域医共体建设和“三医”协同发展。");
        Assert.Contains(mentions, m => m.Surface == "医疗联合体" && m.Canonical == "医疗联合体");
        Assert.Contains(mentions, m => m.Surface == "县域医共体" && m.Canonical == "县域医共体");
        // shaanxi 2026: 紧密型县域医共体和城市医联体.
        IReadOnlyList<SloganMention> shaanxi = Mentions("实施医疗卫生强基工程，加快紧密型县域医共体和城市医联体建设，建好国家区域医疗中心。");
        Assert.Contains(shaanxi, m => m.Surface == "紧密型县域医共体" && m.Canonical == "县域医共体");
        Assert.Contains(shaanxi, m => m.Surface.EndsWith("医联体", StringComparison.Ordinal) && m.Canonical == "医疗联合体");
    }

    [Theory]
    // baoding-gwr-2023 (opened unseen26f): judged wrong (a count phrase of two honours).
    [InlineData("成立全国第一家职业排球俱乐部，承办全国男子排球超级联赛，成为全国唯一获得“奥运冠军之城”“全民运动健身模范市”两项殊荣的城市。", "两项殊荣")]
    // baoding-gwr-2026 (opened unseen26f): judged wrong (two awards counted).
    [InlineData("在第23届国际花园城市总决赛中，保定斩获城市金奖和艺术文化遗产单项金奖两项殊荣。", "两项殊荣")]
    public void Honours_counted_are_no_numbered_formula(string sentence, string count)
    {
        Assert.DoesNotContain(Numbered(sentence), m => m.Surface == count);
    }
}
