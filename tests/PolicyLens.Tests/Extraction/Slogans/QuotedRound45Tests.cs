// Specifications of round 45 (issue 13, branch quoted45): recall of quoted labels the build reported nowhere. A chain of
// numbers joined by + written right before the industries, chains, systems or platforms it counts (“10+N”优势特色产业,
// “7+20+N”现代化产业体系) was refused as a count of things (round 24); round 35's decision reads the label with the word it
// qualifies as the item, so the chain is reported with that word. Before an alliance, zones or parks it stays out (a body
// and its members; a count of zones, as the development judge of round 16 read “1+3” before 重点功能区). Sentences of the
// development reports and of the opened unseen sets (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class QuotedRound45Tests
{
    [Theory]
    // provincial/liaoning_2026.txt (dev-recall18b codes 10+N).
    [InlineData("全链条推进农业产业体系升级。发展壮大“10+N”优势特色产业，大力发展食品工业", "“10+N”优势特色产业", "10+N优势特色产业")]
    // unseen/baoding-gwr-2025.txt (opened unseen26f): 现代化产业体系 inside the word is not reported alone (round 35).
    [InlineData("扎实推动科技创新和产业创新深度融合，建设“7+20+N”现代化产业体系。提升创新效能。", "“7+20+N”现代化产业体系", "7+20+N现代化产业体系")]
    // provincial/gansu_2026.txt.
    [InlineData("坚持强龙头、补链条、聚集群，以链长制推动“14+1”重点产业链提质升级，打好产业基础高级化产业链现代化攻坚战。", "“14+1”重点产业链", "14+1重点产业链")]
    // municipal/zhumadian_2024.txt.
    [InlineData("把制造业高质量发展作为主攻方向，“9+15”产业链群加快构建；制造业增加值增长5.6%", "“9+15”产业链群", "9+15产业链群")]
    // provincial/guizhou_2026.txt.
    [InlineData("推进“1+9”国家级开放创新平台提质增效。开放通道进一步畅通", "“1+9”国家级开放创新平台", "1+9国家级开放创新平台")]
    public void A_number_chain_before_the_things_it_counts_is_one_item_with_its_word(string text, string surface, string canonical)
    {
        SloganMention m = Assert.Single(Outermost(text), m => m.Surface.Contains('+'));
        Assert.Equal(surface, m.Surface);
        Assert.Equal(canonical, m.Canonical);
        Assert.Equal(MentionKind.Quoted, m.Kind);
    }

    [Theory]
    // provincial/anhui_2026.txt: an alliance, one body and its members.
    [InlineData("加快农业开放创新，牵头组建“1+5”农业科技创新联盟，建设未来农业产业园", "1+5")]
    // provincial/jiangsu_2026.txt: zones (mentions-dev-quoted16-unreported.tsv judges “1+3” there a count of zones).
    [InlineData("深入推进“1+3”重点功能区建设。推动以人为本的新型城镇化", "1+3")]
    // municipal/zhumadian_2024.txt: parks.
    [InlineData("加快国际农产园基础设施、“4+N”特色园区建设。办好第26届中国农产品加工", "4+N")]
    public void A_number_chain_before_an_alliance_zones_or_parks_stays_out(string text, string label)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains(label, StringComparison.Ordinal));
    }

    [Theory]
    // provincial/jilin_2026.txt: the label sums up the 业 words before it; 企业 there is no firm the label names.
    [InlineData("着力稳就业促增收。加强产业就业创业行业企业“五业”联动，开展人力资源订单式培训", "五业")]
    public void A_numeral_label_after_qiye_is_no_firm_name(string text, string label)
    {
        Assert.Null(Reason(text, label));
        Assert.Contains(Mentions(text), m => m.Surface.Contains(label, StringComparison.Ordinal));
    }

    [Fact]
    // provincial/qinghai_2026.txt: two results doubled, summed up with a numeral (the codebook's “三增”), no record or count.
    public void Two_results_doubled_are_summed_up_with_a_numeral()
    {
        Assert.Null(Reason("建成标准机架4万架、算力规模超2.2万P，实现“双翻番”。产业体系“含绿量”“含金量”越来越高。", "双翻番"));
    }
}
