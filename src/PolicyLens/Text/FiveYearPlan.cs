// The years of a five-year plan (“十四五” → 2021–2025): the Text stage needs them for section years, the Extraction
// stage's PlanPeriod for horizons; both read them here.
using System.Text.RegularExpressions;

namespace PolicyLens.Text;

/// <summary>Five-year plans by ordinal: their years, and the plan names a heading or sentence writes.</summary>
internal static partial class FiveYearPlan
{
    /// <summary>The first year of plan <paramref name="ordinal"/>. The 2nd plan ended in 1962 and the 3rd began in 1966 (1963–65 was a readjustment).</summary>
    internal static int StartYear(int ordinal) => ordinal switch
    {
        <= 1 => 1953,
        2 => 1958,
        _ => 1966 + (5 * (ordinal - 3)),
    };

    /// <summary>The last year of plan <paramref name="ordinal"/>.</summary>
    internal static int EndYear(int ordinal) => StartYear(ordinal) + 4;

    /// <summary>
    /// The plans a short text names as labels: quoted (<c>“十四五”</c>), or followed by 时期/规划/期间/末/初 (<c>十五五时期</c>),
    /// or written long (<c>第十四个五年规划</c>). A bare 十五 is not read as a plan (十五个, 第十五届).
    /// </summary>
    internal static IEnumerable<int> Named(string text)
    {
        foreach (Match m in PlanPattern().Matches(text))
        {
            if (ChineseNumber.ParseWhole(m.Groups["n"].ValueSpan) is int n and >= 1 and <= 30)
            {
                yield return n;
            }
        }
    }

    [GeneratedRegex(@"[“""‘](?<n>[一二三四五六七八九十]{1,3})五[”""’]|(?<n>[一二三四五六七八九十]{1,3})五(?=时期|规划|期间|末|初|开局|开好局|收官)|第(?<n>[一二三四五六七八九十]{1,3})个五年(?:规划|计划)")]
    private static partial Regex PlanPattern();
}
