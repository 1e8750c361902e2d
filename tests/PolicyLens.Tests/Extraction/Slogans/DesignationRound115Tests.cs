// Specifications of round 115 (issue 13, branch desig115): designations on fresh city text (unseen26u, unseen26w, the pool of
// round 113). A demonstration or model county, city or village-and-town (示范县, 示范市, 模范市, 示范村镇) won or sought with its
// level word is reported whole where the report speaks of it as sought (争创, 创建, 申报; DesignationLabel.Won.cs: CountyCityHeads),
// not as a title won (成功创建, 获评, 入选); 全省 opens such a name as a level, the creation of a designation written after its head
// (…创建工作, …创建成果, …创建名单) signs and closes it, and two levels sharing one name leave it unread. Sentences of unseen26u and unseen26w are read from their
// files; a pool sentence is quoted with its city and the repository named (JiangGufan/digital-governance @ 48a0d122,
// data/txt_doc_level/<city>.txt).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Designations on fresh city text (round 115).</summary>
public sealed class DesignationRound115Tests
{
    [Theory]
    // 争创全国安全发展示范市 (xiamen 2024): its gold codes 全国安全发展示范市 | 安全发展示范市.
    [InlineData("unseen/xiamen-gwr-2024.txt", "全国安全发展示范市", "安全发展示范市")]
    // 争创国家全民运动健身模范市 (chengdu 2024): its gold codes 全民运动健身模范市 | 国家全民运动健身模范市.
    [InlineData("unseen/chengdu-gwr-2024.txt", "国家全民运动健身模范市", "全民运动健身模范市")]
    // 创建国家级“四好农村路”示范县2个 (hohhot 2024): its gold codes 国家级四好农村路示范县 | … | 四好农村路.
    [InlineData("unseen/hohhot-gwr-2024.txt", "国家级“四好农村路”示范县", "四好农村路")]
    public void A_won_demonstration_county_or_city_is_reported_with_its_level(string name, string surface, string label)
    {
        Assert.Contains(InReport(name), m => m.Subtype == DesignationLabel.Subtype && m.Surface == surface && m.Label == label && !m.Nested);
    }

    [Theory]
    // 义安区天门镇入列全国农业产业强镇创建名单 (tongling 2024): its gold codes 全国农业产业强镇.
    [InlineData("unseen/tongling-gwr-2024.txt", "全国农业产业强镇")]
    // 巩固全国禁毒示范城市创建成果 (xianning 2024): its gold codes 全国禁毒示范城市 (since round 115 also a lexicon entry, lex115,
    // which answers it first).
    [InlineData("unseen/xianning-gwr-2024.txt", "全国禁毒示范城市")]
    // 抓好全国文明城区创建工作 (beijing 2024): its gold codes 全国文明城区.
    [InlineData("unseen/beijing-gwr-2024.txt", "全国文明城区")]
    public void The_creation_written_after_a_designation_signs_and_closes_it(string name, string surface)
    {
        Assert.Contains(InReport(name), m => (m.Subtype == DesignationLabel.Subtype || m.Kind == MentionKind.Lexicon) && m.Surface == surface && !m.Nested);
    }

    [Theory]
    // 乐山: 不断提升开放合作实效，争创全省开放发展示范市.
    [InlineData("不断提升开放合作实效，争创全省开放发展示范市。", "全省开放发展示范市")]
    // 黄冈: 依法依规、将心比心做好信访工作，全域争创全国信访工作示范县.
    [InlineData("依法依规、将心比心做好信访工作，全域争创全国信访工作示范县。", "全国信访工作示范县")]
    // 重庆: 深化乡村建设和乡村治理融合试点，创建全国乡村治理示范村镇.
    [InlineData("深化乡村建设和乡村治理融合试点，创建全国乡村治理示范村镇。", "全国乡村治理示范村镇")]
    public void A_pool_sentence_reports_the_designation_whole(string sentence, string surface)
    {
        Assert.Contains(Outermost(sentence), m => m.Subtype == DesignationLabel.Subtype && m.Surface == surface);
    }

    [Theory]
    // 眉山: 青神县获评国家水土保持示范县 — a title a county was awarded (round 77's reading of zhumadian's gold).
    [InlineData("中省生态环保督察反馈问题整改扎实推进。青神县获评国家水土保持示范县。", "国家水土保持示范县")]
    // 柳州: 成功创建全国乡村治理示范村镇3个.
    [InlineData("获评2023年中国美丽休闲乡村。成功创建全国乡村治理示范村镇3个。", "全国乡村治理示范村镇")]
    public void A_county_or_city_title_won_is_not_read_as_a_programme_sought(string sentence, string surface)
    {
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface == surface);
    }

    [Theory]
    // 岳阳: 创建国家、省乡村治理示范村镇7个 — two levels share the name; the second alone is no whole name.
    [InlineData("深化农村移风易俗，创建国家、省乡村治理示范村镇7个。", "省乡村治理示范村镇")]
    // 乐山: 推动绿色低碳转型，新创建全省绿色工业园区及示范单位8家 — 全省 opens only a demonstration or model county or city.
    [InlineData("推动绿色低碳转型，新创建全省绿色工业园区及示范单位8家。", "全省绿色工业园区")]
    public void A_shared_level_or_a_province_wide_park_is_not_read_as_the_designation(string sentence, string surface)
    {
        Assert.DoesNotContain(Mentions(sentence), m => m.Surface == surface);
    }
}
