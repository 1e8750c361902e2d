// Specifications of round 58 (lexicon58, issue 13): classes of the lexicon mentions the readable judges read wrong. A formula
// written as the field of an award's list of cases or of a ranking (…典型案例, …优秀案例, …十大创新案例, …百强) names the award,
// a prize the codebook does not code, whichever finder proposes it (ProperNameWord); a formula before an arts festival's or an
// alliance's head is a word of that name (LexiconMatcher's event heads); a formula before the head of a designation DesignationLabel
// did not read (…示范校, …试点区, …示范机构, …先行创建县（区）, and …示范点 with a sign of one) is reported with the whole label
// (the codebook's round-17 decision). Uses of the same formulas outside such names stay. Every sentence is a real one of a
// readable text (named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Formulas inside award, event and designation names (round 58).</summary>
public sealed class LexiconRound58Tests
{
    [Theory]
    [InlineData("立体化商业秘密保护体系获评全国地方全面深化改革典型案例。", "全国地方全面深化改革典型案例")] // guangming-gwr-2025
    [InlineData("创新情理法“三人小组”机制，获评全国新时代“枫桥经验”优秀案例。", "全国新时代“枫桥经验”优秀案例")] // guangming-gwr-2025: quoted too
    [InlineData("“AI+视频”城市治理应用系统入选“全国雪亮工程十大创新案例”；", "全国雪亮工程十大创新案例")] // pingshan-gwr-2021
    [InlineData("“民生诉求系统”改革获评全国创新社会治理最佳案例，被国家发改委列入向全国推广的深圳改革经验；", "全国创新社会治理最佳案例")] // pingshan-gwr-2021
    [InlineData("光明连续3年获评全国信访工作示范区、连续5年入选中国社会治理百强。", "中国社会治理百强")] // guangming-gwr-2025
    [InlineData("保定数字经济指数全省第二，跻身全国数字经济百强城市。", "全国数字经济百强城市")] // baoding-gwr-2023: the first 数字经济 stays
    public void A_formula_naming_an_award_or_a_ranking_is_not_reported(string sentence, string award)
    {
        int start = sentence.IndexOf(award, StringComparison.Ordinal), end = start + award.Length;
        Assert.DoesNotContain(Mentions(sentence), m => m.Start < end && m.End > start);
    }

    [Fact]
    public void The_same_formula_outside_the_award_stays() // chongqing_2026
    {
        const string sentence = "入选全国首批城市更新行动示范城市，累计实施城市更新项目223个，6个项目获评全国城市更新典型案例，23项经验做法获全国推广；";
        int award = sentence.IndexOf("全国城市更新典型案例", StringComparison.Ordinal);
        List<SloganMention> found = Outermost(sentence);
        Assert.Contains(found, m => m.Canonical == "城市更新" && m.Start < award);
        Assert.DoesNotContain(found, m => m.Start > award && m.Start < award + 10);
    }

    [Theory]
    [InlineData("提升“读懂中国”国际会议（广州）、从都国际论坛等平台影响力，办好粤港澳大湾区文化艺术节等系列活动，携手港澳加快建设一流人文湾区。", "粤港澳大湾区")] // guangdong-plan-outline-2026-2
    [InlineData("依托“一带一路”绿色发展国际联盟等多边合作平台，深化绿色发展领域国际合作，", "绿色发展")] // guangdong-plan-outline-2026-1
    public void A_formula_opening_a_festival_or_an_alliance_name_is_no_use(string sentence, string formula)
    {
        // The first use is the name's word; a later use in the sentence (绿色发展领域) is the formula's.
        int first = sentence.IndexOf(formula, StringComparison.Ordinal);
        Assert.DoesNotContain(Mentions(sentence), m => m.Kind == MentionKind.Lexicon && m.Start == first);
    }

    [Theory]
    [InlineData("3所学校获评市级教育评价改革示范校，数量居全市第一。", "市级教育评价改革示范校")] // longhua-gwr-2024: coded
    [InlineData("健全“五育并举”育人体系，推动“家校社”协同育人，深化基础教育课程改革实验区、教育评价改革试点区建设。", "教育评价改革试点区")] // longhua-gwr-2024: coded
    [InlineData("建成粤港澳大湾区（广东）自强青年融合发展中心，3家单位入选首批省级儿童友好城市示范点。", "省级儿童友好城市示范点")] // longhua-gwr-2024: coded
    [InlineData("成功创建国家级健康县区，南澳人民医院获评国家级医养结合示范机构。", "国家级医养结合示范机构")] // dapeng-gwr-2025
    [InlineData("新改扩建学校14所，新增学位1.2万座，入选全国义务教育优质均衡发展先行创建县（区）。", "全国义务教育优质均衡发展先行创建县（区）")] // futian-gwr-2023: coded
    public void A_formula_before_a_designation_head_is_reported_with_the_label(string sentence, string label) =>
        Assert.Contains(Mentions(sentence), m => m.Surface == label && m.Kind == MentionKind.Lexicon && m.Subtype == DesignationLabel.Subtype);

    [Fact]
    public void A_city_s_own_spots_with_no_sign_of_a_designation_keep_the_formula() => // longhua-gwr-2024: read right
        Assert.Contains(Mentions("建设一批特色商圈、夜间经济示范点，加快把龙华超级商圈打造成世界级未来消费体验中心。"), m => m.Surface == "夜间经济");
}
