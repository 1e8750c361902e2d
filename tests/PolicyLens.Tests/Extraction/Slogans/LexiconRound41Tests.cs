// Specifications of tools/lexicon/curated/round41-lexicon41.txt (issue 13, round 41): national and cross-provincial terms the start
// build reported nothing for, used in three or more readable documents and coded by the golds where they occur, and spellings of
// existing entries the golds code. Sentences of the national corpus, the development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound41Tests
{
    [Theory]
    // provincial/fujian_2026; unseen/cpc-15th-fyp-outline; provincial/jiangxi_2026; unseen/guangdong-plan-outline-2026-1;
    // provincial/guangdong_2024; unseen/gd-government-plenary-2026;
    [InlineData("推动自贸试验区扩区提质，加快推进“丝路海运”港航贸一体化发展，提升“两国双园”、金砖创新基地等能级。", "丝路海运")]
    [InlineData("高质量建设中吉乌铁路、匈塞铁路等项目。推进“丝路海运”港航贸一体化发展，推动空中丝绸之路建设提质增效。", "丝路海运")]
    [InlineData("持续降低家庭生育养育教育成本，力争基本实现政策范围内分娩个人“无自付”；推动具备条件的二级以上医院配备老年护理力量。", "无自付")]
    [InlineData("合理提升产前检查医疗费用保障水平，基本实现政策范围内住院分娩个人“无自付”。扩大生育保险制度覆盖面。", "无自付")]
    [InlineData("我们要发挥市场规模大、市场化程度高的优势，激发有潜能的消费，扩大有效益的投资，形成消费和投资相互促进的良性循环。", "有潜能的消费")]
    [InlineData("我们要发挥市场规模大、市场化程度高的优势，激发有潜能的消费，扩大有效益的投资，形成消费和投资相互促进的良性循环。", "有效益的投资")]
    [InlineData("抓好有潜能的消费、大力发展服务业，抓好有效益的投资、促进当前服务长远。", "有效益的投资")]
    // gwr 2025 (both formulas in one phrase); unseen/cpc-third-plenum-decision-2024.
    [InlineData("稳步扩大制度型开放，有序扩大自主开放和单边开放，以开放促改革促发展。", "自主开放")]
    [InlineData("稳步扩大制度型开放，有序扩大自主开放和单边开放，以开放促改革促发展。", "单边开放")]
    [InlineData("扩大对最不发达国家单边开放。深化援外体制机制改革，实现全链条管理。", "单边开放")]
    // cpc-congress/20_2022; gwr 2025.
    [InlineData("召开古田全军政治工作会议，以整风精神推进政治整训，牢固树立战斗力这个唯一的根本的标准。", "政治整训")]
    [InlineData("全面深入贯彻军委主席负责制，持续深化政治整训，全力打好实现建军一百年奋斗目标攻坚战。", "政治整训")]
    public void The_national_terms_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == surface);
    }

    [Theory]
    // gwr 2021; unseen/cpc-15th-fyp-proposal; provincial/shaanxi_2026 (the reform written without 改革, the golds' alternative);
    // unseen/hebei-gwr-2022 and unseen/baoding-gwr-2023 (一二三产 for 一二三产业); municipal/zhumadian_2025 and unseen/baoding-gwr-2023
    // (新型农村集体经济 with 农村 dropped or moved).
    [InlineData("发展活力和内生动力进一步增强。完善要素市场化配置体制机制。加强产权保护。", "要素市场化配置", "要素市场化配置改革")]
    [InlineData("（19）加快完善要素市场化配置体制机制。促进各类要素资源高效配置。", "要素市场化配置", "要素市场化配置改革")]
    [InlineData("完善信用修复制度。深化要素市场化配置等改革。", "要素市场化配置", "要素市场化配置改革")]
    [InlineData("推动农业规模化、产业化、绿色化、品牌化，加快农村一二三产融合发展。持续推进奶业振兴。", "农村一二三产融合发展", "农村一二三产业融合发展")]
    [InlineData("实施都市现代农业强市行动计划，推进一二三产融合发展，让农业强起来、农村美起来、农民富起来。", "一二三产融合发展", "农村一二三产业融合发展")]
    [InlineData("加强农民技能培训，促进新型集体经济发展和农民多元增收，加大防止返贫监测帮扶力度。", "新型集体经济", "新型农村集体经济")]
    [InlineData("壮大农村新型集体经济，力争村级集体经济收入全部达到10万元以上。", "农村新型集体经济", "新型农村集体经济")]
    public void The_written_spellings_count_under_their_entry(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // The longer entries keep their whole names: provincial/jiangsu_2026 (要素市场化配置改革 written whole); gwr 2022 (the pilot
    // programme); provincial/gansu_2026 (the data-factor reform).
    [InlineData("深化要素市场化配置改革，推进财税金融等重点领域改革，加快打造市场化法治化国际化一流营商环境。", "要素市场化配置改革")]
    [InlineData("加强高标准市场体系建设，抓好要素市场化配置综合改革试点，加快建设全国统一大市场。", "要素市场化配置综合改革试点")]
    [InlineData("建成国家数据基础设施（甘肃）区域功能节点一期项目，数据要素市场化配置改革迈出关键步伐。", "数据要素市场化配置改革")]
    public void The_short_reform_spelling_is_not_cut_out_of_a_longer_name(string text, string surface)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Surface == surface);
        Assert.DoesNotContain(found, m => m.Surface == "要素市场化配置");
    }
}
