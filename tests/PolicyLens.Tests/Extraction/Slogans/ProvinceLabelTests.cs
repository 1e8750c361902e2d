// Specifications of recall round 7 (issue 13): a province's quoted flow and brand labels, quoted labels before a programme
// head reported by the label, programme names with 互联网 or 主体 inside, and lexicon formulas no longer hidden by a longer
// designation, each on a real sentence of a development report (the file is named).
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// What the extractor reports for labels built on a province's short name (“险资入豫”, “吉电入京”, “青字号”), for a
/// programme named after a quoted label (“六查一打”专项行动 → 六查一打), for programme names that hold 互联网 or 主体, and for
/// formulas that a designation or a forum name used to swallow (专精特新 in 国家级专精特新“小巨人”企业).
/// </summary>
public sealed class ProvinceLabelTests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static IReadOnlyList<SloganMention> Extract(string text) => Extractor.Extract(text, new ExtractionContext("t", 2026));

    private static bool Reports(string text, MentionKind kind, string canonical) =>
        Extract(text).Any(m => m.Kind == kind && m.Canonical == canonical);

    [Fact]
    public void A_quoted_flow_into_or_aid_to_a_province_its_goods_going_abroad_and_its_product_label_are_formulas()
    {
        // henan_2026, jilin_2026, qinghai_2026, chongqing_2026.
        const string henan = "加大“险资入豫”“基金入豫”力度，做强创投基金，实施科技金融提质增效专项行动，支持优质企业上市和上市公司并购重组。";
        Assert.True(Reports(henan, MentionKind.Quoted, "险资入豫"));
        Assert.True(Reports(henan, MentionKind.Quoted, "基金入豫"));
        // Round 26 (prec26q): “吉电入京” before 特高压输电通道开工建设 names one line being built, a single construction project the
        // codebook does not code (QuotedPrecisionRound26Tests); a flow of energy with no line frame stays a label.
        Assert.False(Reports("推动“吉电入京”特高压输电通道开工建设。", MentionKind.Quoted, "吉电入京"));
        Assert.True(Reports("深化“吉电入京”合作，", MentionKind.Quoted, "吉电入京"));
        Assert.True(Reports("建成高原冷凉蔬菜万吨级出口产业集群，“青字号”农产品远销54个国家和地区。", MentionKind.Quoted, "青字号"));
        // Round 85 (coord85): an earlier label of a run before one programme head is named with the head, its label kept.
        Assert.Contains(Extract("推进“百团千企”“渝企出海”“渝车出海”行动计划，外贸进出口增长12%。"),
            m => m.Kind == MentionKind.Quoted && m.Label == "渝企出海" && m.Canonical == "渝企出海行动计划");
    }

    [Fact]
    public void A_flow_label_listed_among_brands_stays_a_brand()
    {
        // sichuan_2026: “少必入川” is one of the tourism brands the list names.
        const string sichuan = "持续做优三星堆、九寨沟、大熊猫等文旅精品，打造“新十二月市”“少必入川”“蓉城囍事”等文旅消费品牌。";
        Assert.DoesNotContain(Extract(sichuan), m => m.Surface.Contains("少必入川", StringComparison.Ordinal));
    }

    [Fact]
    public void A_programme_named_after_a_quoted_label_is_listed_by_the_label_and_a_bare_number_keeps_its_head()
    {
        // zhumadian_2024: the label is the formula (the development gold codes 六查一打); the surface keeps the whole name, with
        // the field before the label (policy round 10: the codebook's cut cores).
        SloganMention action = Assert.Single(Extract("推进安全生产“六查一打”专项行动，精细化常态化排查整治风险隐患。"), m => m.Kind == MentionKind.Policy);
        Assert.Equal("六查一打", action.Label);
        Assert.Equal("安全生产六查一打专项行动", action.Canonical); // round 43: the whole name
        Assert.Equal("安全生产“六查一打”专项行动", action.Surface);

        // samples/hengyang: “3311” alone is a number, so the programme keeps its full name.
        Assert.Contains(Extract("深入实施“3311”工程计划，推动经济高质量发展。"), m => m.Kind == MentionKind.Policy && m.Canonical == "3311工程计划" && m.Label.Length == 0);
    }

    [Fact]
    public void A_lexicon_formula_inside_a_programme_named_after_it_is_still_counted_nested()
    {
        // gwr/2015: 深港通 is the lexicon's formula, and the pilot named after it carries it as its label (round 43: the pilot's
        // canonical is its whole name).
        var nested = new SloganExtractor(Lexicon.Default, new SloganExtractorOptions { CountingUnit = CountingUnit.Nested });
        IReadOnlyList<SloganMention> mentions = nested.Extract("适时启动“深港通”试点。", new ExtractionContext("t", 2015));
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Canonical == "深港通" && m.Nested);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Label == "深港通" && m.Canonical == "深港通试点" && !m.Nested);
    }

    [Fact]
    public void The_label_a_programme_is_named_on_is_not_counted_again_inside_it()
    {
        // anhui_2026: the programme's own label is the same item as the programme (its Label), so nested counting does not
        // report it a second time; the formula 一带一路 beside it stays.
        var nested = new SloganExtractor(Lexicon.Default, new SloganExtractorOptions { CountingUnit = CountingUnit.Nested });
        IReadOnlyList<SloganMention> mentions = nested.Extract("促进外贸提质增效。实施“千企百展”计划，多元化开拓“一带一路”等市场新空间。", new ExtractionContext("t", 2026));
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Label == "千企百展" && !m.Nested);
        Assert.DoesNotContain(mentions, m => m.Nested && m.Canonical == "千企百展");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Canonical == "一带一路");
    }

    [Fact]
    public void The_internet_and_market_actors_inside_a_programme_name_do_not_make_it_a_construction_project()
    {
        // hebei_2026, henan_2026.
        Assert.True(Reports("实施工业互联网创新发展工程，打造10个“数字领航”企业、100个先进级智能工厂。", MentionKind.Policy, "工业互联网创新发展工程"));
        Assert.True(Reports("实施外贸主体培育工程，加快内外贸一体化发展，新增有进出口实绩企业1500家以上。", MentionKind.Policy, "外贸主体培育工程"));
    }

    [Fact]
    public void A_designation_or_a_reform_label_no_longer_hides_the_formula_the_gold_codes()
    {
        // sichuan_2026: the national designation of firms is reported with its level since round 66 (the codebook's round-46
        // decision; the newer golds code 国家级专精特新小巨人企业), and 专精特新 is its Label, so the gold row coding 专精特新 is answered.
        Assert.Contains(Extract("新升规工业企业1000户以上，新增国家级专精特新“小巨人”企业50户以上。"),
            m => m.Kind == MentionKind.Lexicon && m.Canonical == "国家级专精特新小巨人企业" && m.Label == "专精特新");
        // zhumadian_2018, zhumadian_2024: the pilot and the reform are the policy 证照分离 and the numbered formula 三化三制.
        Assert.True(Reports("深入开展“证照分离”改革试点；完善信用监管体系。", MentionKind.Lexicon, "证照分离"));
        Assert.True(Reports("开发区“三化三制”改革全面落地。", MentionKind.Lexicon, "三化三制"));
    }
}
