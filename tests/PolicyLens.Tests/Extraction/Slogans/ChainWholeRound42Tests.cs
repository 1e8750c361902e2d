// Specifications of tools/lexicon/curated/round42-chains42.txt (issue 13, round 42): chains the readable golds code WHOLE where
// the build reported only their members. Measured as shapes first (tools/lexicon/chain_places.py): a chain of lexicon formulas
// is coded whole at 38 of 395 gold-covered places and as its members at 357, and a lexicon chain with a unit added is coded
// extended at 2 of 12, so no rule joins members or extends entries; what holds is fixed chains of national or provincial
// discourse that every gold covering a use codes whole, as lexicon entries and spellings. Sentences of the development reports,
// the national corpus and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class ChainWholeRound42Tests
{
    [Theory]
    // provincial/guangdong_2026, unseen/gd-guangzhou-inspection-2026: Xi's three spirits of labour.
    [InlineData("弘扬企业家精神，弘扬劳模精神、劳动精神、工匠精神，有效激发全社会的积极性创造性。", "劳模精神、劳动精神、工匠精神")]
    // unseen/hebei-gwr-2025, unseen/guangdong-gwr-2025: the principles of the 2024 central economic work conference, with commas.
    [InlineData("坚持稳中求进、以进促稳，守正创新、先立后破，系统集成、协同配合，努力在推进创新驱动发展中闯出新路子。", "稳中求进、以进促稳，守正创新、先立后破，系统集成、协同配合")]
    // unseen/guangdong-gwr-2025 (quoted): the work-safety responsibility formula.
    [InlineData("坚持“党政同责、一岗双责、齐抓共管、失职追责”和“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”。", "党政同责、一岗双责、齐抓共管、失职追责")]
    // unseen/gd-baiqianwan-decision: the 20th congress's 五个振兴 of the countryside.
    [InlineData("巩固拓展脱贫攻坚成果，全面推动乡村产业、人才、文化、生态、组织振兴，实现农业高质高效、乡村宜居宜业、农民富裕富足。", "乡村产业、人才、文化、生态、组织振兴")]
    // provincial/chongqing_2026, unseen/cpc-15th-fyp-outline: the western-development formula of 2020.
    [InlineData("积极融入新时代西部大开发，一体推进大保护、大开放、高质量发展，以一域服务全局的贡献度明显提升。", "大保护、大开放、高质量发展")]
    // unseen/cpc-july1-speech-2026: the 两个结合 written out.
    [InlineData("我们党坚持把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合，不断推进马克思主义中国化时代化。", "把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合")]
    public void A_fixed_chain_is_reported_whole(string text, string surface)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
        Assert.DoesNotContain(found, m => m.Start > text.IndexOf(surface, StringComparison.Ordinal) - 1
            && m.End < text.IndexOf(surface, StringComparison.Ordinal) + surface.Length && m.Surface != surface);
    }

    [Theory]
    // unseen/guangdong-plan-outline-2026-2: the formula's three-unit spelling.
    [InlineData("严格落实安全生产责任制，强化党政同责、一岗双责、失职追责，完善安全生产风险排查整治和责任倒查机制。", "党政同责、一岗双责、失职追责", "党政同责、一岗双责、齐抓共管、失职追责")]
    // unseen/baoding-gwr-2022: the political three abilities with 和.
    [InlineData("确保政令畅通、令行禁止，提高政治判断力、政治领悟力和政治执行力。", "政治判断力、政治领悟力和政治执行力", "政治判断力、政治领悟力、政治执行力")]
    // unseen/guangdong-gwr-2025, gwr/2015-2024: the government-building goal with its fourth unit.
    [InlineData("深入推进全面从严治党，建设法治政府、创新政府、廉洁政府和服务型政府，持续提升治理体系和治理能力现代化水平。", "法治政府、创新政府、廉洁政府和服务型政府", "法治政府、创新政府、廉洁政府")]
    // unseen/cpc-education-talent-speech-2026.
    [InlineData("发现新问题、提出新观点、构建新理论，推进马克思主义中国化、时代化，回答好中国共产党为什么能、马克思主义为什么行、中国特色社会主义为什么好的问题。", "马克思主义中国化、时代化", "马克思主义中国化")]
    // unseen/hebei-gwr-2022: the shared 治污 written once (the parallel finder cut it to 精准、科学、依法).
    [InlineData("深入贯彻习近平生态文明思想，精准、科学、依法治污，扎实推进碳达峰碳中和。", "精准、科学、依法治污", "精准治污、科学治污、依法治污")]
    public void A_spelling_of_an_established_chain_is_reported_whole(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // provincial/guizhou_2026: new economies listed (X经济: members at all 19 gold-covered places).
    [InlineData("大力发展首发经济、银发经济、演艺经济、票根经济、谷子经济、悦己经济等，因地制宜打造玩具手办、国潮IP等年轻化消费产品。", "首发经济", "银发经济")]
    // unseen/gd-science-conference-2024: spirits sharing their head, not the fixed triad (X精神: members at 7 of 9).
    [InlineData("大力弘扬科学家精神、教育家精神、企业家精神，锐意创新、勇攀高峰，凝聚创新合力。", "科学家精神", "企业家精神")]
    // unseen/guangdong-plan-outline-2026-1: the province's X强省 goals (members at all 14).
    [InlineData("统筹教育强省、科技创新强省、人才强省建设，加快构建全过程创新链。", "教育强省", "人才强省")]
    // unseen/gd-15th-fyp-proposal: a province's place campaigns.
    [InlineData("全过程人民民主的省域样板加快打造，法治广东、平安广东建设深入推进，社会治理水平有效提升。", "法治广东", "平安广东")]
    // provincial/guangdong_2023: the government goals reordered, coded as members there (guangdong 2026 codes its order whole).
    [InlineData("我们扎实推进法治政府、服务型政府、廉洁政府建设，政务服务效能进一步提升。", "法治政府", "廉洁政府")]
    // provincial/hebei_2026: the province's goal, coded as members by its development gold.
    [InlineData("推动人的全面发展、全体人民共同富裕迈出坚实步伐，加快建设经济强省、美丽河北，奋力谱写中国式现代化建设河北篇章。", "经济强省", "美丽河北")]
    // provincial/gansu_2026.
    [InlineData("河湖长制、林长制全面落实。", "河湖长制", "林长制")]
    public void A_list_of_lexicon_formulas_stays_its_members(string text, string first, string last)
    {
        var found = Outermost(text);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == first);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == last);
        int from = text.IndexOf(first, StringComparison.Ordinal), to = text.IndexOf(last, StringComparison.Ordinal) + last.Length;
        Assert.DoesNotContain(found, m => m.Start <= from && m.End >= to);
    }

    [Theory]
    // provincial/jilin_2026, unseen/gaoyang-npc-session-2024: a lexicon chain run on by units of a sentence's own stays the entry
    // (the golds code the entry alone at 10 of 12 such places).
    [InlineData("我们牢记嘱托、感恩奋进、顶压前行，地区生产总值增长5%。", "牢记嘱托、感恩奋进")]
    [InlineData("团结带领全县各级人大代表踔厉奋发、勇毅前行、依法履职、开拓创新，圆满完成了县第十八届人大各项任务。", "踔厉奋发、勇毅前行")]
    public void A_lexicon_chain_with_units_added_in_prose_stays_the_entry(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }
}
