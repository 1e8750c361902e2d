// Specifications of the variant round of issue 13 (branch variant16): formulas of the lexicon written in another spelling
// than the one it listed — 的 inserted or dropped between a modifier and its head, a coordinator swapped, inserted or dropped
// between coordinated members, a qualifier of the verb dropped before the name — are found as the same entry, and the
// candidates of the same rules that a reader rejected stay out.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>
/// Spellings generated from every entry by tools/lexicon/variants.py, read in context and accepted or rejected
/// (tools/lexicon/curated/variants16-2026.txt). Sentences of the development reports and the national corpus (the file each
/// comes from is named).
/// </summary>
public sealed class LexiconVariantsRound16Tests
{
    private static SloganMention? Lexicon(string text, string canonical) =>
        Mentions(text).FirstOrDefault(m => m.Kind == MentionKind.Lexicon && m.Canonical == canonical && !m.Nested);

    [Fact]
    public void A_de_between_a_modifier_and_its_head_leaves_the_formula_whole()
    {
        // gwr 1992: the 1980s-90s spelling of the path, with 有 and 的; reported whole, no longer cut to 中国特色社会主义.
        SloganMention? path = Lexicon("１９９１年是我们的国家沿着有中国特色的社会主义道路继续前进的一年。", "中国特色社会主义道路");
        Assert.NotNull(path);
        Assert.Equal("有中国特色的社会主义道路", path.Surface);

        // sichuan_2026 and cpc20: the social-assistance system with 的.
        Assert.Equal("分层分类的社会救助体系", Lexicon("健全分层分类的社会救助体系，稳步提高城乡低保等兜底保障水平。", "分层分类社会救助体系")?.Surface);

        // liaoning_2026: the campaign against petty corruption with 的, its whole name.
        Assert.Equal("群众身边的不正之风和腐败问题集中整治", Lexicon("纵深推进群众身边的不正之风和腐败问题集中整治，系统治理国企、住建、渔业、金融、开发区和招投标等重点领域腐败。", "群众身边不正之风和腐败问题集中整治")?.Surface);
    }

    [Fact]
    public void A_de_between_an_institution_and_its_reform_is_the_named_reform()
    {
        // gwr 1993 and gwr 1988: X的改革 and X机构的改革, the reforms of the 1980s and 1990s.
        Assert.Equal("国有企业的改革", Lexicon("国有企业的改革，关键是政企分开，理顺产权关系，使企业真正成为自主经营、自负盈亏、自我发展、自我约束的法人实体和市场竞争主体。", "国有企业改革")?.Surface);
        Assert.Equal("政府机构的改革", Lexicon("除国务院批准的试点城市外，各省、自治区、直辖市政府机构的改革，拟从１９８９年开始。", "政府机构改革")?.Surface);
    }

    [Fact]
    public void A_dropped_de_or_a_coordinator_written_otherwise_is_the_same_formula()
    {
        // cpc17: the basic line without 的, no longer two cut mentions (社会主义初级阶段, 基本路线).
        Assert.Equal("社会主义初级阶段基本路线", Lexicon("作出把党和国家工作中心转移到经济建设上来、实行改革开放的历史性决策，确立社会主义初级阶段基本路线，吹响走自己的路、建设中国特色社会主义的时代号角。", "社会主义初级阶段的基本路线")?.Surface);

        // gwr 2001: the four democracies with 和 before the last, whole rather than three of them.
        Assert.Equal("民主选举、民主决策、民主管理和民主监督", Lexicon("实行民主选举、民主决策、民主管理和民主监督，保证人民依法享有广泛的权利和自由，尊重和保障人权。", "民主选举、民主决策、民主管理、民主监督")?.Surface);

        // beijing_2026, xinjiang_2026, shaanxi_2026, gwr 2014: 和 dropped or written 与.
        Assert.NotNull(Lexicon("十二是加快绿色转型，全面建设美丽北京；十三是统筹发展安全，确保首都和谐稳定。", "统筹发展和安全"));
        Assert.NotNull(Lexicon("聚焦重点领域，开展关键核心技术攻关，推动科技创新与产业创新深度融合。", "科技创新和产业创新融合发展"));
        Assert.NotNull(Lexicon("推进文化旅游融合发展。", "文旅融合"));
        Assert.NotNull(Lexicon("只要经济在合理区间运行，就集中精力抓住转方式调结构不放松，保持宏观政策基本取向不动摇。", "转方式、调结构"));

        // gwr 1987: reform and opening written with 和, one of the three tasks of the year.
        Assert.NotNull(Lexicon("我国的建设、改革和开放，任何时候也离不开政治上的安定团结。", "改革开放"));
    }

    [Fact]
    public void A_qualifier_that_belongs_to_the_verb_is_no_part_of_the_name()
    {
        // zhumadian_2017: 全面履行从严治党主体责任, where 全面 qualifies 履行.
        Assert.NotNull(Lexicon("必须加强党的领导，全面履行从严治党主体责任和“一岗双责”责任，切实加强政府系统党的建设。", "全面从严治党主体责任"));

        // zhumadian_2009: 深入开展学习实践科学发展观活动, the campaign's name after the verb's 深入.
        Assert.Equal("学习实践科学发展观活动", Lexicon("深入开展学习实践科学发展观活动和“知荣辱、讲正气、促和谐”主题道德实践活动，加强社会公德、职业道德、家庭美德教育。", "深入学习实践科学发展观活动")?.Surface);

        // heilongjiang_2026: the ageing strategy after the preposition 以.
        Assert.NotNull(Lexicon("以应对人口老龄化、少子化为重点完善人口发展战略，保持人口规模，提高人口素质。", "积极应对人口老龄化"));
    }

    [Fact]
    public void Candidates_a_reader_rejected_stay_out()
    {
        // chongqing_2026: 可持续的发展 is an adjective phrase on 发展, not the strategy 可持续发展.
        Assert.DoesNotContain(Mentions("追求实实在在、没有水分的增长，推动高质量、可持续的发展，努力为人民出政绩、以实干出政绩。"), m => m.Surface == "可持续的发展");

        // gwr 2007: 和谐的社会 runs into 社会主义民族关系.
        Assert.DoesNotContain(Mentions("全面贯彻民族区域自治法，巩固和发展平等、团结、互助、和谐的社会主义民族关系。"), m => m.Canonical == "社会主义和谐社会");

        // fujian_2026: 深化改革 without 全面 is a verb phrase of every year, not the 2013 formula.
        Assert.DoesNotContain(Mentions("（四）着力深化改革扩大开放，先行先试探路富有成效"), m => m.Canonical == "全面深化改革");

        // anhui_2026: the bare 绿色转型 is not 全面绿色转型.
        Assert.DoesNotContain(Mentions("——这五年，绿色转型纵深推进，焕发美丽安徽新面貌。"), m => m.Canonical == "全面绿色转型");

        // guangdong_2026: 改革、开放 as two of the three drivers (改革、开放、创新三大动力).
        Assert.DoesNotContain(Mentions("锚定走在前列总目标，激活改革、开放、创新三大动力，奋力实现十大新突破。"), m => m.Surface == "改革、开放");

        // jiangxi_2026: the first two of a local triple.
        Assert.DoesNotContain(Mentions("四是更好统筹高质量发展、高水平安全和高标准保护。"), m => m.Surface == "高质量发展、高水平安全");

        // gwr 2024: the policies that hinder fair competition are no 公平竞争政策.
        Assert.DoesNotContain(Mentions("出台建设全国统一大市场总体工作方案，清理一批妨碍公平竞争的政策规定。"), m => m.Surface == "公平竞争的政策");
    }

    [Fact]
    public void The_last_member_of_the_three_battles_stays_in_its_list()
    {
        // gwr 2018: 污染防治的攻坚战 is the shared head of 防范化解重大风险、精准脱贫、污染防治的攻坚战, the members of 三大攻坚战
        // (the variant 污染防治的攻坚战 was taken first and dropped for breaking them up).
        Assert.NotNull(Lexicon("推动质量变革、效率变革、动力变革，特别在打好防范化解重大风险、精准脱贫、污染防治的攻坚战方面取得扎实进展，引导和稳定预期。", "三大攻坚战"));
    }

    [Fact]
    public void A_trailing_generic_head_left_out_or_shared_leaves_the_formula()
    {
        // hubei_2026 (coded 城乡融合发展 | 城乡融合 by Gold/formulas-dev-recall16.tsv): the 20th congress formula's core.
        Assert.Equal("城乡融合", Lexicon("（五）坚持协调发展，促进城乡融合、区域联动和共同富裕。", "城乡融合发展")?.Surface);

        // zhumadian_2025: the stage of compulsory education among the levels of schooling.
        Assert.NotNull(Lexicon("新建续建中小学幼儿园50所，促进学前教育普及普惠、义务教育优质均衡、高中教育多样化发展。", "义务教育均衡发展"));

        // jilin_2026 and hebei_2026: 统筹城乡 is a verb phrase, 京津冀协同 cut from an innovation programme's name.
        Assert.DoesNotContain(Mentions("统筹城乡区域融合发展。"), m => m.Surface == "统筹城乡");
        Assert.DoesNotContain(Mentions("积极参与北京（京津冀）国际科技创新中心建设，实施京津冀协同创新专项，打造京津科技成果中试首选地。"), m => m.Surface == "京津冀协同");
    }
}
