// Specifications of round 65's lexicon65 entries (issue 13, tools/lexicon/curated/round65-lexicon65.txt): formulas the readable
// golds code in two or more readable texts and the start build reported nothing for, now lexicon entries; and the rejected
// look-alikes (rejected.txt) that stay unreported where they name sites or an award. Sentences of the readable development
// reports and the opened unseen texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound65Tests
{
    [Theory]
    // provincial/shaanxi_2026 and unseen/gd-baiqianwan-plan-release-2026: the time-honoured brand programme.
    [InlineData("积极发展首发经济、夜间经济、演艺经济，扩大中华老字号、陕西老字号品牌影响力。", "中华老字号")]
    [InlineData("挖掘中华老字号潜能，推动“广货行天下”活动下沉县域。", "中华老字号")]
    // unseen/longhua-gwr-2024: the five tasks of the 2023 theme education.
    [InlineData("一体推进理论学习、调查研究、推动发展、检视整改、建章立制，持续整治噪声扰民。", "理论学习、调查研究、推动发展、检视整改、建章立制")]
    // unseen/baoan-gwr-2024: the school-family-society coeducation mechanism.
    [InlineData("健全“五育并举”育人体系，完善家校社协同育人机制，促进体教、艺教、卫教深度融合。", "家校社协同育人机制")]
    // unseen/hebei-gwr-2022: the epidemic monitoring and early-warning mechanism.
    [InlineData("落实内防反弹措施，健全多点触发监测预警机制，强化发热门诊、药店等“哨点”作用。", "多点触发监测预警机制")]
    // unseen/cpc-rural-revitalization-opinion-2025: the rural industrial integration projects.
    [InlineData("提升农业产业化水平。深入实施农村产业融合发展项目，培育乡村新产业新业态。", "农村产业融合发展项目")]
    // unseen/cpc-rural-revitalization-opinion-2024 (before 机制) and gwr 2025: the inter-provincial grain compensation.
    [InlineData("加大产粮大县支持力度。探索建立粮食产销区省际横向利益补偿机制，深化多渠道产销协作。", "粮食产销区省际横向利益补偿")]
    [InlineData("启动中央统筹下的粮食产销区省际横向利益补偿，加大对产粮大县支持。", "粮食产销区省际横向利益补偿")]
    // unseen/shenzhen-gwr-2024: the principle of urban-village renewal, in quotation marks.
    [InlineData("积极稳步推进城中村改造，坚持“拆、治、兴”并举，采取拆除新建、整治提升、拆整结合。", "拆、治、兴")]
    // unseen/pingshan-gwr-2021: the district form of the child-friendly city.
    [InlineData("加快建设儿童友好型城区。推进无障碍城区建设。", "儿童友好型城区")]
    public void A_formula_coded_in_several_readable_texts_is_a_lexicon_mention(string text, string formula)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == formula && m.Canonical == formula);
    }

    [Theory]
    // unseen/shenzhen-gwr-2024 and unseen/gd-secretary-speech-2025: the qualities required of the industrial system; the golds code
    // it, but both blind readable judges of the merge read its five places a list of qualities (codebook), rejected.
    [InlineData("增强产业体系完整性、先进性、安全性。实施战新产业集群能级提升工程。", "完整性、先进性、安全性")]
    [InlineData("符合完整性、先进性、安全性等基本要求。", "完整性、先进性、安全性")]
    // provincial/guangdong_2024: a count of parks, rejected (rejected.txt).
    [InlineData("发展数字创意、线上演播等新业态，国家级文化产业示范园区增至3家、居全国第一。", "国家级文化产业示范园区")]
    // unseen/shenzhen-gwr-2024: an award's evaluation, rejected.
    [InlineData("深圳在中国软件名城评估中位列第一。", "中国软件名城")]
    // unseen/cpc-15th-fyp-outline: 标准海 cut out of 中国标准海外应用, rejected.
    [InlineData("积极推进中国标准海外应用。", "标准海")]
    public void A_rejected_look_alike_is_not_a_lexicon_mention(string text, string form)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == form);
    }
}
