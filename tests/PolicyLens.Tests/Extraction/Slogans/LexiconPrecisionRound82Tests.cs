// Specifications of round 82's lexicon precision work (lexprec82, issue 13), written from a fresh random sample of the start
// build's lexicon mentions over the readable texts judged blind by judge R (/work/round82/readable-sample82.tsv: 150 lexicon
// mentions, 139 right, 11 wrong). Each wrong row's class was counted at every readable place of its shape
// (tools/lexicon/curated/round82-lexprec82.txt says how); the lexicon changed only where the new reading is right at >= 90 %
// of the places. Sentences of the readable texts (the file each comes from is named).
//
// Unread text: JudgedMentionTests fails on mentions-set-aside-changes32.tsv ("Lexicon: only 9 of the 10 mentions judged right are
// still reported"). Bisected by builds, without opening the file: it goes with the two new innovation-system entries (taking
// back the 法治体系 and 技术创新体系 spellings left it failing; dropping the two entries made it pass). Those entries only add longer
// matches, so the judged-right mention is covered by a longer one at the same place: a redraw for the lead to have judged.
//
// Classes counted and left alone (readable places; what the build reports stays as it is):
// - item, 一刀切 (numbered.txt, "uncertain"): 19 readable places, every one the practice the text rejects (不搞/防止/反对/整治/
//   严禁/切忌“一刀切”), no readable gold codes it where it is written: wrong 19/19. Not removed by this writer: taken out of the lexicon, the
//   numbered finder reports the 13 quoted places instead (“一刀切”, numbered, as wrong), and the quoted finder would report them
//   if that finder did not (its LexicalNumeralWords holds 一风吹 for that reason). A fix needs 一刀切 in NumberedFinder's
//   LexicalNumeralWords and a quoted-finder guard as well (numprec82's and quoprec82's files): left to the lead, who made
//   the change at the merge (rejected.txt and LexicalNumeralWords; the quoted finder then reports none of the 19 either).
// - item, 设备更新 (policies.txt, the 2024 policy 大规模设备更新): 40 readable places; 14 in texts before 2024 (gwr 1981 x6, 1982
//   x3, 2006, 2007, 2019, 2021, 2023) are the ordinary task word, but round 19's judge read gwr 2023's right and the lexicon has
//   no year guard; of the 2024–2026 places, descriptions (用能设备更新项目, 医疗设备更新, judged wrong by unseen26h's judge) and the
//   policy (coded by unseen26d, 26h) mix. No shape reaches the bar.
// - item, 霸权主义 as a fact (spelling of 反对霸权主义): 93 readable mentions, about 60 bare; the same shape (霸权主义和强权政治
//   威胁上升, jiangsu 2026) was judged right in round 13 (mentions-dev-round13-lexicon.tsv): judges split, left.
// - item, “八五”普法规划 under the canonical 普法: decided in round 20 (longer20: six places judged right with the canonical
//   folded onto 普法); 10 readable places of N普法规划, golds code 八五普法规划 / 九五普法规划 as written. A canonical of its own
//   per plan is the team's question, not a precision change.
// - item, 海南自由贸易港 as a partner place (加强与…联动): 21 readable mentions, about 5 partner or place uses; round 38's decision
//   counts a region strategy's name wherever written (粤港澳大湾区, 成渝地区双城经济圈), left.
// - boundary, 党史、新中国史、改革开放史、社会主义发展史 before 、中华民族发展史: one readable place (20_2022); one text's item, left.
// - boundary, “两山” before a word: 8 readable places of the bare label before a word: 3 before 理念 (the label's own kind, bare
//   right by round 47), 3 before 转化 (an activity, bare right), 2 before 基地 (luohu-gwr-2025's glossary name “两山”基地, one
//   text): 2/8 wrong, left.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconPrecisionRound82Tests
{
    [Theory]
    // cpc-congress/20_2022 (国家安全法治体系: one of 7 readable places).
    [InlineData("强化国家安全工作协调机制，完善国家安全法治体系、战略体系、政策体系、风险监测预警体系、国家应急管理体系，完善重点领域安全保障体系和重要专项协调指挥体系。")]
    // unseen/cpc-15th-fyp-proposal (judged wrong by R in the round's sample).
    [InlineData("坚持以战略为先导、政策为抓手、法治为保障、风险防控为落脚点，完善国家安全法治体系、战略体系、政策体系、风险防控体系。")]
    // cpc-congress/20_2022 (中国特色军事法治体系: one of 3).
    [InlineData("加强依法治军机制建设和战略规划，完善中国特色军事法治体系。改进战略管理，提高军事系统运行效能和国防资源使用效益。")]
    // unseen/cpc-politburo-study-disaster-2026 (应急领域法治体系).
    [InlineData("深化国际交流合作。健全应急领域法治体系，进一步提升防灾减灾救灾法治化水平。")]
    public void A_qualified_rule_of_law_system_is_not_the_national_formula(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Canonical == "中国特色社会主义法治体系");
    }

    [Theory]
    // cpc-congress/19_2017 (the 2017 wording; the bare 技术创新体系 was reported before).
    [InlineData("深化科技体制改革，建立以企业为主体、市场为导向、产学研深度融合的技术创新体系，加强对中小企业创新的支持，促进科技成果转化。", "以企业为主体、市场为导向、产学研深度融合的技术创新体系")]
    // unseen/guangdong-plan-outline-2026-1 (judged a cut by R; coded whole by unseen26h-h2).
    [InlineData("推行“有组织科研+有组织成果转化”的实施模式，建立健全以企业为主体、市场为导向、产学研用深度融合的技术创新体系，形成创新迭代机制。", "以企业为主体、市场为导向、产学研用深度融合的技术创新体系")]
    // cpc-congress/19_2017 (another system: the green one).
    [InlineData("建立健全绿色低碳循环发展的经济体系。构建市场导向的绿色技术创新体系，发展绿色金融，壮大节能环保产业。", "市场导向的绿色技术创新体系")]
    // unseen/cpc-energy-saving-opinion-2026 (coded 市场导向的绿色技术创新体系 by unseen26).
    [InlineData("强化关键核心技术攻关。完善市场导向的绿色技术创新体系，支持骨干企业牵头组建重大节能低碳技术创新联合体。", "市场导向的绿色技术创新体系")]
    public void The_innovation_system_is_reported_with_the_whole_formula(string text, string formula)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == formula);
        Assert.DoesNotContain(found, m => m.Surface == "技术创新体系");
    }

    [Theory]
    // gwr/2008 and gwr/2018: the formula cut to its head; nothing is reported there now.
    [InlineData("以企业为主体的技术创新体系建设取得重要进展。科技创新支撑和引领经济社会发展的能力明显增强。")]
    [InlineData("带动形成一批区域创新高地。以企业为主体加强技术创新体系建设，涌现一批具有国际竞争力的创新型企业和新型研发机构。")]
    public void The_bare_innovation_system_is_no_mention(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Surface == "技术创新体系");
    }

    [Theory]
    // municipal/zhumadian_2010 (judged a cut by R in the round's sample).
    [InlineData("落实好农民种粮直接补贴和主要粮食品种最低收购价政策，保护和调动农民种粮积极性。", "主要粮食品种最低收购价政策")]
    // municipal/zhumadian_2011.
    [InlineData("建立健全产粮大县利益补偿机制，认真执行国家稳步提高重要粮食品种最低收购价政策，引导金融机构加大涉农信贷投放。", "重要粮食品种最低收购价政策")]
    // gwr/2006.
    [InlineData("增加对产粮大县和财政困难县的转移支付。坚持和完善重点粮食品种最低收购价政策，抑制农业生产资料价格上涨。", "重点粮食品种最低收购价政策")]
    public void The_minimum_purchase_price_policy_keeps_its_qualifier(string text, string name)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == name && m.Canonical == "粮食品种最低收购价政策");
    }

    [Theory]
    // unseen/cpc-zero-carbon-parks-notice-2025 (judged a cut by R; unseen26i-i1 lists 省级零碳园区 as an alternative).
    [InlineData("各地区发展改革委要加强工作指导，协调解决困难问题。各地区可结合实际开展省级零碳园区建设。")]
    // provincial/jiangsu_2026.
    [InlineData("高标准建设盐城、常州国家级零碳园区，打造一批省级零碳园区、零碳工厂。")]
    // unseen/baoding-gwr-2026.
    [InlineData("高水平建设高新区国家零碳园区，推进高阳、徐水、曲阳、唐县省级零碳园区建设。")]
    public void The_provincial_zero_carbon_park_keeps_its_level_word(string text)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == "省级零碳园区" && m.Canonical == "零碳园区");
        int start = text.IndexOf("省级零碳园区", StringComparison.Ordinal);
        Assert.DoesNotContain(found, m => m.Surface == "零碳园区" && m.Start == start + 2);
    }

    [Fact]
    public void A_rejected_one_stroke_practice_is_not_reported()
    {
        // gwr/2022 (judged wrong by R: a practice the report criticises). Session 52's lead took 一刀切 out of the lexicon
        // (rejected.txt) and put it in NumberedFinder's LexicalNumeralWords: no finder reports it, quoted or not.
        const string text = "政府工作存在不足，形式主义、官僚主义仍然突出，脱离实际、违背群众意愿现象屡有发生，有的在政策执行中采取“一刀切”、运动式做法。";
        Assert.DoesNotContain(Mentions(text), m => m.Surface.Contains("一刀切", StringComparison.Ordinal));
        Assert.DoesNotContain(Mentions("切忌在工作中搞一刀切，切实为基层松绑减负。"), m => m.Surface.Contains("一刀切", StringComparison.Ordinal));
    }
}
