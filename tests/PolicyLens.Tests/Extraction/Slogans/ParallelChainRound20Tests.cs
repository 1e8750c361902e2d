// Parallel round 20 (issue 13, chain20): slogan chains the fresh coders code and the parallel finder left out, taken where the
// shape itself is a formula's (the codebook's second mark, an established formula, and its intent: a formula-like
// parallelism, not any list): five-character units on one relational frame (资源变资产、资金变股金、农民变股东; 多劳者多得、技高者多得、创新者多得). With the sentences near each
// rule that must stay unreported. Its mirrored four-character pairs (以稳促进、以进固稳) were taken out in review: written once
// and unmarked they are lists to the judges of unseen text, as the codebook decides; the pairs below stay unreported. Sentences marked "(development)" are real; "(constructed)" ones are
// built on the pattern of a class.
using PolicyLens.Extraction;
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

public class ParallelChainRound20Tests
{
    private static readonly SloganExtractor Extractor = new(Lexicon.Default);

    private static bool Reports(string text, string surface) =>
        Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == MentionKind.Parallel && m.Surface == surface);

    private static bool ReportsAnyParallel(string text) =>
        Extractor.Extract(text, new ExtractionContext("t", 2026)).Any(m => m.Kind == MentionKind.Parallel);

    [Theory]
    // (development, zhumadian_2023) a chiasmus, written once and unmarked.
    [InlineData("着力夯实“稳”的基础，强化“进”的态势，以稳促进、以进固稳，推动经济实现质的有效提升和量的合理增长。", "以稳促进、以进固稳")]
    // (development, zhumadian_2023) every unit repeats its object around 应…尽…, the shape of 应保尽保.
    [InlineData("加强防返贫动态监测帮扶，做到应纳尽纳、应扶尽扶，坚决守住不发生规模性返贫的底线。", "应纳尽纳、应扶尽扶")]
    // (development, gwr 2022)
    [InlineData("加强低收入人口动态监测，做好分层分类帮扶救助，努力做到应保尽保、应助尽助。", "应保尽保、应助尽助")]
    // (development, zhumadian_2010) a pledge of conduct.
    [InlineData("健全考核评价机制，少提口号、多干实事，说到做到、说好做好。", "说到做到、说好做好")]
    public void Two_mirrored_units_written_once_are_no_formula(string text, string surface)
    {
        // chain20 reported these; the judges of unseen text read such pairs, written once and unmarked, as lists (the
        // codebook's round-18 decision), and the rule was taken out in review.
        Assert.False(Reports(text, surface));
    }

    [Theory]
    // (development, zhumadian_2018) the pair qualifies a noun (…行为): offences listed, no formula; 制 opens no slogan.
    [InlineData("强化食品药品监管，对制假售假、制劣售劣行为依法严惩，让人民群众吃得放心。")]
    // (constructed) two task units that mirror nothing.
    [InlineData("着力稳市场主体保就业，加大宏观政策实施力度，扩大内需、优化供给。")]
    // (constructed) a mirrored pair inside a longer chain is TryChain's, not a pair.
    [InlineData("坚持以稳促进、以进固稳、先立后破。")]
    public void Pairs_without_the_mirror_or_running_on_stay_out(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(text, new ExtractionContext("t", 2026)),
            m => m.Kind == MentionKind.Parallel && m.Surface.Split('、').Length == 2);
    }

    [Theory]
    // (development, zhumadian_2018) the 三变 reform: 变 ("becomes") in the middle of every unit.
    [InlineData("探索盘活闲置农户和宅基地的办法，促进资源变资产、资金变股金、农民变股东，激活乡村沉睡资源，释放农村改革红利。", "资源变资产、资金变股金、农民变股东")]
    // (development, anhui_2026) 者 and a shared predicate.
    [InlineData("完善劳动者工资合理增长机制，保障劳动者获得合理劳动报酬，促进多劳者多得、技高者多得、创新者多得。", "多劳者多得、技高者多得、创新者多得")]
    // (development, hubei_2026) 为 ("as"): the roles of the innovation system's parties, with the 以 of 以…为….
    [InlineData("强化科技金融赋能，进一步完善以企业为主体、市场为导向、院所为依托，以及国内国外合作、军民深度融合、线上线下开源的协同创新体系。", "以企业为主体、市场为导向、院所为依托")]
    public void Five_character_units_on_one_frame_are_a_formula(string text, string surface)
    {
        Assert.True(Reports(text, surface));
    }

    [Theory]
    // (development, jilin_2026) a shared suffix (化) makes a list of ways of working.
    [InlineData("因地制宜推进标准化生产、精深化加工、集群化发展，农产品加工业提质增效。")]
    // (development, liaoning_2026) pairs joined by 与 are the relations weighed, no formula's frame.
    [InlineData("工作中努力争取更好结果，兼顾了需要与可能、当前与长远、发展与安全，既实事求是又积极进取。")]
    // (development, 11_1977) a shared head noun lists kinds of people.
    [InlineData("广大教育工作者、科技工作者、文化工作者、卫生工作者辛勤劳动，为人民出了力。")]
    // (development, zhumadian_2026) 更 describes how things will be (a wish after 让), no frame of this rule.
    [InlineData("建设宜居宜业和美乡村，让乡风更文明、农民更富裕、生活更美好。")]
    public void Five_character_lists_stay_out(string text)
    {
        Assert.False(ReportsAnyParallel(text));
    }
}
