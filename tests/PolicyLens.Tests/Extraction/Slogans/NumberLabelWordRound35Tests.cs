// Specifications of round 35 (issue 13, branch boundary35): the codebook's decision on digit and composition labels before
// their word. A quoted number label (“1310”, “11258”) or chain of numbers (“1+N+X”, “2+26”) written right before the word it
// qualifies is one item with that word, reported from the opening mark; the bare label there names nothing. The word ends on
// a noun of kind (体系, 部署, 城市, 格局 …) and takes no more (a verb, 建设, punctuation end it). Sentences of the development
// reports and of the opened unseen sets (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class NumberLabelWordRound35Tests
{
    [Theory]
    // gd-baiqianwan-mobilisation-2023 (opened unseen26b).
    [InlineData("强化政策支持，制定完善“1+N+X”政策体系，深入开展新型对口帮扶协作。", "“1+N+X”政策体系", "1+N+X政策体系")]
    // hebei-gwr-2023 (opened unseen26f): the field before the label stays the sentence's.
    [InlineData("制定承接北京非首都功能疏解“1+10”政策体系，中国星网、中国中化总部开工建设。", "“1+10”政策体系", "1+10政策体系")]
    // baoding-gwr-2023 (opened unseen26f): a bare number label; 部署, a verb among the stops, is the head after 总体.
    [InlineData("第二，按照我市“11258”总体部署，打造独具保定特质的5个标志场景。", "“11258”总体部署", "11258总体部署")]
    // guangdong_2026.
    [InlineData("全面落实省委“1310”具体部署，真抓实干、埋头苦干。", "“1310”具体部署", "1310具体部署")]
    // baoding-gwr-2022 (opened unseen26f): the word is 城市 only, not the assessment after it.
    [InlineData("连续三年在“2+26”城市空气质量评估考核中评为优秀。", "“2+26”城市", "2+26城市")]
    // henan_2026: the word runs to its last noun of kind.
    [InlineData("全省上下牢记嘱托、感恩奋进，聚焦“1+2+4+N”目标任务体系，顶压前行、真抓实干。", "“1+2+4+N”目标任务体系", "1+2+4+N目标任务体系")]
    // zhumadian_2020: 编制 after the word is the clause's verb.
    [InlineData("完成市级乡村振兴“1+1+6”规划体系编制。", "“1+1+6”规划体系", "1+1+6规划体系")]
    public void A_number_label_before_the_word_it_qualifies_is_one_item_with_it(string text, string surface, string canonical)
    {
        SloganMention m = Assert.Single(Outermost(text), m => m.Surface.Contains('”'));
        Assert.Equal(surface, m.Surface);
        Assert.Equal(canonical, m.Canonical);
        Assert.Equal(MentionKind.Quoted, m.Kind);
    }

    [Fact]
    public void A_national_formula_inside_the_word_is_not_reported_alone()
    {
        // anhui_2026: the province's system built on the national 现代化产业体系 is the item (round 22, reading 3).
        IReadOnlyList<SloganMention> found = Outermost("坚持智能化、绿色化、融合化方向，打造“1188”现代化产业体系，培育更多支柱性先导性产业。");
        Assert.Contains(found, m => m.Canonical == "1188现代化产业体系");
        Assert.DoesNotContain(found, m => m.Canonical == "现代化产业体系");
    }

    [Theory]
    // guizhou_2026: 保障成果 is no noun of kind; the label stays bare.
    [InlineData("底线任务牢牢守住。“3+1”保障成果持续巩固提升。", "3+1")]
    // sichuan_2026: a verb right after the label.
    [InlineData("扎实推进“1+20”深化县域内城乡融合发展改革试点。", "1+20")]
    public void A_number_label_before_no_noun_of_kind_stays_bare(string text, string canonical)
    {
        SloganMention m = Assert.Single(Outermost(text), m => m.Canonical == canonical);
        Assert.Equal(canonical, m.Surface);
    }
}
