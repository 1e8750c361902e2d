// Specifications of round 16 of the formula recall work (issue 13, branch headed16), lexicon part: the cross-document formulas
// and spellings curated from the misses of the new development gold (Gold/formulas-dev-recall16.tsv) are found in real
// sentences of the development reports and the national corpus, and a shorter form the round left out stays out.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of two or more development places or national years that the lexicon lacked before round 16
/// (tools/lexicon/curated/round16-2026.txt, and two variants on round 4's lines). Sentences of the development reports and
/// the government work reports (the file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound16Tests
{
    private static bool ReportsLexicon(string text, string canonical) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && !m.Nested);

    [Fact]
    public void The_livelihood_principle_of_the_congress_reports_is_a_formula_in_national_and_provincial_text()
    {
        // gwr 2021 and hubei_2026 (a heading) (coded by Gold/formulas-dev-recall16.tsv): 坚持尽力而为、量力而行.
        Assert.True(ReportsLexicon("持续增进民生福祉，扎实推动共同富裕。坚持尽力而为、量力而行，加强普惠性、基础性、兜底性民生建设，制定促进共同富裕行动纲要，让发展成果更多更公平惠及全体人民。", "尽力而为、量力而行"));
        Assert.True(ReportsLexicon("（九）坚持尽力而为、量力而行保民生，持续增进民生福祉。", "尽力而为、量力而行"));
    }

    [Fact]
    public void Formulas_of_the_party_and_the_urban_work_conference_are_found()
    {
        // gwr 2024 and hubei_2026: the 20th congress's 正风肃纪反腐.
        Assert.True(ReportsLexicon("发扬自我革命精神，持之以恒正风肃纪反腐，纵深推进党风廉政建设和反腐败斗争。", "正风肃纪反腐"));

        // zhumadian_2020: the cadre standard written with 、, one canonical with the congress reports' form.
        Assert.True(ReportsLexicon("持之以恒落实中央八项规定及其实施细则，驰而不息正风肃纪，努力打造忠诚、干净、担当的公务员队伍。", "忠诚干净担当"));

        // guangdong_2026 and hubei_2026: the first task of the Central Urban Work Conference of 2025.
        Assert.True(ReportsLexicon("优化现代化城市体系。加快城市群一体化和都市圈同城化，加强规划、产业、土地、项目建设等跨行政区域协调和有机衔接，打造便捷高效的通勤圈、梯次配套的产业圈、便利共享的生活圈。", "现代化城市体系"));
    }

    [Fact]
    public void The_epidemic_formula_of_2020_to_2022_is_found_in_either_word_order()
    {
        // gwr 2022 and zhumadian_2020 (coded 常态化疫情防控 | 疫情防控常态化 by Gold/formulas-dev-recall16.tsv).
        Assert.True(ReportsLexicon("继续做好常态化疫情防控。", "常态化疫情防控"));
        Assert.True(ReportsLexicon("各位代表！置身世界百年未有之大变局和疫情防控常态化新形势，我们面临的困难和挑战前所未有，完成今年预期目标任务异常艰巨。", "常态化疫情防控"));
    }

    [Fact]
    public void Spellings_of_formulas_the_lexicon_held_are_found_as_the_same_entry()
    {
        // gwr 2015: 发挥市场在资源配置中的决定性作用, the Third Plenum's formula with 的.
        Assert.True(ReportsLexicon("改革方向是发挥市场在资源配置中的决定性作用，大幅缩减政府定价种类和项目，具备竞争条件的商品和服务价格原则上都要放开。", "市场在资源配置中起决定性作用"));

        // liaoning_2026: 正确的政绩观.
        Assert.True(ReportsLexicon("树牢正确的政绩观。", "正确政绩观"));

        // zhumadian_2020: 推进全民参保, the national plan without 计划.
        Assert.True(ReportsLexicon("织牢社会保障网络。推进全民参保，实现法定人员全覆盖。", "全民参保计划"));

        // hubei_2026: 学前一年免费 among the policies for families.
        Assert.True(ReportsLexicon("婚假延长、育儿补贴、学前一年免费等政策落地实施。", "学前一年免费教育"));

        // shaanxi_2026: the exhibition economy beside the other consumption economies.
        Assert.True(ReportsLexicon("支持办好西安国际车展、养老产业博览会、西部茶产业博览会等特色品牌展会，壮大会展经济。", "会展经济"));
    }

    [Fact]
    public void The_bare_forms_the_round_left_out_stay_out()
    {
        // The bare 正风肃纪 is never reported as the congress's longer 正风肃纪反腐. Round 19 (national19) reversed the
        // round's decision to leave the bare form out: it is the 19th and 20th congress formula (持之以恒正风肃纪), coded by
        // the fresh coders, and zhumadian_2018's gold row was added on a second reading; it is now its own entry.
        Assert.DoesNotContain(Mentions("驰而不息正风肃纪，努力打造忠诚、干净、担当的公务员队伍。"), m => m.Canonical == "正风肃纪反腐");
        Assert.Contains(Mentions("驰而不息正风肃纪，努力打造忠诚、干净、担当的公务员队伍。"), m => m.Canonical == "正风肃纪" && m.Surface == "正风肃纪");
    }
}
