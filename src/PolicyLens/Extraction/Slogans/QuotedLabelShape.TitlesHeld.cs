// Two first places or two titles held, in quotation marks (round 70, quoted70): 地区生产总值连续3年实现全国城市“双第一”, 群众
// 满意度连续4年实现全省“双第一” (shenzhen-gwr-2025), 书记校长“双院士”大学 (nanshan-gwr-2024). A record of ranks or of the titles
// two people hold, the codebook's count phrase: it names no policy, mechanism or goal. The blind judges of unseen26j and unseen26k
// read all three wrong as items; no readable gold codes them, and over every readable text 双 with a rank or a title stands quoted
// at these three places only. Not 双一流 (world-class universities and disciplines, a programme the lexicon lists) nor 冠军摇篮
// (baoding-gwr-2022: not 双 and a rank).

namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // 双 and a rank or a title held: 第一, 第一名, 院士, 冠军.
    [System.Text.RegularExpressions.GeneratedRegex("^双(?:第一名?|院士|冠军)$")]
    private static partial System.Text.RegularExpressions.Regex PairOfRanksOrTitles();

    /// <summary>Whether the quoted <paramref name="content"/> is two first places or two titles held (“双第一”, “双院士”).</summary>
    internal static bool CountsRanksOrTitles(string content) => PairOfRanksOrTitles().IsMatch(content);
}
