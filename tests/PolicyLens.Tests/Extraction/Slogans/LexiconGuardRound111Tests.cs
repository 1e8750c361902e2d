// Specifications of the lexicon places two matcher guards drop before a system or mechanism (issue 13): a short spelling
// written right before 制度, 机制 or 长效机制 (LexiconMatcher.InstitutionHead.cs). Round 110 (lexguard110) wrote the exception
// and these checks (file LexiconGuardRound110Tests.cs); it was judged blind and reverted (0510d370) for five folds; round 111
// (lexguard111) brings it back after the lead's split (curated/round110-lead110.txt) and renames the file.
//
// Round 111 (lexguard111, start build main 0ce46e26): 政务公开, 精准脱贫 and 按劳分配 are now canonicals of their own, which
// RunsOnIntoANoun (variants only) no longer drops, so four of round 110's places no longer depend on the exception. What the
// exception adds over the readable texts (mention_changes.py, every kind, plus the congress reports and cewc_2025 it does
// not cover): +13 lexicon places in 11 documents, none removed: 大病保险 5, 协商民主 4 (→ 社会主义协商民主), 留抵退税
// (→ 增值税留抵退税), 带量采购 (→ 药品集中带量采购), 财会监督 — 12 right (judge R read the same 12 spans right,
// Gold/mentions-dev-changes110.tsv) — and 依法治军 (cpc 20_2022, 依法治军机制建设), whole but a fold: a variant of the
// five-part chain 政治建军、改革强军、科技强军、人才强军、依法治军 (judge R: wrong item). 12/13 = 92 % right counting the
// fold as wrong, but the fold is a judged wrong readable place (JudgedMentionTests' specification fails on it): the
// exception now leaves out a spelling that is one member of a chain canonical (written with 、; round 110's 按劳分配 →
// 各尽所能、按劳分配 was the same shape). What stays: +12, all right, none removed. If the lexicon splits 依法治军 into an
// entry of its own (fold111), it is reported there under its own name without this exception: the test below forbids only
// the fold.
//
// Round 110's survey and reading follow (canonicals as they were then).
//
// The survey (tools/judging/lexicon_drops89.py sample guard:RunsOnIntoANoun / guard:CutsAWord, start build main f93cf69e):
// RunsOnIntoANoun drops 281 readable places in 102 documents (179 in gold-covered documents, 132 coded as the item). By
// what follows, with my reading under the codebook's judging section:
// - 大湾区 (124 places, 29 documents, 97 coded): before a word that opens a name (综合性国家科学中心 15, 国际… 8, 艺术中心 5,
//   全球招商大会 5, 国家技术创新中心 5, 海上龙舟赛 4, 大学 2, 总部 2 …) the bare region is a word of a facility's, body's or
//   event's name, wrong as round 90 read it, though the golds code most places; before an abstract noun (故事 6, 市场 3,
//   居民 2) right but a mix no token class separates from the names: left, as round 90 left it.
// - cut from a longer item the text writes (股份制改造/银行 12, 解决温饱问题 5, 和美乡村示范村/重点片区 4, 制造强国论坛 4,
//   化债化险 2, 拥军优属活动 3 …): wrong: left.
// - 原则 (按劳分配原则 8, no gold document) and 力度 (8 places, 8 documents, golds cover 4 and code them at 1): left (round 90).
// - a verb of the clause (进行, 具有, 成为, 相结合 …): round 90's reverted subset (14/18 right): left.
// - 制度 7, 机制 3, 长效机制 1 (11 places, 9 documents; golds cover 3 and code the item at all 3): let through.
// CutsAWord drops 46 places (29 in gold documents, 14 coded); 8 are a spelling whose last character the plain segmentation
// glues into 制度 or 机制 (大病保险|制度 5, 财会监督|制度, 能源消费双控|制度, 府院联动|机制), and the quote-free second pass
// (QuotedInsideFormula) meets one more (“府检”联动|机制, anhui 2026). Let through when the head is 制度 and, with it taken in,
// no word is cut; not for a two-character spelling (双控: 能源消费双控 is the name, a cut core), nor before 机制: the second
// pass cannot see anhui's marks, and its bare “府检”联动 would take over the quoted finder's “府检”联动机制 (judged right), so
// jilin's 府院联动机制 (right) stays dropped too.
// Readable changes (mention_changes.py, every kind, and lexicon_drops89.py for the congress reports it does not cover): +17
// lexicon places in 15 documents (2 of them unseen26p's), read one by one: 17 right (大病保险 5, 协商民主 4, 政务公开 2,
// 留抵退税, 带量采购, 依法治军, 精准脱贫, 按劳分配, 财会监督); none removed. The readable judged files read a lexicon mention
// before these heads right at 51 of 66 places, and none of the 15 wrong is wrong at the head.
// Recall (evaluate recall): readable fresh sets 12,255 → 12,257 of 14,717; unseen26n + 26p 1,643 → 1,645 of 2,314 (both gains
// unseen26p's); the 36 unread coded texts flat (6,802 of 8,911): the shape is rare, and the gain is small.
// The national first appearance of 增值税留抵退税 moves to gwr 2022's 留抵退税制度 (offset 7316, variant): the lexicon's record
// needs `sh tools/lexicon/rebuild.sh` (CorpusTests), which this round's writer may not run.
// Sentences of the readable texts (the file each comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconGuardRound111Tests
{
    [Theory]
    // gwr/2017 (CutsAWord: 保险制度).
    [InlineData("完善大病保险制度，提高保障水平。", 2017, "大病保险", "大病保险")]
    // municipal/zhumadian_2018.
    [InlineData("推动城乡居民基本医保与大病保险制度有效衔接，全面推行以按病种付费为主的多元复合式医保支付方式。", 2018, "大病保险", "大病保险")]
    // unseen/guangdong-plan-outline-2026-1 (CutsAWord: 监督制度).
    [InlineData("深化预算绩效管理改革，完善预算公开、财会监督制度，健全权责发生制政府综合财务报告制度。", 2026, "财会监督", "财会监督")]
    // unseen/cpc-third-plenum-decision-2024 (RunsOnIntoANoun).
    [InlineData("（30）健全协商民主机制。", 2024, "协商民主", "社会主义协商民主")]
    // gwr/2024 (an entry of its own since the lead's split of round 110; reported without the exception).
    [InlineData("完善政务公开制度。", 2024, "政务公开", "政务公开")]
    // cpc-congress/18_2012 (RunsOnIntoANoun).
    [InlineData("要完善协商民主制度和工作机制，推进协商民主广泛、多层、制度化发展。", 2012, "协商民主", "社会主义协商民主")]
    // unseen/guangdong-plan-outline-2026-2 (RunsOnIntoANoun).
    [InlineData("健全多层次医疗保障体系，完善重特大疾病医疗保险，发展商业健康保险，优化药品和医用耗材带量采购制度，深化医保支付方式改革。", 2026, "带量采购", "药品集中带量采购")]
    // gwr/2022.
    [InlineData("大力改进因增值税税制设计类似于先缴后退的留抵退税制度，今年对留抵税额提前实行大规模退税。", 2022, "留抵退税", "增值税留抵退税")]
    // unseen/hailaer-gwr-2017 (长效机制; an entry of its own since the lead's split).
    [InlineData("建立稳定的精准脱贫长效机制,防止脱贫人口返贫。", 2017, "精准脱贫", "精准脱贫")]
    public void A_short_spelling_before_its_system_or_mechanism_is_reported(string text, int year, string surface, string canonical)
    {
        Assert.Contains(Mentions(text, year), m => m.Kind == MentionKind.Lexicon && m.Surface == surface && m.Canonical == canonical);
    }

    [Theory]
    // gwr/2021: 能源消费双控 is the name; the bare two characters are a cut core.
    [InlineData("加快建设全国用能权、碳排放权交易市场，完善能源消费双控制度。", 2021, "双控")]
    // (Round 110's gwr/1986 按劳分配原则 is gone from this list: since the lead's split 按劳分配 is a canonical of its own,
    // which RunsOnIntoANoun does not check, and it is reported there without this exception, judged right in
    // Gold/mentions-dev-changes110b.tsv.)
    // gwr/2004: cut from 股份制改造 (round 90).
    [InlineData("重点做好中国银行和中国建设银行股份制改造试点工作。", 2004, "股份制")]
    public void A_short_spelling_before_another_word_is_still_not_reported(string text, int year, string surface)
    {
        Assert.DoesNotContain(Mentions(text, year), m => m.Kind == MentionKind.Lexicon && m.Surface == surface);
    }

    [Fact]
    public void A_quoted_label_before_its_mechanism_stays_the_quoted_finders()
    {
        // provincial/anhui_2026: “府检”联动机制, judged right as quoted, is not cut to the lexicon's “府检”联动.
        var mentions = Mentions("依法行政能力提升行动深入开展，省市县“府院”“府检”联动机制覆盖率100%，行政机关负责人出庭应诉率保持100%。", 2026);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Quoted && m.Surface == "“府检”联动机制");
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Lexicon && m.Surface == "“府检”联动");
    }

    [Fact]
    public void One_member_of_a_chain_before_its_mechanism_is_not_reported_as_the_chain()
    {
        // cpc-congress/20_2022: 依法治军 names its own item here, not the five-part chain (judged wrong as the chain).
        Assert.DoesNotContain(Mentions("加强依法治军机制建设和战略规划，完善中国特色军事法治体系。", 2022),
            m => m.Kind == MentionKind.Lexicon && m.Surface == "依法治军" && m.Canonical.Contains('、'));
    }
}
