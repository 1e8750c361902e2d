// Specifications of round 79 (numbered79, issue 13): no finder change. The 53 numbered and 99 quoted readable mentions judged
// wrong were grouped by shape and each shape counted over the whole readable corpus; none is wrong at 70 % of its places by
// the codebook, and most judged-wrong labels are ones the golds code (三资, 三大球, N园连通, a label closed by a bracketed
// note). These tests pin the readings the count found right, so a later rule for the wrong places does not take them away.
// Every sentence is a real one of a readable text (named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Numbered and quoted labels round 79 counted and left as the build reads them.</summary>
public sealed class NumberedRound79Tests
{
    [Fact]
    public void A_count_label_summing_the_list_before_it_is_reported_bare()
    {
        // unseen/guangdong-gwr-2025 (unseen26h): judged right. A numbered label right after a 、-list is right at 56 of 65 judged
        // readable places (the wrong ones count named things: 两大“国之重器”, 四线贯通, N园连通).
        var found = Numbered("粮食生产克服重重困难，实现播种面积、单产、总产量“三增”，其中单产创历史新高。");
        Assert.Contains(found, m => m.Surface == "三增");
    }

    [Fact]
    public void A_count_of_collective_assets_is_reported_as_the_golds_code_it()
    {
        // provincial/liaoning_2026: the gold codes 三资 (lexicon, numbered, quoted); so do seven other readable golds. Judges
        // of unseen26k/26l read it a count of things (round 27.3): a gold-and-judge split for the codebook, not a rule.
        var found = Numbered("深化“校园餐”、农村集体“三资”管理、医保基金管理、养老服务、渔业安全管理等突出问题治理，对“蝇贪蚁腐”毫不手软、坚决打击。");
        Assert.Contains(found, m => m.Canonical.Contains("三资", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_of_parks_linked_is_reported_as_the_gold_codes_it()
    {
        // unseen/nanshan-gwr-2024 (unseen26k): the gold codes 十园连通 (borderline), luohu's 八园连通 three times; the judges of
        // unseen26j read the same shape wrong (6 wrong, 4 right: round 76 counted it and left it).
        var found = Numbered("串联大沙河、双界河、深圳湾、前海湾以及阳台山、塘朗山、大南山，实现塘朗山公园、大沙河公园等“十园连通”，打造一个“山海环”，更好推动山、海、林、园、城交融。");
        Assert.Contains(found, m => m.Surface == "十园连通");
    }

    [Fact]
    public void A_composition_label_closed_by_a_bracketed_note_stays_bare()
    {
        // unseen/guangdong-plan-outline-2026-1 (unseen26h): the codebook (rounds 35 and 37) reads the note as closing the label,
        // and the gold codes 2+3+4 bare; the three labels of the same shape judged wrong in that text (3+4+8, 1+3, 一核两极) are
        // coded bare by the same gold.
        var found = Quoted("完善全省“2+3+4”（以广州、深圳为全国性铁路枢纽，珠西、汕潮揭、湛茂为区域性铁路枢纽，韶关、梅州、惠州、东莞为地区性铁路枢纽。）铁路枢纽布局，推进广州东站改造工程、深圳西丽站等项目建设，打造分工合理、高效互联的铁路枢纽体系。");
        Assert.Contains(found, m => m.Surface == "2+3+4");
    }

    [Fact]
    public void A_plus_label_before_the_activity_it_joins_stays_bare()
    {
        // provincial/jilin_2026: judged right. Bare quoted plus labels (A+B, A+) are right at 106 of 124 judged readable places;
        // the wrong ones are street themes, one-off products and labels before their noun, no surface shape apart.
        var found = Quoted("全链条提升冰雪旅游服务标准和基础设施建设水平，扩大冰雪人口规模，推动“冰雪+”融合发展，打造世界冰雪旅游目的地。");
        Assert.Contains(found, m => m.Surface == "冰雪+");
    }

    [Fact]
    public void A_label_naming_a_policy_of_its_own_stays_bare_before_the_kind_word()
    {
        // unseen/longhua-gwr-2024 (unseen26k): judged right; round 47's exception (the word after the label only repeats its kind).
        // Bare quoted and numbered labels before a noun are right at 73 of 90 judged
        // readable places, and about 30 of 40 unjudged ones read by round 79's writer.
        var found = Quoted("完成318个新增“瓶改管”项目，点火率达到65%以上。");
        Assert.Contains(found, m => m.Surface == "瓶改管");
    }
}
