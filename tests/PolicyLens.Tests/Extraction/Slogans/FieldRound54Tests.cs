// Specifications of round 54 (issue 13, branch field54): a formula inside the label of a designation (the codebook's round-17
// decision) in shapes DesignationLabel did not read: a demonstration factory, a pilot's demonstration zone and a list of
// excellent scenes; a city's own level (全市); a field after 、 that closes another designation; a quoted formula with its level
// and head after the quotation mark; and a pilot written before 城市 (round 46), which keeps the pilot as its Label (round 43).
// Left as found: a lexicon entry that folds its pilot onto the programme, and a pilot that opens with its round (首批).
// Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Formulas inside designation labels (round 54).</summary>
public sealed class FieldRound54Tests
{
    [Theory]
    // shenzhen-gwr-2024 (unseen26j): judged a boundary error as 智能制造; the gold codes 国家智能制造示范工厂.
    [InlineData("出台“四链融合”促进新型工业化意见，新增3家国家智能制造示范工厂和2个国家中小企业特色产业集群。", "国家智能制造示范工厂", "智能制造")]
    // guangdong-plan-outline-2026-1 (unseen26h): judged a boundary error as 智能制造.
    [InlineData("遴选智能制造优秀场景，建设智能工厂、数字化车间和智慧供应链。", "智能制造优秀场景", "智能制造")]
    // guangming-gwr-2025 (unseen26l): judged a boundary error as 科技金融.
    [InlineData("加强对重大科技任务和科技型中小企业的金融支持，高水平建设全市科技金融示范区。", "全市科技金融示范区", "科技金融")]
    // futian-gwr-2023 (unseen26l): judged a boundary error as 高质量发展; the gold codes 基础教育高质量发展试点示范区.
    [InlineData("加快创建全国义务教育优质均衡区、基础教育高质量发展试点示范区、学前教育普及普惠区。", "基础教育高质量发展试点示范区", "高质量发展")]
    // guangdong-gwr-2025 (unseen26h): judged a boundary error as 四好农村路; the gold codes 四好农村路全国示范县.
    [InlineData("新增“四好农村路”全国示范县6个，新改建农村公路超5000公里。", "“四好农村路”全国示范县", "四好农村路")]
    public void A_formula_inside_a_designation_label_is_reported_as_the_label(string sentence, string label, string formula)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == label && m.Kind == MentionKind.Lexicon && m.Subtype == DesignationLabel.Subtype);
        Assert.DoesNotContain(found, m => m.Surface == formula && m.Kind is MentionKind.Lexicon or MentionKind.Policy);
    }

    [Theory]
    // baoding-gwr-2022 (unseen26f): judged cut before 城市; the gold codes 国家文化和旅游消费试点城市.
    [InlineData("成功举办第四届市旅发大会，入选第二批国家文化和旅游消费试点城市。", "国家文化和旅游消费试点城市", "国家文化和旅游消费试点")]
    // liaoning_2026: the gold codes 国家碳达峰试点城市 | 国家碳达峰试点.
    [InlineData("推进沈阳、大连国家碳达峰试点城市建设，筹建国家碳计量中心（辽宁）。", "国家碳达峰试点城市", "国家碳达峰试点")]
    // shenzhen-gwr-2022 (unseen26j): the gold codes 国家体育消费试点城市.
    [InlineData("办好重大体育赛事，推进国家体育消费试点城市建设。", "国家体育消费试点城市", "国家体育消费试点")]
    public void A_pilot_written_before_cities_is_the_designation_of_cities_with_the_pilot_as_its_label(string sentence, string surface, string pilot)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Kind == MentionKind.Lexicon && m.Label == pilot);
        Assert.DoesNotContain(found, m => m.Surface == pilot);
    }

    [Theory]
    // gwr 2016: the lexicon folds this pilot onto the reform (公立医院改革): the programme is the item, not its pilot cities.
    [InlineData("扩大公立医院综合改革试点城市范围，协同推进医疗服务价格、药品流通等改革。", "公立医院综合改革试点")]
    // shenzhen-gwr-2024 (unseen26j): a pilot that opens with its round is the lexicon's entry as found (round 46: no rank in the name).
    [InlineData("深圳入选国家首批碳达峰试点城市。", "首批碳达峰试点")]
    public void A_pilot_the_lexicon_names_otherwise_stays_as_found(string sentence, string surface)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface);
        Assert.DoesNotContain(found, m => m.Surface == surface + "城市");
    }
}
