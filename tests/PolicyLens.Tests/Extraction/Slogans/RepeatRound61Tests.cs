// Specifications of round 61 (repeat61, issue 13): a numeral-led span cut right after an opening quotation mark and stopping
// inside the quotation, where the quoted words run on, is no formula (NumberedFinder.IsCutInsideAQuotation): the head of a line
// of verse (“一枝一叶总关情”) or of a longer quoted label (“十个常态化”, “一芯两核多支点”). Every sentence is a real one of a
// development text (named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Numbered spans cut inside a quotation that runs on.</summary>
public sealed class RepeatRound61Tests
{
    [Theory]
    // unseen/nanshan-gwr-2024: a line of Zheng Banqiao's verse (the quoted finder's 一枝一叶总关情 was judged wrong there, a verse).
    [InlineData("四、厚植“一枝一叶总关情”的情怀，持续增进民生福祉", "一枝一叶")]
    // unseen/baoding-gwr-2023 and longhua-gwr-2024: the quoted saying 两个永远在路上 (judged right whole at baoding).
    [InlineData("一定廉洁自律守底线，始终保持“两个永远在路上”的清醒与坚定，严格落实中央八项规定精神。", "两个永远")]
    // unseen/baoding-gwr-2024: “三个没有变” (judged right whole).
    [InlineData("坚持“两个毫不动摇”“三个没有变”，保护民营企业权益。", "三个没有")]
    // unseen/hebei-gwr-2022 and baoding-gwr-2022: “十个常态化” (judged right whole at baoding).
    [InlineData("创新实施“十个常态化”30项措施，健全7套信息化系统。", "十个常态")]
    // unseen/longgang-gwr-2025: a layout label with a part after the numbered head.
    [InlineData("大力实施“一芯两核多支点”区域发展战略，奋发进取。", "一芯两核")]
    // provincial/gansu_2026.
    [InlineData("加快构建黄河上游生态保护“一带四区多点”空间布局，打造黄河生态保护示范区。", "一带四区")]
    public void A_numbered_head_cut_inside_a_running_quotation_is_no_formula(string text, string cut)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Surface == cut);
    }

    // The whole quoted labels are read as before (judged right at baoding 2022 and 2024).
    [Theory]
    [InlineData("创新实施“十个常态化”30项措施，健全7套信息化系统。", "十个常态化")]
    [InlineData("坚持“两个毫不动摇”“三个没有变”，保护民营企业权益。", "三个没有变")]
    public void The_whole_quoted_label_stays(string text, string whole)
    {
        Assert.Contains(Mentions(text), m => m.Surface == whole || m.Surface == "“" + whole + "”");
    }

    // A span that stops at the closing mark, or at the 、 between quoted items, is whole (not cut inside the quotation).
    [Theory]
    [InlineData("深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "两个确立")]
    [InlineData("深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "四个自信")]
    public void A_span_that_closes_with_the_quotation_stays(string text, string formula)
    {
        Assert.Contains(Mentions(text), m => m.Canonical == formula);
    }
}
