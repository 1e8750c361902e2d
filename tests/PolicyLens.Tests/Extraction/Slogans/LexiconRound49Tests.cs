// Specifications of round 49's lexicon work (issue 13, lexicon49): the entries of tools/lexicon/curated/round49-lexicon49.txt, and a
// rule (issue 13, lexicon49): a formula quoted alone (“一带一路”) that runs on, past its
// closing quote, into the name of an event of its own (…大会, …论坛, …音乐季) is a word of that name, which the codebook's round-36
// decision does not count as a use; the quoted formula elsewhere stays a mention. Sentences of the opened unseen26j text
// (unseen/shenzhen-gwr-2024) and the development reports (provincial/sichuan_2026, henan_2026, chongqing_2026;
// unseen/gd-zhongshan-opinion-2026: a body's name, which this rule leaves alone).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound49Tests
{
    [Theory]
    [InlineData("中国设计大展及公共艺术专题展、深圳设计周、“一带一路”国际音乐季等影响力不断扩大。", "一带一路")]
    [InlineData("持续开展碳捕集利用与封存试点，继续办好“一带一路”绿色创新大会。", "一带一路")]
    [InlineData("加快推进成渝地区区域科技创新中心建设，成功举办第二届“一带一路”科技交流大会。", "一带一路")]
    [InlineData("办好第三届郑州—卢森堡“空中丝绸之路”国际合作论坛。", "空中丝绸之路")]
    public void A_quoted_formula_inside_an_event_name_is_not_a_lexicon_mention(string text, string surface)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }

    [Theory]
    [InlineData("优化人才全谱系引育机制，推进“一带一路”国际技能交流，加强产业工人队伍建设。", "一带一路")]
    [InlineData("枢纽通道联运量达到17.3万标箱，成为高质量共建“一带一路”标志性项目。", "一带一路")]
    [InlineData("支持中山提升对外投资服务保障水平，成立“走出去”服务联盟。", "走出去")]
    public void The_quoted_formula_outside_an_event_name_stays_a_mention(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }

    [Theory]
    // unseen/shenzhen-gwr-2025; unseen/cpc-agricultural-power-speech-2022; unseen/shenzhen-gwr-2022; unseen/baoding-gwr-2022;
    // gwr 2022.
    [InlineData("倡导简约适度、绿色低碳、文明健康的生活方式和消费模式，深入开展光盘行动、抵制过度包装。", "光盘行动")]
    [InlineData("不仅要制止“舌尖上的浪费”，深入开展“光盘行动”，还要提倡健康饮食。", "光盘行动")]
    [InlineData("学史明理、学史增信、学史崇德、学史力行，做到学党史、悟思想、办实事、开新局。", "学党史、悟思想、办实事、开新局")]
    [InlineData("坚决捍卫“两个确立”、做到“两个维护”，学党史、悟思想、办实事、开新局，坚决做到对党绝对忠诚、对人民高度负责。", "学党史、悟思想、办实事、开新局")]
    [InlineData("胜利召开党的十九届六中全会、制定党的第三个历史决议，如期打赢脱贫攻坚战。", "第三个历史决议")]
    public void The_national_campaigns_and_formulas_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == surface);
    }
}
