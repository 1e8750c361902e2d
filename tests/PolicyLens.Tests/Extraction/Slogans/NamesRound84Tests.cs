// Specifications of round 84's measurement of lexicon formulas inside the proper name of one unit, system, event, zone, award
// or designation (names84, issue 13). Sentences of the readable texts (the file each comes from is named).
//
// /work/round83/readable-wrong84.tsv holds about 25 lexicon rows read wrong because the formula stands inside such a name. By
// the word that makes it a name, over EVERY place of the readable texts where the start build (main 120fb06f) reports a
// formula right before it, with what the readable golds say there (gold-covered places: the formula coded / not coded):
//   …中心 (中医药传承创新中心, 平安建设中心, 智能制造中心): 7 of 8 uncoded, but round 64 measured it and dropped it (it removed
//     items the coders of a set nobody reads code); not tried again.
//   …组织 (村民自治组织): dropped by the lead in round 64 (the readable judge read all three places right).
//   …引领区 (环南昆山—罗浮山县镇村高质量发展引领区): 6 places, 5 documents; the golds code 高质量发展 there in 4 of the 5.
//   …案例 (入选/获评…典型/优秀/十大/创新案例): 26 places, 19 documents; 13 of 25 gold-covered places uncoded, 10 coded
//     (全面深化改革, 新时代“枫桥经验”, 城市更新, 未来产业, 体教融合, 产业扶贫, 经济体制改革, 美丽海湾; 母亲河复苏行动 judged right).
//   …产业园 (低空经济, 银发经济, 宠物经济, 循环经济, 乡村振兴产业园): 28 places, 15 documents; coded at about 19 of 27.
//   …集聚区 (总部经济集聚区 …): 21 places, 11 documents; about half coded.
//   …平台 (工业互联网平台, 高水平对外开放平台 …): 21 places; 12 of 18 uncoded (工业互联网平台 7 of 9), under the bar.
//   …示范区 (一体化高质量发展示范区, 海绵城市示范区 …): 15 places; mostly coded. …基地: 3 of 4 uncoded (75 %). …核心区: 3 of 5.
//   …系统, …论坛 (RCEP…（黄山）论坛), …港, …博物馆群, …音乐季: one document each.
// No head reaches the round's bar (the reading wrong at >= 80 % of the gold- or judge-covered places, in several documents) that
// was not measured and dropped before, so the matcher is left as it is; these tests pin the places where the golds code the
// formula inside the name.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class NamesRound84Tests
{
    [Theory]
    // unseen/guangdong-gwr-2025 (its gold codes 高质量发展 22 times, every reported place, this one among them).
    [InlineData("开展整县推进农文旅融合发展试点，启动环南昆山—罗浮山县镇村高质量发展引领区建设，新增9个国家县域商业建设行动县、21个食品工业培育试点县。", "高质量发展")]
    // unseen/guangming-gwr-2025 (its gold codes 全面深化改革 at every reported place, 5).
    [InlineData("立体化商业秘密保护体系获评全国地方全面深化改革典型案例。", "全面深化改革")]
    // municipal/zhumadian_2024 (its gold codes 乡村振兴 at every reported place, 5).
    [InlineData("聚力提效乡村振兴产业园建设，带动形成“县城经济开发区、乡镇乡村振兴产业园、中心村共同富裕车间”产业布局。", "乡村振兴")]
    // unseen/luohu-gwr-2025 (its gold codes 低空经济 at every reported place, 6).
    [InlineData("推进低空经济产业园建设，聚焦低空经济总部研发、销售运营、场景应用，新增低空与空天规上企业20家以上。", "低空经济")]
    public void A_formula_before_a_head_the_golds_code_it_inside_stays_reported(string text, string formula)
    {
        int at = text.IndexOf(formula, StringComparison.Ordinal);
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == formula && m.Start == at);
    }
}
