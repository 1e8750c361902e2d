// Specifications of round 14 of the lexicon recall work (issue 13): the cross-document formulas the round curated are found
// in real sentences of the development reports and the national corpus, whole where they are written longer than a formula
// the lexicon already held, and a candidate read and rejected because its referent changes stays out.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Formulas of the national corpus and of two or more development reports that the lexicon lacked before round 14
/// (tools/lexicon/curated/round14-2026.txt). Sentences of the development reports and the government work reports (the
/// file each comes from is named).
/// </summary>
public sealed class LexiconRecallRound14Tests
{
    private static bool ReportsLexicon(string text, string canonical) =>
        Mentions(text).Any(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && !m.Nested);

    [Fact]
    public void The_formulas_of_the_20th_congress_and_the_recent_work_reports_are_found()
    {
        // jilin_2026: the new security pattern, beside the new development pattern, which stays a mention of its own.
        IReadOnlyList<SloganMention> jilin = Mentions("（八）更好统筹发展和安全，以新安全格局保障新发展格局。");
        Assert.Contains(jilin, m => m.Kind == MentionKind.Lexicon && m.Canonical == "新安全格局");
        Assert.Contains(jilin, m => m.Kind == MentionKind.Lexicon && m.Canonical == "新发展格局");

        // jiangxi_2026 (since round 31 the formula with its assessment, reported whole: HeadedFormulaRound31Tests); jiangsu_2026;
        // anhui_2026 (the short form is the national strategic force).
        Assert.True(ReportsLexicon("加力提高行政效能，强化宏观政策取向一致性评估，发挥存量政策和增量政策集成效应", "宏观政策取向一致性评估"));
        Assert.True(ReportsLexicon("加强国防教育、国防动员和后备力量建设，巩固提高一体化国家战略体系和能力。", "一体化国家战略体系和能力"));
        Assert.Contains(Mentions("（二）全面增强科技创新策源功能建强战略科技力量。"), m => m.Canonical == "国家战略科技力量" && m.Surface == "战略科技力量");

        // gwr 2024: the data institutions of the 数据二十条.
        Assert.True(ReportsLexicon("健全数据基础制度，大力推动数据开发开放和流通使用。", "数据基础制度"));
    }

    [Fact]
    public void A_formula_written_longer_than_one_the_lexicon_held_is_reported_whole()
    {
        // heilongjiang_2026: the opening institution, not 负面清单管理制度 cut from it.
        IReadOnlyList<SloganMention> heilongjiang = Mentions("落实外商投资准入前国民待遇加负面清单管理制度，用好外资企业圆桌会议制度");
        Assert.Contains(heilongjiang, m => m.Surface == "准入前国民待遇加负面清单管理制度" && !m.Nested);
        Assert.DoesNotContain(heilongjiang, m => m.Canonical == "负面清单" && !m.Nested);

        // guangdong_2026: the modern enterprise system with Chinese characteristics, not 现代企业制度 cut from it.
        IReadOnlyList<SloganMention> guangdong = Mentions("完善中国特色现代企业制度。促进年轻一代企业家健康成长。");
        Assert.Contains(guangdong, m => m.Canonical == "中国特色现代企业制度" && !m.Nested);
        Assert.DoesNotContain(guangdong, m => m.Canonical == "现代企业制度" && !m.Nested);
    }

    [Fact]
    public void The_formulas_of_cross_strait_policy_are_found_and_korean_unification_is_not()
    {
        // gwr 2018: three formulas of Taiwan policy in two sentences.
        IReadOnlyList<SloganMention> taiwan = Mentions("我们要继续贯彻对台工作大政方针，坚持一个中国原则，在“九二共识”基础上推动两岸关系和平发展，推进祖国和平统一进程。");
        Assert.Contains(taiwan, m => m.Canonical == "对台工作大政方针");
        Assert.Contains(taiwan, m => m.Canonical == "两岸关系和平发展");
        Assert.Contains(taiwan, m => m.Canonical == "祖国和平统一");

        // gwr 1979: the peaceful unification of Korea is no formula of China's (the bare 和平统一 was rejected for it).
        Assert.DoesNotContain(Mentions("朝鲜的和平统一对远东的和平具有重大的意义。"), m => m.Kind == MentionKind.Lexicon && m.Canonical.Contains("和平统一", StringComparison.Ordinal));
    }

    [Fact]
    public void Local_campaigns_and_rural_governance_formulas_are_found()
    {
        // beijing_2026 (coded in its development gold) and guizhou_2026: two campaigns of the 平安中国 creation.
        IReadOnlyList<SloganMention> beijing = Mentions("持续推进平安校园、平安医院建设，严防极端事件发生。");
        Assert.Contains(beijing, m => m.Canonical == "平安校园");
        Assert.Contains(beijing, m => m.Canonical == "平安医院");

        // zhumadian_2020: the 19th congress's rural governance formula, its parts joined by 、.
        Assert.True(ReportsLexicon("构建自治、法治、德治相结合的乡村治理体系。", "自治、法治、德治相结合"));

        // jilin_2026: the pilot of rebuilding old houses in place (coded in its development gold).
        Assert.Contains(Mentions("开展农村房屋自主更新、原拆原建试点，有序推进农村集体经营性建设用地入市。"), m => m.Canonical == "原拆原建" && m.Surface == "原拆原建试点");
    }

    [Fact]
    public void The_standing_formulas_of_macro_policy_the_army_and_hong_kong_are_found()
    {
        // gwr 2021: the monetary and exchange-rate formulas of every work report since the 2010s, written whole.
        IReadOnlyList<SloganMention> monetary = Mentions("保持流动性合理充裕，保持宏观杠杆率基本稳定。保持人民币汇率在合理均衡水平上的基本稳定。");
        Assert.Contains(monetary, m => m.Canonical == "流动性合理充裕");
        Assert.Contains(monetary, m => m.Canonical == "人民币汇率在合理均衡水平上的基本稳定");

        // gwr 2024: the army's founding principle; gwr 2022: the centre's jurisdiction over the special administrative regions.
        Assert.True(ReportsLexicon("坚持党对人民军队的绝对领导，全面深入贯彻军委主席负责制。", "党对人民军队的绝对领导"));
        Assert.True(ReportsLexicon("落实中央对特别行政区全面管治权，坚定落实“爱国者治港”、“爱国者治澳”。", "全面管治权"));

        // guizhou_2026 and guangdong_2024: a pension pillar and the follow-up of poverty relocation.
        Assert.True(ReportsLexicon("聚焦就业、产业和治理融合，加强易地搬迁后续扶持，持续做好安置住房维修维护。", "易地搬迁后续扶持"));
        Assert.True(ReportsLexicon("发展企业年金、职业年金和第三支柱养老保险，实施个人养老金制度。", "第三支柱养老保险"));
    }

    [Fact]
    public void The_20th_congress_forms_are_reported_whole_instead_of_the_older_core()
    {
        // guizhou_2026: not 国家安全体系 cut from it.
        IReadOnlyList<SloganMention> guizhou = Mentions("全力维护社会稳定。加快推进国家安全体系和能力现代化，坚持和发展新时代“枫桥经验”。");
        Assert.Contains(guizhou, m => m.Canonical == "国家安全体系和能力现代化" && !m.Nested);
        Assert.DoesNotContain(guizhou, m => m.Canonical == "国家安全体系" && !m.Nested);

        // hubei_2026: the restructuring of the state sector.
        Assert.True(ReportsLexicon("推进国有经济布局优化和结构调整，创新政府与社会资本合作新机制。", "国有经济布局优化和结构调整"));
    }
}
