// Round 60 (issue 13, branch quoted60): two frames of report language around a quoted label that say the label names no policy,
// read from the words around the marks, never from the label itself.
// - A ranking: the quoted words are the name of a league table a place entered, with a verb of ranking right before the opening
//   mark (跻身, 名列, 位列, 位居, 稳居, 跃居) and its rank right after the closing one (前三名, 第23位): 城区经济发展质量连续三年跻身
//   “赛迪中国百强区”前三名 (futian-gwr-2023), 城区经济高质量发展名列“赛迪中国百强区”第23位 (longhua-gwr-2024). A ranking drawn up
//   by a firm or a magazine is a prize-like listing, which the codebook does not code (the judge of unseen26l read it wrong as an
//   item; no readable gold codes it). Over every readable text (gwr, cpc-congress, central, the development reports, the opened
//   unseen sets) the frame stands around a quoted label in these two places only, both reported before this round.
// - The context a repeat stands in (RefusedByItsContext): the repeat stage (RepeatMentionFinder) reports a quoted label again
//   wherever the document writes it, overriding the quoted finder's refusals of a label's shape, which the label's first mention
//   settled; but a refusal read from the words around the marks says what the label is at that place (an opponent's words the
//   text rebuts, a predicament, the figure of a simile, a stance, a ranking), whatever its first mention was: 「政治设计院」、
//   「平反委员会」、「党天下」、「各党派轮流执政」等等谬论 (gwr 1957) was reported as a repeat of 「各党派轮流执政」的办法, where the
//   quoted finder itself refuses the run as opponents' words.
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // Verbs that place a unit in a league table, written right before the table's name.
    private static readonly string[] RankingVerbs = ["跻身", "名列", "位列", "位居", "稳居", "跃居"];

    // A rank right after the table's name: 前三名, 前10位, 第23位, 第一名.
    [System.Text.RegularExpressions.GeneratedRegex("^(?:前|第)[0-9０-９一二两三四五六七八九十百]+(?:名|位)")]
    private static partial System.Text.RegularExpressions.Regex RankAfter();

    /// <summary>
    /// Whether the quoted words between the marks at <paramref name="open"/> and <paramref name="close"/> are the name of a
    /// league table: a verb of ranking (RankingVerbs) right before the opening mark and a rank (前三名, 第23位) right after the
    /// closing one.
    /// </summary>
    internal static bool NamesARanking(string text, int open, int close) =>
        Affixes.EndsWithAny(text.AsSpan(0, open), RankingVerbs)
        && close + 1 < text.Length && RankAfter().IsMatch(text.AsSpan(close + 1, Math.Min(8, text.Length - close - 1)));

    /// <summary>
    /// Whether the words around a label written between <paramref name="open"/> and <paramref name="close"/> (its marks, or its
    /// first and last characters where it stands unquoted) make it something other than a formula at that place, by the quoted
    /// finder's tests of context: an opponent's words the text rebuts, a practice it opposes, a predicament, the figure of a
    /// simile, a stance, a ranking.
    /// </summary>
    internal static bool RefusedByItsContext(string text, int open, int close) =>
        QuotesOpponentsWords(text, open, close) || NamesAnOpposedPractice(text, open) || DescribesAPredicament(text, close)
        || IsTheFigureOfASimile(text, open, close) || QuotedFinder.NamesAnAttitude(text, close) || NamesARanking(text, open, close);
}
