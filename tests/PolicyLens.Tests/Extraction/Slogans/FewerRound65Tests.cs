// Specifications of round 65 (issue 13, branch fewer65): a lexicon variant that folds a leading verb onto its formula
// (坚持党的全面领导, 一体推进不敢腐、不能腐、不想腐) is reported without the verb, as the
// codebook's boundary rule (no leading verb) and the readable golds have it, with the canonical the variant names. A verb a
// canonical spelling holds (扩大中等收入群体) and a verb the golds keep (统筹国内国际两个大局) stay. Every sentence is a real one
// of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Lexicon variants with a leading verb, reported without it (round 65).</summary>
public sealed class FewerRound65Tests
{
    [Fact]
    public void The_anticorruption_chain_after_its_verb_is_the_chain()
    {
        // dapeng-gwr-2025 (unseen26l): its gold codes 不敢腐、不能腐、不想腐 (the long spelling its alternative), as do 6 more readable
        // golds of texts writing 一体推进 before it, none the long spelling alone; jilin 2026's development gold codes the same
        // chain as 三不腐, the canonical the mention keeps.
        const string sentence = "认真做好国务院综合督查、省委巡视、省环保督察、市委巡察、审计监督等发现问题整改，全面强化政府系统廉政风险防范，一体推进不敢腐、不能腐、不想腐，扎实开展群众身边不正之风和腐败问题集中整治。";
        SloganMention chain = Assert.Single(Outermost(sentence), m => m.Surface.Contains("不想腐", StringComparison.Ordinal));
        Assert.Equal("不敢腐、不能腐、不想腐", chain.Surface);
        Assert.Equal("三不腐", chain.Canonical);
    }

    [Fact]
    public void The_party_leadership_after_jianchi_is_the_bare_formula()
    {
        // hebei-gwr-2022 (unseen26d): the readable golds code 党的全面领导 in 17 texts writing 坚持党的全面领导, the long form in none;
        // cpc-seminar-speech-2026's judge read the long span a boundary error (leading verb).
        const string sentence = "落实总体要求，做好今年工作，必须坚定不移贯彻习近平总书记对河北工作重要指示，坚持党的全面领导，把党中央决策部署和省委工作要求转化为“施工图”“任务书”，一以贯之抓好落实，笃行不怠接续奋斗，始终沿着总书记指引的方向坚定前行。";
        Assert.Contains(Outermost(sentence), m => m.Surface == "党的全面领导" && m.Canonical == "党的全面领导");
        Assert.DoesNotContain(Outermost(sentence), m => m.Surface.StartsWith("坚持", StringComparison.Ordinal));
    }

    [Fact]
    public void The_firms_role_in_innovation_keeps_qianghua_for_now()
    {
        // The 2024 national work report: round 17b's judges read 强化企业科技创新主体地位 right here (mentions-dev-fresh17b.tsv), so
        // 强化 is not among the verbs left out (though the readable golds code the bare form in 10 texts writing the verb, the long
        // one in 1, and baoan-gwr-2024's judge read the long span a boundary error): the lead's to settle.
        const string sentence = "强化企业科技创新主体地位，激励企业加大创新投入，深化产学研用结合，支持有实力的企业牵头重大攻关任务。";
        Assert.Contains(Outermost(sentence), m => m.Surface == "强化企业科技创新主体地位");
    }

    [Fact]
    public void Old_neighbourhoods_renovated_keep_the_programmes_head_word()
    {
        // hebei-gwr-2025 (unseen26d): 改造 is the programme's own head word written first (老旧小区改造), no leading verb; round
        // 65's two blind judges read 改造老旧小区 right and the bare 老旧小区 a cut at every unread place the writer's first rule
        // made (12 of 12), though the golds list the bare 老旧小区 as an alternative.
        const string sentence = "建成棚改安置房9万套，改造老旧小区827个。新增普惠托位5414个。";
        SloganMention estates = Assert.Single(Outermost(sentence), m => m.Surface.Contains("老旧小区", StringComparison.Ordinal));
        Assert.Equal("改造老旧小区", estates.Surface);
        Assert.Equal("老旧小区改造", estates.Canonical);
    }

    [Fact]
    public void A_verb_the_formula_is_written_with_stays()
    {
        // A canonical spelling keeps its verb (扩大中等收入群体, cpc-15th-fyp-proposal: the long form coded in as many readable
        // texts as the bare one), and 统筹 stays before 国内国际两个大局 (cpc-july1-speech-2026: the long spelling coded in 4
        // readable texts writing it, the bare one in 1).
        const string income = "实施城乡居民增收计划，有效增加低收入群体收入，稳步扩大中等收入群体规模，合理调节过高收入，取缔非法收入，推动形成橄榄型分配格局。";
        Assert.Contains(Outermost(income), m => m.Surface.StartsWith("扩大中等收入群体", StringComparison.Ordinal));
        const string overall = "新征程上，全党必须强化忧患意识、坚持底线思维，发扬斗争精神、增强斗争本领，更好统筹国内国际两个大局，统筹发展和安全，提高科学预见变化、及时洞察风险、有效应对挑战的能力，确保中华复兴号巨轮劈波斩浪、行稳致远。";
        Assert.Contains(Outermost(overall), m => m.Surface == "统筹国内国际两个大局");
    }
}
