// Round 80 (issue 13, branch quotedmiss80): the goal of leaving the bottom of a national league table, quoted as a label
// (空气质量“退后十”成果得到巩固, 巩固“退后十”成果; 退出全国重点城市空气质量“后十”, 历史性首次退出“后二十”), is a formula of the
// report, where a bare rank (前三, 后十) written in quotes is a count phrase (QuotedFinder.IsCountPhrase) that names nothing: the
// label is the task the province sets its cities (Hebei's 退后十 since 2021), read right either way it is written: 退 inside the
// marks, or 退出 right before them. Over every readable text the count-phrase test refused ten such labels (hebei-gwr-2022 …
// 2025, baoding-gwr-2025 and 2026, hebei_2026): the golds of those texts code eight of the nine gold places (the ninth, 退出…“后十”
// in hebei-gwr-2022, is the words hebei-gwr-2023's gold codes), the tenth place is in a report no gold covers.
namespace PolicyLens.Extraction.Slogans;

internal static partial class QuotedLabelShape
{
    // 退后十, 退后二十 (the exit inside the marks) or 后十, 后二十 (the rank alone).
    [System.Text.RegularExpressions.GeneratedRegex("^(退)?后[一二三四五六七八九十]+$")]
    private static partial System.Text.RegularExpressions.Regex BottomRank();

    // How far before the opening mark 退出 may stand when the marks hold the rank alone (退出全国重点城市空气质量“后十”: 12).
    private const int ExitReach = 14;

    /// <summary>
    /// Whether the quoted words between <paramref name="open"/> and its closing mark are the goal of leaving the bottom of a
    /// league table: 退后N in the marks, or 后N with 退出 written within ExitReach characters before the opening mark (and no
    /// sentence punctuation between).
    /// </summary>
    internal static bool IsBottomRankExit(string text, int open, string content)
    {
        System.Text.RegularExpressions.Match match = BottomRank().Match(content);
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups[1].Success)
        {
            return true;
        }

        int from = Math.Max(0, open - ExitReach);
        ReadOnlySpan<char> before = text.AsSpan(from, open - from);
        int exit = before.LastIndexOf("退出", StringComparison.Ordinal);
        return exit >= 0 && before[exit..].IndexOfAny("。；，！？\n") < 0;
    }
}
