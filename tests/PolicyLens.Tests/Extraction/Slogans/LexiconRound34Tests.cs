// Specifications of tools/lexicon/curated/round34-lexicon34.txt (issue 13, round 34): established national and provincial terms among
// the opened unseen sets' `missed, nothing` items. (A) National terms the coders of at least two unseen sets code are reported whole,
// under the lead's decision of round 34 (Gold/CODEBOOK-formulas.md), even where the older development gold leaves them uncoded.
// (B) National and Hebei terms unseen26f's coders code, where the development golds support them. A wording of an entry takes the
// span and keeps the entry's canonical. Terms taken out after the mention diff are not reported where they were wrong.
// Sentences of the national corpus, the development reports and the opened unseen texts.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconRound34Tests
{
    [Theory]
    // gwr 2024; gwr 2025; unseen/cpc-politburo-meeting-2026-04; unseen/hebei-gwr-2024; provincial/guangdong_2026;
    // unseen/cpc-third-plenum-decision-2024; cpc-congress 20; gwr 2016; provincial/heilongjiang_2026; provincial/jiangsu_2026;
    // unseen/gaoyang-npc-session-2023; unseen/gd-mechatronics-symposium-2026; unseen/cpc-education-talent-speech-2026.
    [InlineData("提高电网对清洁能源的接纳、配置和调控能力，发展新型储能，促进绿电使用和国际互认", "新型储能")]
    [InlineData("建立未来产业投入增长机制，培育生物制造、量子科技、具身智能、6G等未来产业。", "具身智能")]
    [InlineData("全面实施“人工智能+”行动，发展智能经济新形态，完善人工智能治理。", "智能经济")]
    [InlineData("学习运用“千万工程”经验，深入开展人居环境整治，完善生活垃圾城乡一体化处理体系", "人居环境整治")]
    [InlineData("大力弘扬改革开放精神、特区精神，把改革作为一种常态、作为一种工作方法", "特区精神")]
    [InlineData("是贯彻新发展理念、更好适应我国社会主要矛盾变化的必然要求", "社会主要矛盾")]
    [InlineData("居民人均可支配收入再上新台阶，中等收入群体比重明显提高，基本公共服务实现均等化", "中等收入群体")]
    [InlineData("文化软实力持续提升。", "文化软实力")]
    [InlineData("促进服务业优质高效发展。实施服务业扩能提质行动，扩大优质经营主体规模", "服务业优质高效发展")]
    [InlineData("突出企业创新主体地位。", "企业创新主体地位")]
    [InlineData("全面落实习近平法治思想、习近平总书记关于坚持和完善人民代表大会制度的重要思想，深入贯彻落实党的二十大精神", "习近平总书记关于坚持和完善人民代表大会制度的重要思想")]
    [InlineData("把发展新型机电一体化产业作为我省深耕实体经济的重要抓手", "新型机电一体化产业")]
    [InlineData("深化教育科技人才体制机制一体改革，完善科教协同育人机制，加快培养造就一支规模宏大、结构合理、素质优良的创新型人才队伍。", "科教协同育人机制")]
    public void National_terms_two_unseen_sets_code_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface && m.Canonical == surface);
    }

    [Theory]
    // cpc-congress 20; provincial/hubei_2026; unseen/cpc-15th-fyp-proposal; unseen/hebei-gwr-2023.
    [InlineData("全面落实意识形态工作责任制，巩固壮大奋进新时代的主流思想舆论。", "奋进新时代的主流思想舆论", "主流思想舆论")]
    [InlineData("努力创造经得起实践、人民、历史检验的实绩。", "经得起实践、人民、历史检验的实绩", "经得起实践、人民、历史检验")]
    [InlineData("更加注重源头治理，强化减污降碳协同、多污染物控制协同、区域治理协同，深入打好蓝天、碧水、净土保卫战。", "减污降碳协同", "减污降碳协同增效")]
    [InlineData("高标准高质量建设雄安新区，积极承接北京非首都功能疏解，打造贯彻新发展理念的创新发展示范区。", "北京非首都功能疏解", "疏解北京非首都功能")]
    public void A_wording_of_an_entry_takes_the_span_and_keeps_the_canonical(string text, string surface, string canonical)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // gwr 2018; unseen/baoding-gwr-2022; unseen/hebei-gwr-2025; unseen/hebei-gwr-2024.
    [InlineData("围绕建设现代化经济体系，坚持质量第一、效益优先，促进经济结构优化升级。", "质量第一、效益优先")]
    [InlineData("严厉查处不正之风和“微腐败”，永葆为民务实清廉的政治本色，树牢忠诚干净担当的政府形象。", "为民务实清廉")]
    [InlineData("深化供销社综合改革。", "供销社综合改革")]
    [InlineData("健全科技成果转化对接机制，畅通京津研发、河北转化通道。", "京津研发、河北转化")]
    public void Terms_unseen26f_codes_with_development_support_are_reported_whole(string text, string surface)
    {
        Assert.Contains(Outermost(text), m => m.Surface == surface);
    }

    [Theory]
    // Taken out after the mention diff. provincial/jiangxi_2026 (稳增长 inside a named plan); provincial/chongqing_2026
    // (国土空间规划 inside one plan's name); gwr 2021 (产业数字化 cut out of 数字化智能化改造); gwr 2022 (台独: outside the scope);
    // gwr 1999 (人民代表大会制度: as an entry it cut the judged-right chain 坚持好、完善好、运行好 before it, so it stays out).
    [InlineData("落实国家新一轮十大重点行业稳增长工作方案，分行业全链条做好稳增长工作，确保工业平稳健康运行。", "稳增长")]
    [InlineData("成渝地区双城经济圈国土空间规划获批，完成全市国土空间总体规划实施体检，", "国土空间规划")]
    [InlineData("推动产业数字化智能化改造，战略性新兴产业保持快速发展势头。", "产业数字化")]
    [InlineData("坚决反对“台独”分裂行径，坚决反对外部势力干涉。", "台独")]
    [InlineData("人民代表大会制度是我国的根本政治制度，各级政府都必须自觉", "人民代表大会制度")]
    public void Terms_taken_out_after_the_mention_diff_are_not_reported_as_entries(string text, string surface)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }
}
