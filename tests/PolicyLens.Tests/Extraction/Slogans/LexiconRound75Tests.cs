// Specifications of round 75's lexicon75 entries (issue 13, tools/lexicon/curated/round75-lexicon75.txt): established chains
// and a spelled-out provincial deployment the readable golds code whole (the science associations' 四服务, Xi's three
// questions, Guangdong's 1310 written out) or whose members alone are judged cut (the 1969 and 1977 congress reports'
// 两个阶级、两条道路); and spellings measured and left alone, which stay no lexicon mention of these entries.
// Sentences of the readable texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound75Tests
{
    [Theory]
    // unseen/cpc-science-conference-2026: the 四服务 (coded whole by unseen26d-d1).
    [InlineData("中国科协要坚持探索创新，尽心尽力为科技工作者服务、为创新驱动发展服务、为提高全民科学素质服务、为党和政府科学决策服务。", "为科技工作者服务、为创新驱动发展服务、为提高全民科学素质服务、为党和政府科学决策服务", "为科技工作者服务、为创新驱动发展服务、为提高全民科学素质服务、为党和政府科学决策服务")]
    // unseen/cpc-education-talent-speech-2026: the three questions (coded whole by unseen26c-cpc-texts).
    [InlineData("推进马克思主义中国化、时代化，回答好中国共产党为什么能、马克思主义为什么行、中国特色社会主义为什么好的问题。", "中国共产党为什么能、马克思主义为什么行、中国特色社会主义为什么好", "中国共产党为什么能、马克思主义为什么行、中国特色社会主义为什么好")]
    // cpc-congress/09_1969: the three struggles (the member 两个阶级 alone judged wrong-open in mentions-dev-numbered15b.tsv).
    [InlineData("这是存在于社会主义社会中的两个阶级、两条道路、两条路线长期尖锐斗争的必然结果。", "两个阶级、两条道路、两条路线", "两个阶级、两条道路、两条路线")]
    // cpc-congress/11_1977: two of them (judged so in mentions-dev-numbered15.tsv): a variant.
    [InlineData("在当前和今后一个时期内，揭批“四人帮”的斗争，仍然是两个阶级、两条道路斗争的中心。", "两个阶级、两条道路", "两个阶级、两条道路、两条路线")]
    // cpc-congress/09_1969: the other two: a variant.
    [InlineData("其间有一年零九个月的时间，两个阶级、两条路线进行了反复的政治较量。", "两个阶级、两条路线", "两个阶级、两条道路、两条路线")]
    public void An_established_chain_is_one_lexicon_mention(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(Outermost(text), m => m.Surface == "两个阶级" || m.Surface == "创新驱动发展");
    }

    [Theory]
    // unseen/gd-plenum3-resolution: the 1310 deployment spelled out in quotation marks (coded whole by unseen26b-gd-party).
    [InlineData("全会强调，省委提出“锚定一个目标，激活三大动力，奋力实现十大新突破”，是紧跟总书记、奋进新征程的坚定态度和郑重宣示。")]
    // unseen/longgang-gwr-2025: the annex's gloss of the 1310 (coded whole by unseen26j-j3).
    [InlineData("省委“1310”具体部署：省委十三届三次全会提出“锚定一个目标，激活三大动力，奋力实现十大新突破”的“1310”具体部署。")]
    public void Guangdongs_1310_written_out_is_one_mention_not_its_middle_count(string text)
    {
        var mentions = Outermost(text);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface.Trim('“', '”') == "锚定一个目标，激活三大动力，奋力实现十大新突破");
        Assert.DoesNotContain(mentions, m => m.Surface.Trim('“', '”') == "三大动力");
    }

    [Theory]
    // cpc-congress/20_2022: two of the three questions in a sentence that answers them (no gold): not the entry.
    [InlineData("实践告诉我们，中国共产党为什么能，中国特色社会主义为什么好，归根到底是马克思主义行，是中国化时代化的马克思主义行。", "中国共产党为什么能、马克思主义为什么行、中国特色社会主义为什么好")]
    // unseen/luohu-gwr-2025: 绣花功夫, coded in five readable texts and left uncoded in five: no lexicon entry.
    [InlineData("用“绣花功夫”美化市容、涵养气质，全方位提升城区外在颜值、内在品质，让群众生活更舒心、更安心、更暖心。", "绣花功夫")]
    public void A_spelling_left_alone_is_not_a_lexicon_mention(string text, string canonical)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical);
    }
}
