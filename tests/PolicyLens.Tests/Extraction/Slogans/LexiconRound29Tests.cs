// Specifications of round 29 (issue 13, branch lexicon29): lexicon data fixed from the opened unseen26 set. (A) A spelling
// that folded another formula onto an entry gets its own canonical (全面建成社会主义现代化强国, the goal for the middle of
// the century, is not 全面建设社会主义现代化国家; 产业数字化 is not 数字产业化, and bare before another -化 it is no formula);
// a core is no longer matched inside a longer formula no entry held (三步走 in the defence strategy, 中国式现代化 in
// 以中国式现代化全面推进强国建设、民族复兴伟业, 反腐败斗争攻坚战 before 总体战, 长臂管辖 in the counter-sanction mechanism);
// descriptive words are not reported (传统基础设施; 政治生态, rejected by the round, was restored by the lead after the blind
// judge of the round's held-out and set-aside changes read its 10 removed mentions right: Gold/mentions-heldout-changes29.tsv). (B) National formulas the unseen26 coders code.
// Sentences of the national corpus, the development reports and the unseen26 texts (the file each comes from is named).
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconPrecisionRound29Tests
{
    [Fact]
    public void The_goal_for_the_middle_of_the_century_is_its_own_formula()
    {
        // unseen/cpc-july1-speech-2026; gwr 2023.
        Assert.Contains(Outermost("到本世纪中叶，我们要全面建成社会主义现代化强国、实现第二个百年奋斗目标。"),
            m => m.Canonical == "全面建成社会主义现代化强国");
        Assert.Contains(Outermost("党的二十大胜利召开，描绘了全面建设社会主义现代化国家的宏伟蓝图。"),
            m => m.Canonical == "全面建设社会主义现代化国家");
    }

    [Theory]
    // gwr 2021, gwr 2022, unseen/gd-baiqianwan-decision: 产业 + 数字化…改造, not the formula.
    [InlineData("推动产业数字化智能化改造，战略性新兴产业保持快速发展势头。")]
    [InlineData("传统产业数字化智能化改造加快，新兴产业保持良好发展势头。")]
    [InlineData("支持县域重大产业平台建设，推动产业数字化绿色化改造。")]
    public void Industries_going_digital_and_green_are_no_formula(string text)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Surface.Contains("数字化", StringComparison.Ordinal) && m.Surface.Contains("产业", StringComparison.Ordinal));
    }

    [Theory]
    // gwr 2024; unseen/cpc-third-plenum-decision-2024.
    [InlineData("积极推进数字产业化、产业数字化，促进数字技术和实体经济深度融合。", "数字产业化、产业数字化")]
    [InlineData("完善促进数字产业化和产业数字化政策体系。", "数字产业化和产业数字化")]
    public void The_pair_of_digital_formulas_is_one_mention(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface && m.Canonical == "数字产业化和产业数字化");
    }

    [Theory]
    // unseen/cpc-15th-fyp-proposal; gwr 2024; unseen/cpc-july1-speech-2026; cpc-congress 20; unseen/cpc-third-plenum-decision-2024.
    [InlineData("按照国防和军队现代化新“三步走”战略，推进政治建军、改革强军、科技强军、人才强军、依法治军。", "国防和军队现代化新“三步走”战略")]
    [InlineData("增进民生福祉，保持社会稳定，以中国式现代化全面推进强国建设、民族复兴伟业。", "以中国式现代化全面推进强国建设、民族复兴伟业")]
    [InlineData("坚决打好反腐败斗争攻坚战持久战总体战，不断增强党的政治领导力、思想引领力、群众组织力、社会号召力。", "反腐败斗争攻坚战持久战总体战")]
    [InlineData("在全社会弘扬劳动精神、奋斗精神、奉献精神、创造精神、勤俭节约精神，培育时代新风新貌。", "劳动精神、奋斗精神、奉献精神、创造精神、勤俭节约精神")]
    [InlineData("健全反制裁、反干涉、反“长臂管辖”机制。健全维护海洋权益机制。", "反制裁、反干涉、反“长臂管辖”机制")]
    public void A_longer_written_formula_is_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface);
    }

    [Fact]
    public void The_development_strategy_of_1987_keeps_its_name()
    {
        // cpc-congress 14.
        Assert.Contains(Outermost("在经济建设的战略步骤问题上，提出基本实现现代化分三步走。"), m => m.Canonical == "三步走");
    }

    [Theory]
    // unseen/cpc-third-plenum-decision-2024, zhumadian_2017, gwr 2021, guangdong_2026.
    [InlineData("统筹推进传统基础设施和新型基础设施建设。", "传统基础设施")]
    [InlineData("积极推动传统基础设施新建、更新和数智化改造。", "传统基础设施")]
    public void Descriptive_words_are_not_reported(string text, string word)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Canonical == word);
    }
}

public sealed class LexiconRecallRound29Tests
{
    [Theory]
    // unseen/cpc-july1-speech-2026 (each also in the 19th or 20th congress report); gwr 2023; unseen/gd-15th-fyp-proposal.
    [InlineData("加快把人民军队建成世界一流军队，坚决捍卫国家主权、安全、发展利益，为维护世界和平与发展作出更大贡献。", "世界一流军队")]
    [InlineData("加快把人民军队建成世界一流军队，坚决捍卫国家主权、安全、发展利益，为维护世界和平与发展作出更大贡献。", "国家主权、安全、发展利益")]
    [InlineData("解决台湾问题、实现祖国完全统一，是我们党矢志不渝的历史任务。", "祖国完全统一")]
    [InlineData("党领导人民推进中国式现代化，创造了人类文明新形态，拓展了发展中国家走向现代化的途径。", "人类文明新形态")]
    [InlineData("新时代中国青年要坚定不移听党话、跟党走，树立远大志向，勇担时代重任。", "听党话、跟党走")]
    [InlineData("坚持敢于斗争、善于斗争，坚决维护我国主权、安全、发展利益。", "敢于斗争、善于斗争")]
    [InlineData("坚持立党为公、执政为民，自觉践行全心全意为人民服务的根本宗旨。", "立党为公、执政为民")]
    [InlineData("加强涉外法治建设，培育一流的涉外法治人才队伍。", "涉外法治")]
    [InlineData("坚持把社会效益放在首位、社会效益和经济效益相统一，丰富高品质文化产品供给。", "社会效益和经济效益相统一")]
    public void A_national_formula_is_reported(string text, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Canonical == canonical);
    }

    [Fact]
    public void The_strong_army_thought_of_the_new_era_is_Xi_Jinping_s()
    {
        // unseen/cpc-july1-speech-2026.
        Assert.Contains(Outermost("新征程上，必须全面贯彻新时代党的强军思想，贯彻新时代军事战略方针。"), m => m.Canonical == "习近平强军思想");
    }

    [Fact]
    public void The_working_people_as_masters_is_the_formula_s_earlier_wording()
    {
        // gwr 1957: 人民 is not cut from 劳动人民.
        Assert.Contains(Outermost("我们的国家就是因为有劳动人民当家作主，才有着无限光明的前途。"), m => m.Surface == "劳动人民当家作主" && m.Canonical == "人民当家作主");
    }
}
