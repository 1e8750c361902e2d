// Specifications of round 114's parallel precision rule (parprec114, issue 13): a chain before 的 and a noun phrase headed by a
// built whole (格局, 体系, 样板, 样本, 问题) describes that whole and is no parallel mention
// (ParallelFinder.DescribedWholes.cs). The pool sentences are from the 2024 city reports of the public repository
// JiangGufan/digital-governance @ 48a0d122 (data/txt_doc_level/<city>.txt, round 113's pool; the city is named); the others from
// the readable texts. The places the rule must leave alone (工作格局, an established chain, a head without 的) are pinned too.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ParallelRound114Tests
{
    [Theory]
    // 温州: the qualities of a layout, quoted.
    [InlineData("办中国国际园林博览会，联动推进植物园建设和动物园迁建，构建“多园共生、交通共享、产业共融”的发展格局。更大力度推进国际生态旅游岛和现代化城区建设。")]
    // 黄山: a system described by its three levels, quoted clause units.
    [InlineData("培育发展新质生产力，加快构建“点上技术研发、链上协同创新、面上示范引领”的工业创新体系，力争新增国家高新技术企业4家。")]
    // 常州: the model a city's land reform is to be, quoted clause units.
    [InlineData("腾退盘活土地2.3万亩，打造“资源优配增效、空间优化重塑”的常州样本。加快近零碳工厂、近零碳园区建设。")]
    // 牡丹江: the problems a campaign solves (the count of “四下基层” before it marked it before).
    [InlineData("不断提升推动高质量发展本领、服务群众本领、防范化解风险本领。大力弘扬“四下基层”优良传统，用好“一线工作法”，推动解决一批发展所需、改革所急、基层所盼、民心所向的问题。")]
    // gwr 2013: the qualities of the regional layout of opening up.
    [InlineData("把向东开放与向西开放结合起来，加快形成各具特色、优势互补、分工协作、均衡协调的区域开放格局；坚持把向发达国家开放与向发展中国家开放结合起来。")]
    public void A_chain_describing_the_built_whole_after_its_de_is_no_parallel_mention(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Parallel);
    }

    [Fact]
    // cpc-third-plenum-decision-2024: a governance pattern named 工作格局 says who does what, a named mechanism (round 18).
    public void A_chain_named_as_a_working_pattern_stays_a_parallel_mention()
    {
        const string text = "健全法律实施情况报告制度。完善党委领导、人大主导、政府依托、各方参与的立法工作格局。统筹立改废释纂。";
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Parallel && m.Surface == "党委领导、人大主导、政府依托、各方参与");
    }

    [Fact]
    // shenzhen-gwr-2020 (unseen26n): the national chain of social governance, a lexicon variant, stays before …治理体系.
    public void An_established_chain_before_a_system_stays()
    {
        const string text = "提高协同化治理能力。完善党委领导、政府负责、民主协商、社会协同、公众参与、法治保障、科技支撑的社会治理体系，争创全国首批市域社会治理现代化试点城市。";
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Parallel && m.Surface == "党委领导、政府负责、民主协商、社会协同、公众参与、法治保障、科技支撑");
    }

    [Fact]
    // 北海: a quoted chain closed straight by 工作格局 (no 的) names the working pattern; it stays.
    public void A_quoted_chain_closed_straight_by_its_pattern_noun_stays()
    {
        const string text = "持续擦亮平安中国建设示范市金字招牌，加快打造“问题联治、平安联创、成果共享”工作格局。严厉打击电信网络诈骗。";
        Assert.Contains(Mentions(text), m => m.Kind == MentionKind.Parallel && m.Surface == "问题联治、平安联创、成果共享");
    }
}
