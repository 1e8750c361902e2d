// Specifications of round 87's lexicon precision work (lexprec87, issue 13), written from the 152 readable lexicon mentions
// judges read wrong that main 1eeac681 still reports (/work/round87/readable-wrong87.tsv), classed by the judge's reason and
// counted at every readable place of their shape. Sentences of the readable texts (the file each comes from is named).
//
// Changed: 首批次 and 首版次 went to tools/lexicon/rejected.txt. Over every readable text the start build reported 首批次 at 8
// places (8 documents) and 首版次 at 6 (6 documents), every one a later member of the chain 首台（套）、首批次、首版次 (…应用政策,
// 首台（套）重大技术装备首批次新材料保险) standing without the chain's first member and shared head; the readable golds that cover
// them (unseen26c, 26h, 26l) code the chain or 首台（套）, never the bare member, and the judges read 首批次 wrong at 2 of 2
// (unseen26h, 26l). 首台（套） stays an entry (judged right where written, and the golds' alternative for the chain).
//
// Classes counted and left alone (see the round's report): 政治生态 (17 of the 152; rejected in round 29 and restored by the
// lead after the blind judge read the 10 removed held-out places right); a formula inside a proper name, a designation label
// or an award title (round 84 counted every head: none reaches 90 % uncoded); a word cut (round 85: only 性 at the bar; 率 was
// counted there, 3 places, judges split); 城乡一体化示范区 (6 rows, Zhumadian's own district, one city's reports; reported by the
// designation shape, not an entry: already in rejected.txt).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconPrecisionRound87Tests
{
    [Theory]
    // unseen/guangdong-gwr-2025 (首批次 judged wrong in unseen26h's start sample; the gold codes the chain, alternative 首台（套）).
    [InlineData("深化大湾区国家技术创新中心建设，加快布局概念验证中心和中试平台，完善首台（套）、首批次、首版次应用政策。")]
    // unseen/cpc-third-plenum-decision-2024.
    [InlineData("深化科技成果转化机制改革，加强国家技术转移体系建设，加快布局建设一批概念验证、中试验证平台，完善首台（套）、首批次、首版次应用政策，加大政府采购自主创新产品力度。")]
    // provincial/chongqing_2026 (each member with its own object).
    [InlineData("落实研发费用加计扣除、增值税加计抵减等激励政策，完善首台（套）装备、首批次材料、首版次软件等推广应用政策。")]
    // provincial/guangdong_2026 (written without marks between the members).
    [InlineData("扩大科技成果应用转化，完善首台套首批次首版次应用支持政策，加大政府采购自主创新产品力度。")]
    public void A_later_member_of_the_first_set_chain_is_not_reported_alone(string text)
    {
        var mentions = Mentions(text);
        Assert.DoesNotContain(mentions, m => m.Surface is "首批次" or "首版次");
        Assert.Contains(mentions, m => m.Canonical == "首台套");
    }

    [Fact]
    public void The_insurance_product_keeps_its_first_member_only()
    {
        // unseen/guangming-gwr-2025 (首批次 judged wrong in unseen26l; the gold codes 首台（套）重大技术装备首批次新材料保险, alternatives
        // 首台（套）重大技术装备 and 首台（套）).
        var mentions = Mentions("鼓励金融保险机构推出研发贷、投贷联动、知识产权险、首台（套）重大技术装备首批次新材料保险等多元化科技金融保险产品，发放贷款规模5亿元以上。");
        Assert.DoesNotContain(mentions, m => m.Surface == "首批次");
        Assert.Contains(mentions, m => m.Surface.StartsWith("首台（套）", StringComparison.Ordinal));
    }
}
