// Specifications of round 48 (issue 13, branch numbered48): a count label of two written right after the two members it sums up,
// joined by 和 with no 、 (SummedListLabel.Pair.cs). The codebook's decisions of rounds 26–27 and round 29's case 3 make the
// pair + label one item; the bare label stays the mention's Label (round 43) for the golds that code it bare. A pair of things
// the head counts (classes, fronts) or a cut phrase keeps its old reading. Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Count labels of two after the pair they sum up, round 48.</summary>
public sealed class NumberedCountsRound48Tests
{
    [Theory]
    // unseen26i, cpc-agricultural-power-speech-2022: its blind judge read the bare 两个要害 as a boundary error.
    [InlineData("提产能关键还是抓耕地和种子两个要害。", "耕地和种子两个要害", "两个要害")]
    // cpc-congress 18_2012: the two themes of the CPPCC.
    [InlineData("充分发挥人民政协作为协商民主重要渠道作用，围绕团结和民主两大主题，推进政治协商、民主监督、参政议政制度建设。", "团结和民主两大主题", "两大主题")]
    // cpc-congress 13_1987: 和平 is a word, not the joiner.
    [InlineData("根据国际形势和我国现代化建设的需要，围绕和平和发展两大主题，调整外交格局和党的对外关系。", "和平和发展两大主题", "两大主题")]
    // gwr 2006: two campaigns of mine safety (攻坚战, a generic head of the 、-lists).
    [InlineData("继续打好煤矿瓦斯治理和矿山整顿两个攻坚战。", "煤矿瓦斯治理和矿山整顿两个攻坚战", "两个攻坚战")]
    public void A_label_of_two_after_the_pair_it_sums_up_is_read_with_the_pair_under_its_bare_label(string sentence, string surface, string label)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Kind == MentionKind.Numbered && m.Label == label);
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Theory]
    // cpc-congress 11_1977: the classes are the things the label counts (a member of 两个阶级、两条道路, judged wrong-open bare).
    [InlineData("在整个社会主义历史阶段，始终存在无产阶级和资产阶级两个阶级的斗争，社会主义和资本主义两条道路的斗争。", "无产阶级和资产阶级两个阶级")]
    // gwr 1986: two fronts counted.
    [InlineData("我们一定要在国内和国际两条战线上继续努力，把我国的社会主义现代化建设不断推向前进。", "国内和国际两条战线")]
    // baoding-gwr-2023 (unseen26f): the last of a longer list before a cut phrase.
    [InlineData("加快建设电力及新能源高端装备国家级先进制造业集群，新能源及智能网联汽车和高端新材料两个省级先进制造业集群，推进国防科技工业产业集群建设。", "高端新材料两个省级")]
    public void A_pair_of_counted_things_is_not_read_with_its_label(string sentence, string notSurface)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.DoesNotContain(found, m => m.Subtype == SummedListLabel.Subtype);
        Assert.DoesNotContain(found, m => m.Surface.Contains(notSurface, StringComparison.Ordinal));
    }
}
