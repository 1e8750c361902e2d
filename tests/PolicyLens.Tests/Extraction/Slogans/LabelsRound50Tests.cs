// Specifications of round 50 (issue 13, branch np50): the codebook's round-47 decision (a quoted label written right before a
// noun phrase it qualifies is one item with that phrase, up to its head noun) read with the heads the readable golds close their
// label + phrase items on (QuotedLabelShape.CodedNounPhraseHeads: 制度, 战略, 定位, 原则, 理念, 目标, 方案 …, nouns of a
// policy's kind in jieba's dictionary that close the coded items of two or more labels), and with the one head that closes the
// phrase even alone, the service items a label marks out (“无感申办”事项). The mention's Label and canonical stay the bare
// label (round 43). A label that makes a lexicon formula with its word (“两业”融合, “三权”分置) keeps that formula.
// Every sentence is a real one of a readable text.
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

/// <summary>Quoted labels before the noun phrase they qualify, the heads the golds code, round 50.</summary>
public sealed class LabelsRound50Tests
{
    [Theory]
    // cpc-zero-carbon-parks-notice-2025 (unseen26i): judged wrong bare (round 27, rule 2); the item is 一个窗口审批制度.
    [InlineData("探索对零碳园区多能互补、多能联供项目实行“一个窗口”审批制度。强化用能要素保障，在零碳园区范围内创新节能审查和碳排放评价。", "“一个窗口”审批制度", "一个窗口", MentionKind.Numbered)]
    // longgang-gwr-2025 (unseen26j): judged wrong bare; the item is “1+1+1+1”分类处置原则 (round 35).
    [InlineData("按照“扶并转退”总体盘活思路和“1+1+1+1”分类处置原则，加快推进现有已停滞的城市更新问题项目盘活。", "“1+1+1+1”分类处置原则", "1+1+1+1", MentionKind.Quoted)]
    // longgang-gwr-2025: the golds code 培土倍增五年行动方案.
    [InlineData("出台“培土倍增”五年行动方案，以资源要素的超常规供给培育企业高质量发展。", "“培土倍增”五年行动方案", "培土倍增", MentionKind.Quoted)]
    // sichuan_2026: the golds code the label with its strategy.
    [InlineData("深入实施“四化同步、城乡融合、五区共兴”发展战略，克难奋进、苦干实干，经受住了世纪疫情、特大洪灾等多重考验。", "“四化同步、城乡融合、五区共兴”发展战略", "四化同步、城乡融合、五区共兴", MentionKind.Quoted)]
    // guangdong_2026: the golds code 澳门+横琴新定位.
    [InlineData("深入推进重大合作平台建设。牢牢把握“澳门+横琴”新定位，认真落实国家支持横琴粤澳深度合作区建设的政策举措，稳步推进第二阶段建设。", "“澳门+横琴”新定位", "澳门+横琴", MentionKind.Quoted)]
    // heilongjiang_2026: the golds code the idea with its word (绿水青山就是金山银山理念).
    [InlineData("践行“绿水青山就是金山银山，冰天雪地也是金山银山”重要理念，落实“双碳”战略，协同推进降碳减污扩绿增长。", "“绿水青山就是金山银山，冰天雪地也是金山银山”重要理念", "绿水青山就是金山银山，冰天雪地也是金山银山", MentionKind.Quoted)]
    public void A_label_is_reported_with_the_noun_phrase_of_a_coded_head_under_its_bare_label(string sentence, string surface, string label, MentionKind kind)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Kind == kind && m.Label == label && m.Canonical == label);
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Theory]
    // shenzhen-gwr-2022 (unseen26j): judged wrong bare; the item is “无感申办”事项 (round 47), as the golds code it.
    [InlineData("新增居住证申领等“无感申办”事项209项，新增居民身份证补领、在园儿童健康成长补贴申请等“秒批”事项336项。", "“无感申办”事项", "无感申办", MentionKind.Quoted)]
    // shenzhen-gwr-2024 (unseen26j): the golds code 秒报秒批一体化事项.
    [InlineData("开展中外律师事务所联营试点。新增“秒报秒批一体化”事项30项、“免申即享”事项159项。", "“秒报秒批一体化”事项", "秒报秒批一体化", MentionKind.Quoted)]
    // liaoning_2026: two labels each with its own 事项.
    [InlineData("推出省级政务服务“立等可取”事项52项、“一次不用跑”事项899项。", "“一次不用跑”事项", "一次不用跑", MentionKind.Numbered)]
    public void A_label_is_reported_with_the_service_items_it_marks_out(string sentence, string surface, string label, MentionKind kind)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Kind == kind && m.Label == label);
        Assert.DoesNotContain(found, m => m.Surface == label);
    }

    [Theory]
    // henan_2026's 两业融合 inside 国家“两业”融合试点 is now the designation (round 66, DesignationRound66Tests: the judges read the
    // bare “两业”融合 there wrong, mentions-dev-boundary18.tsv).
    // zhumadian_2018: 三权分置, the lexicon's formula, not 三权 + 分置制度.
    [InlineData("积极推进土地利用综合改革，完善承包地“三权”分置制度，落实集体所有权、稳定农户承包权、放活土地经营权。", "“三权”分置", "三权分置")]
    public void A_label_that_makes_a_lexicon_formula_with_its_word_keeps_that_formula(string sentence, string surface, string canonical)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // shenzhen-gwr-2024 (unseen26j): a label's policy stays PolicyFinder's (judged right as a policy), not a numbered mention.
    [InlineData("实施“三个更加”人才政策。加快建设粤港澳大湾区高水平人才高地，进一步形成高端科创人才集聚效应。", "“三个更加”人才政策", MentionKind.Policy)]
    // baoding-gwr-2026: a pilot inside the phrase stays PolicyFinder's “三新”试点 (round 34).
    [InlineData("实施高能级首发矩阵培育行动，释放“三新”试点政策红利。", "“三新”试点", MentionKind.Policy)]
    public void A_policy_or_pilot_after_the_label_stays_the_policy_finders(string sentence, string surface, MentionKind kind)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface && m.Kind == kind);
    }

    [Theory]
    // jiangsu_2026: a head of kind written alone repeats the label's kind (round 47): the bare label stays.
    [InlineData("推动基础设施集成融合、高效利用，完善空港、陆港、海港、信息港“四港联动”机制，努力实现江苏大地“人享其行、物畅其流”。", "四港联动")]
    // anhui_2026: the goal written alone after the label stays bare.
    [InlineData("锚定“三地一区”实现新突破和取得“三个新的更大进展”目标，攻坚克难，奋勇争先。", "三个新的更大进展")]
    public void A_label_before_a_head_of_kind_written_alone_stays_bare(string sentence, string surface)
    {
        IReadOnlyList<SloganMention> found = Mentions(sentence);
        Assert.Contains(found, m => m.Surface == surface);
    }
}
