// Specifications of round 86's work on formulas found fewer times than the readable golds code them (fewer86, issue 13), and
// of what the round's judges made of its one rule. The rule read the renovation programme 老旧小区改造 into its object written
// bare (老旧小区) wherever 改造 stood in the clause. The golds code such places (7 of the 12 it added on readable text), but
// blind judges read every one wrong: readable judge R 0/12 (a member of a coordination without its shared head 改造, or the
// object of a count or a verb: 新开工改造600个老旧小区), unread judges A and B 0/3 each (Gold/mentions-dev-changes86.tsv,
// Gold/mentions-heldout-changes86.tsv). The codebook's whole-item rule decides, so the lead reverted it; these tests keep the
// bare object unreported and the two neighbours the rule touched as they were. Sentences of the readable texts.
//
// The readable rows of /work/round86/readable-missed86.txt whose cause is "found fewer times than coded" (175 items of the
// opened unseen sets, 238 missed occurrences; tools/judging/fewer_times.py with `trace` at main f5582c23) have 287 places the
// build does not report for the row. By why (places):
//   no candidate (no spelling of the row's forms there)                                                                 156
//     a shorter form of the item: bare 走在前列 for the Guangdong goal (longhua 2024 x15, the gd party texts and speeches
//       x9, a heading x1: rounds 22 and 41 left it out, a ranking at other uses)                                           25
//     实干争先 without 年 (nanshan 2024, one document)                                                                     11
//     a programme named short or under another head (集成式改革 x4, 服务业扩能提质 x2, 核心软件攻关, 县域产业高质量发展攻坚,
//       镇村特色化差异化赋能, 央企入冀, 物业城市, “领跑者”企业, “双盲”评审, “十个一”项目, “11258”总体要求, 福田英才荟3.0政策,
//       减污降碳协同创新区试点, 综合查一次改革试点 …: round 83 measured 8 of 27 readable places right)                    27
//     a document's alias or abbreviation (决定稿 x2, 前海总规 x2, 《方案》, 前海总体发展规划, 深圳园区发展规划, CPTPP, DEPA;
//       one document each)                                                                                                  9
//     members of a chain or a chain the finders refuse or split (守住底线 … 引导舆论 quoted one by one x4 and its 坚守底线 chain,
//       “四横”“三纵”“三立交”, “两翼、两区、三群、六带” x3, 中国式现代化“7＋5＋N”保定场景 x3, 发展科技第一生产力… x2, 四个更加
//       spelled out, 加快高质量发展、实现高效能治理、创造高品质生活 …; one document each)                                    25
//     another shorter form or spelling (绿色转型 x5, 老旧小区 x5, 先行示范区 x2, 依法治省 x2, 公共文化服务 x2, 服务实体经济 x2,
//       再造一个新保定 x2, 京津冀世界级城市群 x2, 绿水青山 x2, 专精特新“小巨人”企业 x2, 省域样板, 奋进新征程, 全国统一市场,
//       长期特别国债, 保障房, 紧日子 …)                                                                                     59
//   inside a longer mention the build reports and the coder left uncoded (在发展中保障和改善民生 x3, 统筹高质量发展和高水平安全
//     x2, 以中国式现代化全面推进… x5, 在推进中国式现代化建设中走在前列、勇当尖兵 x4, designations and pilots: …试点, …示范区,
//     …先导区; --nested credits these; the golds split on most long forms)                                                  59
//   inside a longer item the same gold codes (the count rule: not counted again; 高质量发展 inside 百县千镇万村高质量发展工程,
//     人口高质量发展 …, 走在前列 inside 奋发图强、走在前列 x5 and 走在前列、勇当尖兵 x2 in longhua 2024): the coder's over-count  44
//   a matcher guard: LacksItsTask 7 (关键核心技术 without 攻关: round 33's judges read it wrong), RunsOnIntoANoun 5 (和美乡村
//     脱颖而出, 大湾区支撑带动作用, 政务公开考核, 单项冠军培育库, 消费扶贫电商平台), NamesAnEventOrWork 4 (低空经济大会,
//     科技金融大会 x2, 每年高质量发展大会: named events, the codebook's round-36 decision), EndsInsideAWord/CutsAWord 5
//     (科技金融业 x2, 战新产业片区 …), NamesAFacility 1 (中欧班列广州集结中心), ChainRunsOn 1 (向新向优向好)                  23
//   an extractor step or overlap resolution (ProperNameWord x2, a longer lexicon mention x1), another row of the gold
//     credited with the mention (中国式现代化河北场景 x2)                                                                   5
// "Same form under another kind" (35 occurrences): the build reports the form as numbered (一县一策, 一人一策, 一肩挑, 一网协同,
// 一次办 … 23 rows) or policy (科创中国试点城市 x5 …) where the gold's kinds list lexicon and quoted only: NumberedFinder's and
// PolicyFinder's kinds (other writers' files), or a kinds column to widen; left.
// The one general class tried: bare 老旧小区 with 改造 in its clause. Of the 39 readable places of bare 老旧小区 (not
// 城镇老旧小区, 老旧小区改造), 27 have 改造 in the clause: 15 are reported already (改造老旧小区 as one phrase), 12 in 12 texts
// were added, 7 of them coded (guangdong 2026, beijing 2026, gd-standards-opinion-2026, hebei-gwr-2024, baoding-gwr-2026,
// guangdong-gwr-2025, baoan-gwr-2024) — and all 12 judged wrong (above): reverted. Where coders and judges part like this the
// codebook question is whether an object written bare under a renovation verb or a shared head is a use of the programme.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class FewerTimesRound86Tests
{
    [Theory]
    // provincial/guangdong_2026 (dev-recall17b codes 城镇老旧小区 | 老旧小区 here).
    [InlineData("高质量推进城市更新，深化低效用地再开发，稳步推进城中村改造，新开工改造600个老旧小区。推进生态廊道、自然公园、郊野公园、体育公园、口袋公园等建设。")]
    // unseen/baoan-gwr-2024 (unseen26k codes 老旧小区改造 | 老旧小区 here).
    [InlineData("建设筹集保障性住房3.2万套、供应1.7万套，连续3年全市第一。38个老旧小区完成改造提升，宝安“加装电梯”模式获评全国优秀案例。")]
    // unseen/hebei-gwr-2024 (unseen26f codes 城镇老旧小区 | 老旧小区 here).
    [InlineData("实施特殊困难老年人家庭适老化改造4.03万户。新开工改造棚户区14.59万套、老旧小区1816个。生态环境不断优化。")]
    // provincial/qinghai_2026.
    [InlineData("开展城市更新行动，实施老旧小区、城中村、城市危旧房改造2.2万套，完成城镇管线改造1323公里。")]
    public void The_programmes_object_written_bare_in_a_clause_that_renovates_it_is_not_the_programme(string text)
    {
        // Judged wrong in every readable and unread place: a member without its shared head, or the object of a count or verb.
        Assert.DoesNotContain(Outermost(text), m => m.Surface == "老旧小区");
    }

    [Theory]
    // provincial/beijing_2026: the estates are given property services, not renovated.
    [InlineData("切实抓好两个关键小事，生活垃圾回收利用率达43%，为380个老旧小区引入物业服务。")]
    // gwr/2024: lifts and parking in old estates.
    [InlineData("加快完善地下管网，推动解决老旧小区加装电梯、停车等难题，加强无障碍环境、适老化设施建设。")]
    // unseen/luohu-gwr-2025: a list of places to clean up.
    [InlineData("扩大“智慧城管”覆盖面，持续抓好背街小巷、地下通道、老旧小区、城中村、交通枢纽等环境整治改善。")]
    public void The_same_words_in_a_clause_that_does_not_renovate_them_name_a_kind_of_estate(string text)
    {
        Assert.DoesNotContain(Outermost(text), m => m.Surface == "老旧小区");
    }

    [Fact]
    public void The_renovation_written_after_the_quoted_object_keeps_the_whole_canonical()
    {
        // provincial/guangdong_2023: “三旧”改造 is the whole programme (三旧改造), its task after the closing mark.
        const string text = "推动城市更新，深入推进“三旧”改造，下大力气抓好广州、深圳等市城中村改造，实施农贸市场提升工程。";
        int at = text.IndexOf("三旧", StringComparison.Ordinal);
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Canonical == "三旧改造" && m.Start == at);
    }

    [Fact]
    public void The_tackling_task_of_a_key_technology_is_still_looked_for_as_before()
    {
        // unseen/gd-15th-fyp-proposal: 关键核心技术 without 攻关 or 攻坚 in its clause stays unreported (round 33).
        const string text = "产业科技互促双强深入推进，关键核心技术多点突破，制造业家底更加厚实。";
        Assert.DoesNotContain(Outermost(text), m => m.Surface == "关键核心技术");
    }
}
