// Specifications of round 72's lexicon precision work (lexprec72, issue 13): a formula written before 建设示范创建 (the
// demonstration campaign places apply to be named in) or 建设综合试点 (the comprehensive pilot) stands inside the designation's label, which is reported whole in its
// place (the codebook's round-17 decision; DesignationLabel's ProgrammeHeads). Sentences of the readable texts (the file each
// comes from is named).
using PolicyLens.Extraction.Slogans;
using static PolicyLens.Tests.Extraction.Slogans.SloganSentences;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class LexiconPrecisionRound72Tests
{
    [Theory]
    // provincial/anhui_2026 (法治政府 judged wrong there: mentions-dev-prec27l.tsv).
    [InlineData("“综合查一次”改革、“无证明城市”建设和规范涉企行政执法专项行动深入推进，第三批全国法治政府建设示范创建数量居全国第1位。", "全国法治政府建设示范创建")]
    // provincial/guangdong_2023 (法治政府 judged wrong there: mentions-dev-prec27l.tsv).
    [InlineData("深入开展法治政府建设示范创建，严格执行重大行政决策程序规定，深化行政执法体制改革，推动政府行为全面纳入法治轨道。", "法治政府建设示范创建")]
    // unseen/hebei-gwr-2022 (coded 法治政府建设示范创建活动 | 法治政府建设示范创建 by unseen26f-f1).
    [InlineData("我们要严格依法行政，深入贯彻习近平法治思想，持续开展法治政府建设示范创建活动，提高政府决策质量，推动行政执法“三项制度”全覆盖。", "法治政府建设示范创建活动")]
    // unseen/guangdong-plan-outline-2026-2 (coded as the designation programme by unseen26h-h3).
    [InlineData("强化法治政府建设与责任落实督察，加强领导干部依法办事监督检查，积极推动全国法治政府建设示范创建。", "全国法治政府建设示范创建")]
    // provincial/chongqing_2026 (数字中国 judged wrong there: mentions-dev-prec27l.tsv).
    [InlineData("数字重庆基本能力总体形成，获批数字中国建设综合试点，“1361”整体构架全面构建，一体化智能化公共数据平台建成投用。", "数字中国建设综合试点")]
    // provincial/fujian_2026 (coded 数字中国建设综合试点 by the development gold; judged wrong bare: mentions-dev-prec27l.tsv).
    [InlineData("深化数字中国建设综合试点，办好第九届数字中国建设峰会，深入实施“数据要素×”和“人工智能+”行动。", "数字中国建设综合试点")]
    public void The_demonstration_campaign_or_pilot_is_reported_whole(string text, string label)
    {
        var found = Outermost(text);
        int start = text.IndexOf(label, StringComparison.Ordinal);
        Assert.Contains(found, m => m.Kind == MentionKind.Lexicon && m.Surface == label);
        // The formula inside the label is no mention of its own.
        Assert.DoesNotContain(found, m => m.Kind == MentionKind.Lexicon && m.Start >= start && m.End <= start + label.Length && m.Surface != label);
    }
}
