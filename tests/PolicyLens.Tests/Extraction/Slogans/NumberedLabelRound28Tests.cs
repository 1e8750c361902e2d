// Specifications of precision round 28 (issue 13, branch prec28n): where the noun phrase a quoted attribute label qualifies
// ends (NumberedFinder.AttributedWordEnd), and a generic place opening a count label's field (NumberedFinder.QualifierStart).
// The development reports write no quoted attribute label in these frames, so the wrong shapes are tested on development
// sentences whose frame recurs after other quoted labels (“湾事通”综合服务平台, guangdong_2024; “七大要素”交易服务平台,
// hubei_2026; “白名单”项目扩围增效, jilin_2026; “九大产业”集群提质升级, zhumadian_2026) with an attribute label in the label's
// place; the near-misses that must stay as they are are real development sentences, unchanged.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>An attribute label's word runs through a compound of service and stops at coordination or a predicate; a place is no field.</summary>
public sealed class NumberedLabelRound28Tests
{
    [Theory]
    // guangdong_2024's frame (推广“湾事通”综合服务平台): 服务平台 is one token after 综合, the compound's head with its verb.
    [InlineData("扩大“湾区标准”清单和“湾区认证”项目范围，推广“一站式”综合服务平台。", "“一站式”综合服务平台", "一站式综合服务平台")]
    // hubei_2026's frame (共建共治共享“七大要素”交易服务平台): 交易 and 服务 inside one noun, then its head.
    [InlineData("健全鄂湘赣三省合作机制，推动共建共治共享“一站式”交易服务平台。", "“一站式”交易服务平台", "一站式交易服务平台")]
    // 服务 before a head of place (大厅): a noun inside the compound, not the clause's verb.
    [InlineData("建成“一站式”行政服务大厅，实现群众办事只进一扇门。", "“一站式”行政服务大厅", "一站式行政服务大厅")]
    // 服务 closing the phrase before punctuation: the noun phrase ends on it.
    [InlineData("发展“一站式”物流服务，降低全社会物流成本。", "“一站式”物流服务", "一站式物流服务")]
    // guangdong_2024's frame with 体系 (推广“民意速办”综合服务体系).
    [InlineData("深化政务服务“一网通办2.0”建设，推广“一站式”综合服务体系。", "“一站式”综合服务体系", "一站式综合服务体系")]
    public void A_verb_of_service_inside_a_compound_noun_belongs_to_the_word(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("“一站式”", StringComparison.Ordinal) && m.Surface != surface);
    }

    [Fact]
    public void A_verb_of_service_with_its_object_after_it_stays_out_of_the_word()
    {
        // 服务 with an object (服务企业) is the clause's verb: the label stays bare, as before round 28.
        IReadOnlyList<SloganMention> found = Numbered("推行“一站式”服务企业，提高审批效率。");
        Assert.Contains(found, m => m.Surface == "一站式");
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("“一站式”服务", StringComparison.Ordinal));
    }

    [Theory]
    // The brief's shape: 协调 completes the formula, 科学发展 is a formula of its own.
    [InlineData("走出一条不以牺牲农业和粮食、生态和环境为代价的“三化”协调科学发展的路子。", "“三化”协调", "三化协调")]
    // zhumadian_2011, unchanged: 发展 the course.
    [InlineData("走出一条不以牺牲农业和粮食、生态和环境为代价的“三化”协调发展的路子，不断开创驻马店平安崛起新局面。", "“三化”协调", "三化协调")]
    public void A_word_of_coordination_ends_the_word(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m.Surface.StartsWith("“三化”协调科学", StringComparison.Ordinal));
    }

    [Theory]
    // zhumadian_2026's frame (“九大产业”集群提质升级) and jilin_2026's (“白名单”项目扩围增效), anhui_2026's (集聚区提质增效).
    [InlineData("规模以上工业企业1314家，“五好”园区提质升级。", "“五好”园区", "五好园区")]
    [InlineData("强化商品房预售资金监管，巩固“五好”园区扩围增效。", "“五好”园区", "五好园区")]
    [InlineData("推动“五好”园区提质增效，提升园区承载能力。", "“五好”园区", "五好园区")]
    // A verb of acting on the noun after it: the campaign acts on the ships; 乡村振兴 is a formula of its own.
    [InlineData("开展“三无”船舶专项整治，维护水上安全。", "“三无”船舶", "三无船舶")]
    [InlineData("推动“五美”乡村振兴，提升农民生活品质。", "“五美”乡村", "五美乡村")]
    public void A_predicate_of_upgrading_after_the_noun_ends_the_word(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
        Assert.DoesNotContain(found, m => m.Surface.StartsWith(surface, StringComparison.Ordinal) && m.Surface.Length > surface.Length);
    }

    [Theory]
    // Real development sentences the new stops must leave as round 27 drew them.
    [InlineData("加强“四好”农村公路建设，新建和改造提升农村公路500公里；", "“四好”农村公路")] // zhumadian_2018
    [InlineData("按照环境美、田园美、村庄美、庭院美标准，全面推进“四美”乡村创建工程。", "“四美”乡村创建工程")] // zhumadian_2018
    [InlineData("实施“三化”改造项目304个，工业技改投资增长33.6%、居全国第3位。", "“三化”改造")] // gansu_2026
    [InlineData("加强道路交通、自建房、危化品、非煤矿山、城镇燃气、消防、玻璃幕墙、“三无”船舶等安全隐患排查整治。", "“三无”船舶")] // guangdong_2024
    public void Attributed_words_of_the_development_reports_stay_as_they_were(string sentence, string surface)
    {
        Assert.Contains(Numbered(sentence), m => m.Surface == surface);
    }

    [Theory]
    // The brief's shape: 中心城区 is where the three campaigns run, not their field; the label has no field then.
    [InlineData("实施中心城区“三项整治”，城市面貌明显改善。", "三项整治")]
    // zhumadian_2014, unchanged: 全市 is a scope (and a stop of the walk already).
    [InlineData("正阳商务中心区和驿城区、遂平、西平、汝南、确山特色商业区建设，力争全市“两区”建设投资在90亿元以上。", "两区")]
    public void A_generic_place_is_no_field_of_a_count_label(string sentence, string surface)
    {
        IReadOnlyList<SloganMention> found = Numbered(sentence);
        Assert.Contains(found, m => m.Surface == surface);
        Assert.DoesNotContain(found, m => m.Surface.EndsWith("“" + surface + "”", StringComparison.Ordinal));
    }

    [Theory]
    // A generic place dropped, the field after it kept.
    [InlineData("开展主城区环境“三项整治”，城市面貌明显改善。", "环境“三项整治”")]
    // 城乡 before a word of joining is the field (城乡融合), not a place.
    [InlineData("推进城乡融合“十大工程”，促进城乡要素双向流动。", "城乡融合“十大工程”")]
    // chongqing_2026, unchanged: 农村 is a field of work (the rural campaigns), not in the list of places.
    [InlineData("持续整治农村人居环境，深化拓展农村“三个革命”，常态化开展村庄清洁行动，创造乡村优质生活空间。", "农村“三个革命”")]
    // zhumadian_2018, unchanged: 全市 is dropped, 服务业 is the field.
    [InlineData("全市服务业“两区”完成投资121.4亿元，建成区面积7.22平方公里。", "服务业“两区”")]
    public void The_field_after_or_beside_a_place_stays(string sentence, string surface)
    {
        Assert.Contains(Numbered(sentence), m => m.Surface == surface);
    }
}
