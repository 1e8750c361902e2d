// Specifications of round 40 (issue 13, branch labels40), the codebook's decisions on labels before the word they qualify
// (rounds 27 and 35) read for two classes of label shapes the finders did not know: (1) layout and structure labels that
// count the parts of a layout (“四纵三横”, “一群三带”, “一主两副、一圈两带、四域多点”) written right before the word they lay out
// (高速公路网, 城镇空间格局, 发展格局) are one item with that word, the bare label its canonical; (2) attribute labels of other
// qualities (“四新”, “三高”) before the noun they qualify, as “四好”农村公路. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>A layout label is reported with the layout it names; a quality label with the noun it qualifies.</summary>
public sealed class LabelBoundaryRound40Tests
{
    [Theory]
    // hebei_2026: the expressway net of Xiong'an.
    [InlineData("中国星网、中国中化、中国华能总部等标志性疏解项目迁驻运营，“四纵三横”高速公路网全面形成，5300多栋楼宇拔地而起。", "“四纵三横”高速公路网", "四纵三横")]
    // guizhou_2026: the province's urban layout.
    [InlineData("持续优化“一群三带”城镇空间格局，“多规合一”国土空间规划体系基本形成。", "“一群三带”城镇空间格局", "一群三带")]
    // hubei_2026: the expressway skeleton.
    [InlineData("交通枢纽辐射作用明显提升，“九纵五横四环”高速公路骨架网基本形成，高铁通车里程进至全国第5位。", "“九纵五横四环”高速公路骨架网", "九纵五横四环")]
    // gd-15th-fyp-proposal: the ecological security pattern.
    [InlineData("筑牢“三屏五江多廊道”生态安全格局，坚持山水林田湖草沙一体化保护和系统治理。", "“三屏五江多廊道”生态安全格局", "三屏五江多廊道")]
    public void A_layout_label_is_reported_with_the_layout_it_names(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m.Surface == canonical);
    }

    [Fact]
    public void A_chain_of_layout_units_in_one_pair_of_marks_is_reported_with_its_layout()
    {
        // henan_2026: three layouts of units, written with 、 inside one pair of marks.
        IReadOnlyList<SloganMention> found = Quoted("加快构建“一主两副、一圈两带、四域多点”发展格局，提升城乡规划建设治理融合水平。");
        Assert.Contains(found, m => m.Surface == "“一主两副、一圈两带、四域多点”发展格局" && m.Canonical == "一主两副、一圈两带、四域多点");
    }

    [Theory]
    // baoding-gwr-2023: 的 closes the label.
    [InlineData("打造京雄商、雄忻高铁，石雄、京雄保城际等“米字型”铁路网，构建“五纵五横四联两环”的高速公路网，形成“六纵四横”的城市快速路网。", "五纵五横四联两环")]
    // qinghai_2026: the word holds a formula of its own (国土空间规划体系), which the golds code; the label stays bare.
    [InlineData("“四级三类”国土空间规划体系基本建立，国家公园示范省建设扎实推进。", "四级三类")]
    public void A_layout_label_stays_bare_where_it_is_closed_or_its_word_is_a_formula_of_its_own(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == label);
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("“" + label + "”", StringComparison.Ordinal) && m.Surface.Length > label.Length + 2);
    }

    [Fact]
    public void Labels_of_villages_and_towns_are_no_layout()
    {
        // baoding-gwr-2023: one product a village, one industry a town: no parts of a layout.
        IReadOnlyList<SloganMention> found = Mentions("村级发展农业特色园，形成“一村一品、一镇一业、一县多园”格局。");
        Assert.DoesNotContain(found, m => m.Surface.EndsWith("”格局", StringComparison.Ordinal));
    }

    [Theory]
    // gd-15th-fyp-proposal: the four new industries of Hengqin.
    [InlineData("优化实施“分线管理”政策，加快发展壮大“四新”产业，促进澳门经济适度多元发展。", "“四新”产业", "四新")]
    // zhumadian_2025: areas of three highs; the list after the noun is the clause's.
    [InlineData("加强城市建成区“三高”区域燃气、排水、桥梁、热力、供水等安全运行监测。", "“三高”区域", "三高")]
    public void A_quality_label_is_reported_with_the_noun_it_qualifies(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
    }

    [Fact]
    public void A_quality_label_before_a_verb_of_aiming_stays_bare()
    {
        // guizhou_2026: 围绕“四新”主攻“四化”, the province's formula; 主攻 is the verb of the second half.
        IReadOnlyList<SloganMention> found = Numbered("坚持以高质量发展统揽全局，坚定不移围绕“四新”主攻“四化”，全力稳就业、稳企业、稳市场、稳预期。");
        Assert.Contains(found, m => m.Surface == "四新");
    }

    [Fact]
    public void A_quality_label_the_lexicon_lists_stays_its_own_formula()
    {
        // fujian_2026: 两新 is a national formula of its own.
        IReadOnlyList<SloganMention> found = Mentions("优化“两新”政策实施，深入开展“全闽乐购”等活动。");
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Numbered && m.Surface.StartsWith("“两新”", StringComparison.Ordinal));
    }
}
