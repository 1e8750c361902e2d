// Round 54 (issue 13, branch saying54): quoted sayings that only describe a state, which name no policy, mechanism or goal
// the report adopts (the codebook's decision on quoted sayings). Two frames of report language, read from the words around
// the marks, never from the saying itself:
// - a predicament: the quoted words right before a noun of a trap or an impasse, with or without 的 (尚未跳出“一直在整治、始终
//   未根治”的困局, longgang-gwr-2025; 摆脱了“一方水土难养一方人”的困境, gwr 2021; 解决“一人住院、全家受累”痛点,
//   longgang-gwr-2025). The unseen26j coders list these as sayings and problems that only describe. Not 现象, 局面, 问题 or
//   短板: what they follow is often a problem the golds code (“看病难、看病贵”, “三期叠加”, “卡脖子”). Not 恶性循环 either:
//   防止出现“数字出官、官出数字”的恶性循环 (cpc-seminar-speech-2026) is the one readable place, and the judges disagree on it
//   (unseen26b's coders and two blind judges: no policy; the development judge of round 36, mentions-dev-quoted36.tsv: right),
//   which round 43 left to the lead (NotAFormulaRound43Tests).
// - a simile: the quoted words between a word of likeness and 一样, 那样 or 一般 (让企业办事像“一键导航”一样高效便捷,
//   shenzhen-gwr-2024): a figure of speech for how something should feel, listed by the unseen26j coders as a saying.
// Over every readable text (gwr, cpc-congress, central, the development reports, the opened unseen sets) the predicament frame
// stands after a reported quoted label in the 3 places above (中等收入陷阱 holds its noun inside the marks) and the simile
// frame in 1; every one of them is a saying no gold codes. Labels the lexicon lists are not asked (the caller asks).
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // Nouns of a trap or an impasse a state is described as (the report wants it escaped, prevented or solved).
    private static readonly string[] PredicamentNouns = ["困局", "怪圈", "困境", "窘境", "陷阱", "痛点"];

    // Words of likeness before the opening mark, and the words that close the simile after the closing one.
    private static readonly string[] LikenessBefore = ["像", "犹如", "宛如", "如同", "好比"];

    private static readonly string[] LikenessAfter = ["一样", "那样", "一般"];

    /// <summary>
    /// Whether the quoted words closing at <paramref name="close"/> describe a predicament: a noun of a trap or an impasse
    /// (PredicamentNouns) right after the closing mark, or after 的 there (“一直在整治、始终未根治”的困局).
    /// </summary>
    internal static bool DescribesAPredicament(string text, int close)
    {
        int at = close + 1;
        if (at < text.Length && text[at] == '的')
        {
            at++;
        }

        return PredicamentNouns.Any(n => string.CompareOrdinal(text, at, n, 0, n.Length) == 0);
    }

    /// <summary>
    /// Whether the quoted words between <paramref name="open"/> and <paramref name="close"/> are the figure of a simile: a word of
    /// likeness right before the opening mark and 一样, 那样 or 一般 right after the closing one (像“一键导航”一样).
    /// </summary>
    internal static bool IsTheFigureOfASimile(string text, int open, int close) =>
        LikenessBefore.Any(w => open >= w.Length && string.CompareOrdinal(text, open - w.Length, w, 0, w.Length) == 0)
        && LikenessAfter.Any(w => string.CompareOrdinal(text, close + 1, w, 0, w.Length) == 0);
}
