// Specifications of overlap39's repair (issue 13, round 39; from the classification of every readable gold's misses where the
// tool reports something at the place): a designation label written with its grade (省级, 市级) keeps the grade in its
// surface and is counted under the programme's label without it, as the lexicon folds 国家级零碳园区 under 零碳园区; a label
// whose 国家, 国家级 or 全国 begins the programme's own name keeps it (the round-17 specification: 国家级乡村振兴示范县). Sentences of the opened unseen texts and development reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class OverlapRecallRound39Tests
{
    [Theory]
    // unseen/baoding-gwr-2022, baoding-gwr-2023, hebei-gwr-2024 (unseen26f): each coded without the grade.
    [InlineData("全面启动42个市级乡村振兴示范区创建，积极推进588个省、市级美丽乡村建设。", "市级乡村振兴示范区", "乡村振兴示范区")]
    [InlineData("打造“京雄保一号旅游风景道”，阜平、涞水、曲阳获评省级全域旅游示范区，群舞《人民英雄纪念碑》荣膺国家第十九届群星奖。", "省级全域旅游示范区", "全域旅游示范区")]
    [InlineData("推进8个国家级、4个省级区域医疗中心建设，开展省级中医药传承创新发展试验区建设，推动疾控事业高质量发展。", "省级中医药传承创新发展试验区", "中医药传承创新发展试验区")]
    public void A_graded_designation_is_counted_as_the_programme(string text, string surface, string canonical)
    {
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // unseen/baoding-gwr-2022; hebei-gwr-2024: 国家 and 国家级 begin the programme's own name.
    [InlineData("阜平入选首批国家乡村振兴示范县创建名单。", "国家乡村振兴示范县")]
    [InlineData("完成国家级二轮土地延包整县试点任务。", "国家级二轮土地延包整县试点")]
    public void A_national_programme_keeps_its_name(string text, string label)
    {
        Assert.Contains(Mentions(text), m => m.Surface == label && m.Canonical == label);
    }
}
