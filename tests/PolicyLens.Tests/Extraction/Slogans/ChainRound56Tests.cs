// Specifications of round 56's parallel recall (issue 13, chain56; ParallelFinder.QuotedSharedAffix.cs): a chain the text sets
// in quotation marks whose units share a two-character affix that is no noun (制胜, 无忧, 得好, 更加, 在广东) is reported as a
// parallel formula, while the lists the finder rightly refuses stay refused: a list of kinds sharing a noun written once in
// prose (数字消费、绿色消费、健康消费; 首发经济、冰雪经济、银发经济), quoted quality words (round 51's “智慧化、科学化、精细化”)
// and a quoted list of colours naming routes. Sentences of the opened unseen texts and the development reports.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ChainRound56Tests
{
    [Theory]
    // unseen/futian-gwr-2023 (a requirement of the district congress, quoted).
    [InlineData("深入贯彻区第八次党代会“格局制胜、创新制胜、品质制胜、实干制胜”要求，坚决落实区八届二次党代会部署。", "格局制胜、创新制胜、品质制胜、实干制胜")]
    // unseen/futian-gwr-2023 (a quoted goal of the schools).
    [InlineData("全面满足学生躺休需求，努力实现“教得好、学得好、吃得好、睡得好”。", "教得好、学得好、吃得好、睡得好")]
    // unseen/shenzhen-gwr-2024 (the quoted goal of the talent service).
    [InlineData("完善全周期人才服务体系，努力让人才“申办无忧、事业无忧、往来无忧、安居无忧、生活无忧”，在深圳这座创造奇迹的城市，尽享礼遇。", "申办无忧、事业无忧、往来无忧、安居无忧、生活无忧")]
    // unseen/shenzhen-gwr-2025 (the national formula of talent policy, quoted).
    [InlineData("实施“更加开放、更加积极、更加有效”的人才政策，制定实施全球人才汇聚、特聘岗位引才等项目。", "更加开放、更加积极、更加有效")]
    // provincial/guangdong_2024 (the province's consumption slogan).
    [InlineData("培育文娱旅游、体育赛事、国货“潮品”等新的消费增长点，提高“食在广东、游在广东、购在广东”美誉度，引领消费新潮流、新时尚。", "食在广东、游在广东、购在广东")]
    public void A_quoted_chain_on_a_shared_affix_is_a_parallel_formula(string text, string chain)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Parallel && m.Surface == chain);
    }

    [Theory]
    // unseen/baoding-gwr-2024 and unseen/hebei-gwr-2025 (kinds sharing a noun, written once in prose).
    [InlineData("实施新型消费培育行动，大力发展数字消费、绿色消费、健康消费，积极培育智能家居、文娱旅游、国货潮品、预制菜等新的消费增长点。")]
    [InlineData("发展首发经济、冰雪经济、银发经济。")]
    // unseen/shenzhen-gwr-2025 (quality words, quoted: round 51).
    [InlineData("突出“智慧化、科学化、精细化”，提升城市治理效能。")]
    // unseen/baoding-gwr-2022 (colours naming tourist routes, quoted).
    [InlineData("培育推广一批“金色、绿色、红色、银色”精品旅游线路，建设长城国家文化公园。")]
    public void Lists_of_kinds_qualities_and_colours_stay_refused(string text)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Kind == MentionKind.Parallel);
    }
}
