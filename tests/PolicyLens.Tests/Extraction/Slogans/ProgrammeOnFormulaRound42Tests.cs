// Specifications of the policy finder's round 42 (issue 13, programme42): campaigns named on a lexicon formula. The readable
// golds code a …行动 (专项行动, 三年行动, 行动计划) with its head where a lexicon formula stands before it, directly or after a
// short modifier, at 104 of 108 coded places (tools/judging/programme_heads42.py); the other heads stay as they were, because the
// golds code them with the formula at fewer places (工程 47 of 54, 试点 24 of 67, 示范区 4 of 11, 试验区 3 of 5, 先行区 4 of 6).
// Real sentences of the development reports and the opened unseen sets:
//  1. a formula before 专项 names the campaign (碳达峰专项行动, qinghai 2026), not a category of work;
//  2. a count of years after the formula is the campaign's term (低空经济高质量发展3年行动, xinjiang 2026);
//  3. the name starts where the formula starts, and the formula is not counted again inside it (以县城为重要载体的城镇化建设提质
//     增效行动, gd-baiqianwan-meeting-2026);
//  4. a level word before the formula that the walk stops at (国际一流营商环境…三年行动, guangdong 2024) leaves the name as found;
//  5. formulas before a head the golds leave bare stay bare (托幼一体化试点, 交通强国建设试点, 城乡融合发展改革试点, 地质灾害避险搬迁
//     工程二期), and so does a chain of tasks before 专项行动 (增品种、提品质、创品牌专项行动, zhumadian 2018: the gold codes the chain).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>A campaign named on a lexicon formula is reported whole; a formula before a pilot, a zone or a works head stays bare.</summary>
public sealed class ProgrammeOnFormulaRound42Tests
{
    [Fact]
    public void A_formula_before_zhuanxiang_names_the_campaign()
    {
        List<SloganMention> mentions = Outermost("让优美生态环境更好普惠民生。\n\n纵深推进碳达峰专项行动。\n\n落实碳排放总量和强度双控制度，");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == "碳达峰专项行动");
        Assert.DoesNotContain(mentions, m => m.Surface == "碳达峰");
    }

    [Fact]
    public void A_count_of_years_after_a_formula_is_the_campaigns_term()
    {
        List<SloganMention> mentions = Outermost("培育人工智能核心产业集聚区。全面实施低空经济高质量发展3年行动，推动低空起降设施、飞行保障设施与低空应用场景、低空空域一体布局建设，");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == "低空经济高质量发展3年行动");
        Assert.DoesNotContain(mentions, m => m.Surface is "低空经济" or "高质量发展");
    }

    [Fact]
    public void A_campaign_name_starts_where_its_formula_starts()
    {
        List<SloganMention> mentions = Outermost("宣读了第三批以县城为重要载体的新型城镇化建设试点、第一批以县城为重要载体的城镇化建设提质增效行动支持的县（市）、第一批镇村片区组团培育、");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == "以县城为重要载体的城镇化建设提质增效行动");
        Assert.DoesNotContain(mentions, m => m.Surface == "以县城为重要载体的城镇化");
    }

    [Theory]
    [InlineData("落实好育儿补贴、生育休假、免费学前教育等政策，推进托幼一体化试点，开展儿童健康“五小”专项行动，", "托幼一体化")] // henan 2026
    [InlineData("“211”交通圈基本成型，交通强国建设试点成效居全国第一方阵。", "交通强国")] // fujian 2026
    [InlineData("稳步提高城镇化水平。持续深化县域内城乡融合发展改革试点，促进城乡要素双向流动。", "城乡融合发展")] // sichuan 2026
    [InlineData("完成青海湖水位上涨淹没区农牧民搬迁安置，推进西宁市、海东市地质灾害避险搬迁工程二期，有序实施", "地质灾害避险搬迁")] // qinghai 2026
    public void A_formula_before_a_head_the_golds_leave_bare_stays_bare(string sentence, string formula)
    {
        List<SloganMention> mentions = Outermost(sentence);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == formula);
        Assert.DoesNotContain(mentions, m => m.Surface.Contains(formula, StringComparison.Ordinal) && m.Surface.Length > formula.Length);
    }

    [Fact]
    public void A_chain_of_tasks_before_zhuanxiang_xingdong_stays_the_chain()
    {
        List<SloganMention> mentions = Outermost("伊克斯达废旧橡胶循环利用等创新升级项目，认真落实增品种、提品质、创品牌专项行动，大力实施大中型企业市级研发机构全覆盖工程，");
        Assert.Contains(mentions, m => m.Surface == "增品种、提品质、创品牌");
        Assert.DoesNotContain(mentions, m => m.Surface.EndsWith("专项行动", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_whose_level_word_the_walk_stops_at_is_not_cut_there()
    {
        // guangdong 2024: 国际 opens the programme's name (…国际一流营商环境建设三年行动); a name from the formula on would cut it.
        Assert.DoesNotContain(Policies("省级政府质量工作获评国家A级，大湾区国际一流营商环境建设三年行动全面启动，"), m => m.Surface == "一流营商环境建设三年行动");
    }

    [Fact]
    public void A_field_of_work_before_zhuanxiang_is_still_a_category()
    {
        Assert.DoesNotContain(Policies("深入开展招商引资专项行动，"), m => m.Surface.EndsWith("专项行动", StringComparison.Ordinal));
    }
}
