// Specifications of round 79's entries79 entries (issue 13, tools/lexicon/curated/round79-entries79.txt): formulas the readable
// golds code in two or more readable texts that no finder reported (Baoding's integration strategies and its basin governance,
// the health-first shift of the 15th five-year plan); and spellings measured and left alone, which stay no lexicon mention
// (微腐败 and 再造一个新广东 among them: as entries they would turn judged-right quoted mentions into lexicon ones). Sentences of the readable texts (the file each comes from is named). They run on
// the GENERATED lexicon (tools/lexicon/rebuild.sh).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound79Tests
{
    [Theory]
    // unseen/baoding-gwr-2022 (coded so by unseen26f-f3).
    [InlineData("以交通一体化推动京雄保一体化发展，加快建设京津冀世界级城市群中的重要交通枢纽城市。", "京雄保一体化发展")]
    [InlineData("打好京雄保一体化发展主动仗，加快推进创新型城市建设，积极构建京津冀协同创新共同体。", "京雄保一体化发展")]
    // unseen/baoding-gwr-2024 and -2025 (coded so by unseen26f-f2).
    [InlineData("推动房涿涞一体化发展。", "房涿涞一体化发展")]
    [InlineData("推进房涿涞一体化发展，加速央媒涿州基地等项目建设。", "房涿涞一体化发展")]
    // unseen/guangdong-plan-outline-2026-2 (unseen26h, coded so).
    [InlineData("以保障人民生命安全和身体健康为中心，健全健康促进政策制度体系，推动从以治病为中心向以健康为中心转变，为人民群众提供公平可及、系统连续的健康服务。", "以治病为中心向以健康为中心转变")]
    public void A_formula_coded_across_readable_texts_is_a_lexicon_mention(string text, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && m.Surface.Trim('“', '”') == canonical);
    }

    [Fact]
    public void The_health_shift_written_with_its_two_poles_quoted_is_the_same_formula()
    {
        // unseen/nanshan-gwr-2024 (unseen26k codes 以治病为中心向以健康为中心转变 here).
        var mentions = Outermost("持续开展妇女“两癌”筛查、重点人群脑卒中筛查等项目，促进“以治病为中心”向“以健康为中心”转变。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Canonical == "以治病为中心向以健康为中心转变");
    }

    [Fact]
    public void Baodings_strategy_before_the_goal_word_新格局_is_reported_without_it()
    {
        // unseen/baoding-gwr-2023: unseen26f-f3 codes the bare strategy here; 新格局 is the sentence's goal word.
        var mentions = Outermost("坚决落实“努力在推进京津冀协同发展上走在前列”要求，扎实推动七个一体化，全力构建京雄保一体化发展新格局。");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "京雄保一体化发展");
        Assert.DoesNotContain(mentions, m => m.Surface.Contains("新格局", StringComparison.Ordinal));
    }

    [Theory]
    // unseen/shenzhen-gwr-2024: the quoted label before the noun it qualifies (round 47's decision): no bare lexicon entry.
    [InlineData("加快建设20个先进制造业园区，供应工业用地5.7平方公里，新开工75个“工业上楼”项目、完成投资351.0亿元。", "工业上楼")]
    // unseen/luohu-gwr-2025: counts of shops (rejected.txt): no lexicon entry.
    [InlineData("增加口岸片区和重点商圈之间的公交线路，开通无人驾驶小巴，新增离境退税商店15家以上，争取新增离境退税陆路口岸。", "离境退税")]
    // unseen/hebei-gwr-2023: coded by one opened set only and uncoded in hebei_2026's development gold (round 34): no entry.
    [InlineData("大力发展后奥运经济，抓好京张体育文化旅游带建设，打造旅游强省。", "后奥运经济")]
    // unseen/baoan-gwr-2024 (unseen26k codes it): left to the quoted finder (a lexicon entry takes jilin_2026's judged quoted mention over).
    [InlineData("持续抓好巡视、巡察、审计发现问题整改，坚决惩治群众身边的不正之风和“微腐败”。", "微腐败")]
    // unseen/guangdong-gwr-2025 (unseen26h codes it): likewise (mentions-dev-quoted36/37 judge guangdong_2024's quoted mentions right).
    [InlineData("城乡区域协调发展、陆海统筹山海互济将拓展巨大空间，这些是再造一个新广东的后劲所在。", "再造一个新广东")]
    // unseen/baoding-gwr-2022 (unseen26f codes it): the readable judge read it a place and a generic governance action (round 79).
    [InlineData("强化白洋淀上游流域综合治理，推进污水处理厂扩容、提标、改造，加快城镇管网雨污分流工程建设，确保有水入淀河流断面水质稳定达到Ⅲ类以上，不让一滴污水进淀。", "白洋淀上游流域综合治理")]
    public void A_form_measured_and_left_alone_is_not_a_lexicon_mention(string text, string canonical)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical);
    }
}
