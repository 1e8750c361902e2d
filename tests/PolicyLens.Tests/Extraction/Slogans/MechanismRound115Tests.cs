// Specifications of round 115 (issue 13, branch mech115; PolicyFinder.RoleInstitutions): an event's or a platform's two-part name joined by a
// middle dot is not reported (mech115's dotted campaign slogans were taken out after blind judging); an institution named by the role it
// creates (…官制度, …专员制度, AB岗制度) after the verb that sets it up is a named policy, a mechanism named by its purpose alone is
// not. Sentences of unseen26u/26w and readable texts are read from their files; the events are sentences of the 2024 city pool
// (JiangGufan/digital-governance, data/txt_doc_level).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Dotted campaign slogans and role institutions (round 115).</summary>
public sealed class MechanismRound115Tests
{
    [Theory]
    // A contest, a week, a meeting: events (南充, 凉山 and 广元 2024 in the pool).
    [InlineData("举办第八届“嘉英荟·南充双创大赛”等活动。", "嘉英荟·南充双创大赛")]
    [InlineData("精心举行“宁波·凉山周活动”等市场拓展活动。", "宁波·凉山周活动")]
    [InlineData("新开展“古蜀道徒步游”“游大美蜀道·品广元好茶”推介会等特色活动。", "游大美蜀道·品广元好茶")]
    // A platform, not activities (zibo 2024).
    [InlineData("用好“您码上说·我马上办”民意平台，把市民群众的“吐槽点”作为改进服务的“着力点”。", "您码上说·我马上办")]
    public void An_events_or_platforms_dotted_name_is_not_reported(string sentence, string surface) =>
        Assert.DoesNotContain(Quoted(sentence), m => m.Surface == surface);

    [Theory]
    // 推行首席安全官制度 (meishan 2024, coded twice, once after 和), 建立营商环境体验官制度 (tongling 2024, coded), 深化服务企业专员制度
    // (zibo 2024, coded), 深化实施企业首席质量官制度 (guangdong 2024).
    [InlineData("unseen/meishan-gwr-2024.txt", "首席安全官制度", 2)]
    [InlineData("unseen/tongling-gwr-2024.txt", "营商环境体验官制度", 1)]
    [InlineData("unseen/zibo-gwr-2024.txt", "服务企业专员制度", 1)]
    [InlineData("provincial/guangdong_2024.txt", "企业首席质量官制度", 1)]
    public void An_institution_named_by_its_role_is_a_named_policy(string name, string surface, int times) =>
        Assert.Equal(times, InReport(name).Count(m => m.Kind == MentionKind.Policy && m.Surface == surface));

    [Theory]
    // Mechanisms named by their purpose (完善就业促进机制, xiamen 2024; 完善要素保障机制, zibo 2024; both uncoded): no role, no
    // named institution. A reform of the institution is another name (a constructed sentence).
    [InlineData("完善就业促进机制，开展稳岗扩岗行动。", "就业促进机制")]
    [InlineData("完善要素保障机制，有效盘活闲置低效建设用地。", "要素保障机制")]
    [InlineData("深化服务企业专员制度改革。", "服务企业专员制度")]
    public void A_mechanism_named_by_its_purpose_or_a_reform_of_the_institution_is_not(string sentence, string surface) =>
        Assert.DoesNotContain(Policies(sentence), m => m.Surface == surface || m.Surface.EndsWith("机制", StringComparison.Ordinal));

    [Fact]
    // 用好新时代科技特派员制度 (xiamen 2024): the lexicon's 科技特派员制度 keeps its place.
    public void A_role_institution_the_lexicon_holds_stays_the_lexicons() =>
        Assert.DoesNotContain(Policies("用好新时代科技特派员制度，促进农民增收。"), m => m.Surface.Contains("特派员制度", StringComparison.Ordinal));
}
