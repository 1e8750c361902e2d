// Specifications of precision round 27 (issue 13, branch prec27n), the codebook's decision on labels that name nothing
// alone: (1) the heads of a generic count label are nouns of kind, an open class (…高地, …平台, …支柱, …体系, …机制, …任务,
// …举措, …措施, …整治, …能力, …革命 beside round 26's), so the field written before the label is reported with it; (2) a
// quoted attribute label (N好, N无, N美, N零, N化, N优, N净, a numeral-led …式) written right before the word it qualifies
// is one item with that word. Every sentence is a real one of a development report.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>The numbered finder reports a count label of a generic head with its field, an attribute label with its word.</summary>
public sealed class NumberedLabelRound27Tests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static IReadOnlyList<SloganMention> Numbered(string text) =>
        [.. Extractor.Extract(text, new ExtractionContext("t", 2026)).Where(m => m.Kind == MentionKind.Numbered)];

    private static IReadOnlyList<SloganMention> All(string text) => Extractor.Extract(text, new ExtractionContext("t", 2026));

    [Fact]
    public void A_count_label_of_a_generic_head_is_reported_with_its_field()
    {
        // chongqing_2026: 革命 is a head of kind; 农村 says which three campaigns.
        IReadOnlyList<SloganMention> found = Numbered("持续整治农村人居环境，深化拓展农村“三个革命”，常态化开展村庄清洁行动，创造乡村优质生活空间。");
        Assert.Contains(found, m => m.Surface == "农村“三个革命”" && m.Canonical == "农村三个革命");
        Assert.DoesNotContain(found, m => m.Surface == "三个革命");
    }

    [Theory]
    // hubei_2026: a count of forces sums up the pair before it (动力 is no generic head).
    [InlineData("用好农业科技创新与农村综合改革“两大动力”，大力推进现代种业、智能农机、农业微生物、数字农业等农业科技创新行动。", "两大动力")]
    // heilongjiang_2026: 安全 says what the five are; a head of content.
    [InlineData("推动转方式调结构提质量增效益，切实维护国家“五大安全”，建好建强“三基地一屏障一高地”。", "五大安全")]
    // zhumadian_2018: 高地 is now a generic head, but a verb stands before the label.
    [InlineData("我省加快建设经济强省、打造“三大高地”、实现“三大提升”正在稳步推进，为我市跨越发展营造了良好的外部环境。", "三大高地")]
    // zhumadian_2017: 举措 after a verb.
    [InlineData("突出“六个精准”、坚持“五条途径”、采取“五项举措”、强化“五个保障”，确保各项脱贫攻坚措施落到实处、取得实效。", "五项举措")]
    // qinghai_2026: …地 is left out (a count of places after a pair of places would take them as its field).
    [InlineData("坚持有所为、有所不为，因地制宜发展新质生产力，产业“四地”建设蹄疾步稳，绿色算电融合加快推进。", "四地")]
    public void The_label_stays_bare_where_its_head_has_content_or_no_field_precedes(string sentence, string label)
    {
        IReadOnlyList<SloganMention> found = All(sentence);
        Assert.Contains(found, m => m.Surface == label);
        Assert.DoesNotContain(found, m => m.Surface.EndsWith("“" + label + "”", StringComparison.Ordinal));
    }
}
