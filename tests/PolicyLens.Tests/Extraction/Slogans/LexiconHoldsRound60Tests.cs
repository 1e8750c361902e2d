// Specifications of round 60's holds60b entries (issue 13): the fuller names of tools/lexicon/curated/round60-holds60b.txt,
// reported where the start build reported only a lexicon entry inside what the readable golds code (全域旅游示范区, the
// designation label of round 17, with its graded spellings; 大湾区发展规划纲要, the plan's short name). Sentences of the opened
// unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconHoldsRound60Tests
{
    [Theory]
    // unseen/hebei-gwr-2023: after 建成一批…和 the designation label took no verb of creation; the build reported 全域旅游.
    [InlineData("抓好京张体育文化旅游带、长城文化旅游带、大运河文化旅游带等建设，构建环京津旅游风景道体系，建成一批旅游名县和全域旅游示范区，支持唐山办好省第七届旅游产业发展大会，让“这么近、那么美，周末到河北”成为休闲度假新时尚。", "全域旅游示范区", "全域旅游示范区")]
    // unseen/shenzhen-gwr-2022.
    [InlineData("创建全域旅游示范区，推进乐高乐园、东部滨海旅游观光公路等项目建设，推动小梅沙片区、东部华侨城等景区改造提升，发展游艇旅游，优化“海上看湾区”旅游线路，打造环深滨海黄金旅游带。", "全域旅游示范区", "全域旅游示范区")]
    // unseen/guangdong-gwr-2025: the build reported 大湾区 (粤港澳大湾区) inside the plan's short name.
    [InlineData("去年是大湾区发展规划纲要公开发布实施5周年，国家在横琴分线管理、前海税收优惠政策扩围、南沙放宽市场准入等方面推出一系列支持举措。", "大湾区发展规划纲要", "粤港澳大湾区发展规划纲要")]
    public void A_fuller_name_is_reported_whole_without_the_entry_inside_it(string text, string surface, string canonical)
    {
        var found = Outermost(text);
        SloganMention whole = Assert.Single(found, m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m != whole && m.Start >= whole.Start && m.End <= whole.End);
    }

    // unseen/baoding-gwr-2023: the grade stays in the surface where written (codebook round 22, reading 1), as DesignationLabel
    // reported it before the entry; the canonical is the programme's label.
    [Fact]
    public void A_graded_designation_keeps_its_grade()
    {
        var found = Outermost("打造“京雄保一号旅游风景道”，阜平、涞水、曲阳获评省级全域旅游示范区，群舞《人民英雄纪念碑》荣膺国家第十九届群星奖，马兰花儿天籁之音惊艳世界，成为一张张保定新的文化金名片。");
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "省级全域旅游示范区" && m.Canonical == "全域旅游示范区");
        Assert.DoesNotContain(found, m => m.Surface == "全域旅游示范区" || m.Surface == "全域旅游");
    }
}
