// Specifications of round 63 (field63, issue 13): a programme's whole name quoted with its head inside the marks (“点亮工程”,
// “苗圃计划”) and written right after its field is one item with the field (PolicyFinder.QuotedHeadFields), as the codebook's
// round-43 decision reads a field before a label whose head stands outside the marks; a lexicon formula in the marks, a place
// before it and a count label keep their own readings. Every sentence is a real one of a readable text (named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Quoted whole programme names taken with their field; the quoted labels that stay bare.</summary>
public sealed class QuotedHeadFieldRound63Tests
{
    [Theory]
    // unseen/baoan-gwr-2024 (unseen26k's judge read the bare 点亮工程 wrong; its gold codes the whole name).
    [InlineData("实施社区健身设备夜间“点亮工程”，基本建成“10分钟健身圈”。", "社区健身设备夜间“点亮工程”", "点亮工程")]
    // unseen/luohu-gwr-2025 (unseen26k's judge read the bare 苗圃计划 wrong; its gold codes 未来产业苗圃计划 and 新兴产业倍增计划).
    [InlineData("3.实施新兴产业“倍增计划”和未来产业“苗圃计划”。集中优势资源做大做强人工智能、生命健康", "未来产业“苗圃计划”", "苗圃计划")]
    [InlineData("3.实施新兴产业“倍增计划”和未来产业“苗圃计划”。集中优势资源做大做强人工智能、生命健康", "新兴产业“倍增计划”", "倍增计划")]
    // unseen/luohu-gwr-2025 (unseen26k's gold: 传统优势产业攀升计划 | 攀升计划, "round 26: field + label").
    [InlineData("1.实施传统优势产业“攀升计划”。提升金融、商贸、专业服务业“含金量、含新量、含智量”", "传统优势产业“攀升计划”", "攀升计划")]
    // unseen/hebei-gwr-2022 (unseen26f's gold: 上市蝶变计划 | 蝶变计划).
    [InlineData("健全中小企业梯度培育体系，实施上市“蝶变计划”，培育省级“专精特新”企业500家。", "上市“蝶变计划”", "蝶变计划")]
    // unseen/gd-baiqianwan-plan-release-2026 (unseen26c's gold: 县县通工程 | 天然气管网县县通工程).
    [InlineData("推动生活污水“厂网一体”运维，推进天然气管网“县县通工程”；提升县域铁路覆盖水平。", "天然气管网“县县通工程”", "县县通工程")]
    public void A_quoted_whole_name_after_its_field_is_named_with_the_field(string text, string surface, string label)
    {
        var found = Mentions(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == surface && m.Label == label && !m.Nested);
        Assert.DoesNotContain(found, m => m.Surface == label && !m.Nested);
    }

    [Fact]
    public void Hubeis_own_programme_on_a_label_guangdong_lists_takes_its_field()
    {
        // provincial/hubei_2026 (kind23's judge: Hubei's 文明实践“百千万工程”, the quoted core without its field cut; the gold codes
        // 文明实践“百千万工程” first). Read as a Hubei text, where Guangdong's 百千万工程 is no lexicon formula.
        var found = SloganExtractor.Default.Extract("加强青少年理想信念教育。开展文明实践“百千万工程”，促进全民阅读，支持孝感、黄冈、随州、恩施等地创建全国文明城市。", new ExtractionContext("hubei_2026", 2026, Region: "湖北"));
        Assert.Contains(found, m => m.Kind == MentionKind.Policy && m.Surface == "文明实践“百千万工程”" && m.Canonical == "文明实践百千万工程");
    }

    [Theory]
    // provincial/heilongjiang_2026: 百千工程 is a lexicon formula (the gold codes it bare).
    [InlineData("落实生猪产能调控机制，深化高端肉牛“百千工程”，推动奶业高质量发展。", "百千工程")]
    // provincial/sichuan_2026: 登峰计划, a lexicon formula, coded bare.
    [InlineData("持续实施高等教育“登峰计划”和高校“双一流”建设“贡嘎计划”，建设一批特色学院。", "登峰计划")]
    // provincial/guizhou_2026: a place before the label says where the programme runs (the gold codes 山水工程).
    [InlineData("持续开展石漠化、水土流失综合治理，全面完成武陵山区“山水工程”建设，中心城市环境空气质量平均优良天数比例稳定在98%以上。", "山水工程")]
    public void A_lexicon_formula_or_a_place_before_the_label_leaves_it_bare(string text, string label)
    {
        var found = Mentions(text);
        Assert.Contains(found, m => m.Surface == label && !m.Nested);
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Policy && m.Surface.EndsWith("“" + label + "”", StringComparison.Ordinal) && m.Surface.Length > label.Length + 2);
    }

    [Fact]
    public void A_count_label_is_left_to_the_numbered_finder()
    {
        // provincial/gansu_2026: the numbered finder's field rule reports 文明甘肃建设“六大工程” (judged right).
        var found = Mentions("广泛践行社会主义核心价值观，实施文明甘肃建设“六大工程”，丰富群众精神文化生活");
        Assert.Contains(found, m => m.Kind == MentionKind.Numbered && m.Surface == "文明甘肃建设“六大工程”");
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Policy);
    }
}
