// Specifications of round 56 (issue 13, branch count56): a hospital's grade in quotation marks (“三甲”, 三级甲等) names no
// programme alone; it is read with the hospital it grades (the codebook's round-27 decision, point 2: an attribute label
// before the word it qualifies is one item with that word). Every sentence is a real one of a readable text (pingshan-gwr-2021,
// unseen26l), where its blind judge read main's bare label wrong and its coders code 三甲医院 | 三甲中医综合医院 | 三甲.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>A hospital's grade read with its hospital, round 56.</summary>
public sealed class CountRound56Tests
{
    [Theory]
    [InlineData("整体接收平乐骨伤科医院，实现“三甲”医院零的突破。与南方医科大学合作共建医疗健康产业。", "“三甲”医院", "三甲医院")]
    [InlineData("支持萨米医疗中心、区妇幼保健院创建“三甲”医院，将区第三人民医院建成“大综合、强专科”研究型医院。", "“三甲”医院", "三甲医院")]
    [InlineData("突出中医特色优势，推动平乐骨伤科医院创建“三甲”中医综合医院，深化与北京中医药大学系列合作。", "“三甲”中医综合医院", "三甲中医综合医院")]
    public void A_hospital_grade_is_read_with_its_hospital(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m.Surface == "三甲");
    }
}
