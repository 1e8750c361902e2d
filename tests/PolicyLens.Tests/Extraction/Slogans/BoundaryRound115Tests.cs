// Specifications of round 115's three boundary and repeat classes (fixes115). Sentences are the readable texts' own and, where
// named by city, the 2024 city reports of the development pool (public repository JiangGufan/digital-governance,
// data/txt_doc_level/<city>.txt at 48a0d12272d9847e1dac96c9514e80390b04b835).
// 1. A quoted programme name drawn whole with its label (“天府森林粮库”建设广元行动, QuotedLabelShape.ProgrammeHead, kind quoted)
//    repeats its label again as a policy one does (RepeatMentionFinder, QuotedLabelShape.IsLabelWithProgrammeHead).
//    Only in quotation marks: bare after the name it added descriptive words over the pool (增强安全韧性, 阿坝).
// 2. A …工程 the text says is finished or in service in the words 竣工, 当年开工, 建成通航/通车, 全线贯通, 投产, 并网 or 建成 before a
//    mark is one works project (PolicyFinder.WorksProjects.cs), not a programme.
// 3. A quoted pilot before 企业, 区域, 学校 or 园区 (试点企业, 试点区域 …: one word) is the designation of units, drawn to the end of
//    that word with a level word before it (PolicyFinder.NameEdges.cs), as round 46 draws 试点城市.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class BoundaryRound115Tests
{
    [Theory]
    // 广元 2024 (pool): the label quoted in a meeting's name before the programme's whole name.
    [InlineData("新建市级现代农（林）业园区14个，获评全省现代农业园区建设工作推进典型市，成功承办全省建设“天府森林粮库”工作会。实施“天府森林粮库”建设广元行动，发展竹产业、木本油料和林下种养。", "天府森林粮库", "天府森林粮库建设广元行动")]
    // 德州 2024 (pool): the label again before an activity after the programme's whole name.
    [InlineData("智慧城市建设有序推进，新一轮“红色物业”建设三年行动深入实施，62个“三无”、自管小区实现物业专业化服务。主要包括：开发设立特色公益性岗位、“红色物业”建设深化提升、既有住宅加装电梯。", "红色物业", "红色物业建设三年行动")]
    public void A_quoted_label_written_again_beside_its_programme_name_is_a_repeat_of_the_label(string text, string label, string programme)
    {
        IReadOnlyList<SloganMention> mentions = Mentions(text, 2024);

        Assert.Contains(mentions, m => m.Kind == MentionKind.Quoted && m.Canonical == programme && m.Label == label);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Quoted && m.Subtype == "repeat" && m.Canonical == label && m.Surface == label);
    }

    [Theory]
    // hohhot 2024 (unseen26u; the pool's 呼和浩特): one heating works, begun and in service within the year.
    [InlineData("改变首府供热格局的标志性项目大唐托电引热入呼工程当年开工、当年投用，新增供热能力2000万平方米。", "引热入呼工程")]
    // 柳州 2024 (pool): one ship lock opened to navigation.
    [InlineData("湘桂铁路柳州地区改建工程基本建成，红花二线船闸工程建成通航，桂林至柳州高速公路改扩建工程完工通车。", "船闸工程")]
    // 六安 2024 (pool): one water works completed.
    [InlineData("投资40亿元的沿淮行蓄洪区等其他洼地治理工程开工建设，城南水环境治理工程竣工，舒城七门堰入选世界灌溉工程遗产名录。", "城南水环境治理工程")]
    public void A_works_project_said_finished_or_in_service_is_no_programme(string text, string ending)
    {
        Assert.DoesNotContain(Mentions(text, 2024), m => m.Kind == MentionKind.Policy && m.Surface.EndsWith(ending, StringComparison.Ordinal));
    }

    [Fact]
    public void A_programme_followed_by_the_works_it_starts_stays_a_programme()
    {
        // 衢州 2024 (pool): 开工 opens the next clause, after a comma; the programme stays.
        Assert.Contains(
            Mentions("深入实施交通先导工程，开工甬金衢上高速、杭淳开高速等项目，加快常山江航电枢纽、衢丽铁路等建设。", 2024),
            m => m.Kind == MentionKind.Policy && m.Surface == "交通先导工程");
    }

    [Theory]
    // tongling 2024 (unseen26u; its gold codes 省级两业融合试点区域 as an alternative of 两业融合).
    [InlineData("加快服务业高质量发展，新认定省级服务业集聚（示范）区2家，铜陵经开区、枞阳开发区入选第三批省级“两业融合”试点区域，铜草花农业科技公司等2家企业入列省优秀现代服务业企业30强，服务业增加值增长7%。", "省级“两业融合”试点区域", "两业融合")]
    // hohhot 2024 (unseen26u).
    [InlineData("实施一批智慧教育“数字化”项目，建设9所“未来教育”试点学校。", "“未来教育”试点学校", "未来教育")]
    // 杭州 2024 (pool): the count after the unit word.
    [InlineData("积极推进工业“智转数改”，培育省级“未来工厂”试点企业2家，规上工业企业数字化改造750家，重点细分行业中小企业数字化改造255家。", "省级“未来工厂”试点企业", "未来工厂")]
    public void A_quoted_pilot_before_its_unit_word_is_the_designation_of_units(string text, string surface, string label)
    {
        IReadOnlyList<SloganMention> mentions = Mentions(text, 2024);

        Assert.Contains(mentions, m => m.Kind == MentionKind.Policy && m.Surface == surface && m.Label == label);
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Policy && m.Surface.EndsWith("试点", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pilot_before_its_unit_word_and_a_longer_phrase_is_left_as_it_was()
    {
        // 广元 2024 (pool): 试点企业提质增效, the firms of the pilot in a clause; the pilot is drawn as before.
        Assert.DoesNotContain(
            Mentions("推进“千企行动”试点企业提质增效，产业工人队伍建设改革不断深化。", 2024),
            m => m.Kind == MentionKind.Policy && m.Surface.EndsWith("试点企业", StringComparison.Ordinal));
    }
}
