// What a report's section is about, read from its heading: the cue words and the years a heading names. Rules are data
// here, each list with the headings that motivated it (development reports: provincial 2026, Guangdong 2021–2024,
// Zhumadian 2007–2026, and the national reports).
using System.Text.RegularExpressions;

namespace PolicyLens.Text;

/// <summary>The kind and the years of a section, from its heading and the report's year.</summary>
internal static partial class SectionRules
{
    // 加强政府自身建设; 全面提升政府治理效能 (吉林); 努力建设人民满意的服务型政府 (福建); 法治型服务型政府 (湖北).
    private static readonly string[] SelfGovernmentCues = ["自身建设", "政府治理", "服务型政府", "满意的政府", "法治政府", "政府建设", "转作风", "廉政建设"];

    // 2025年重点工作, 2026年工作安排, 2009年主要工作任务, 关于2026年工作 (湖南), 开好局、起好步 (福建: the plan's first year).
    private static readonly string[] TaskCues = ["重点工作", "工作安排", "主要任务", "工作任务", "重点任务", "任务", "主要工作", "开好局", "起好步"];

    // A heading that says only 工作 is about tasks when it says nothing else (关于2026年工作); 工作回顾 is a review.
    private const string WorkCue = "工作";

    // Tasks for the year, even beside a plan's goals (“十五五”时期目标任务和2026年工作安排).
    private static readonly string[] YearTaskCues = ["重点工作", "工作安排"];

    // 总体要求, 主要目标, 奋斗目标, 目标任务, “十五五”…的主要考虑 (湖北, 四川), 总体思路 (驻马店2011), 重大举措, 战略举措.
    private static readonly string[] GoalCues = ["总体要求", "目标", "主要考虑", "思路", "举措", "远景"];

    // 工作回顾, 发展成就, 主要成绩; 取得新进展新成效 (福建).
    private static readonly string[] ReviewCues = ["回顾", "成就", "成绩", "成效", "进展"];

    // Headings that say the plan's first year is meant, not the whole plan (全力推动“十五五”开好局、起好步).
    private static readonly string[] FirstYearCues = ["开好局", "起好步", "开局"];

    private static readonly string[] ClosingCues = ["结束语", "结语"];

    /// <summary>The cue-word kinds a heading names (several for 2025年工作回顾和“十五五”主要目标).</summary>
    internal static (SectionKind Kind, bool Mixed) KindOf(string heading, (int From, int To)? years, int? reportYear)
    {
        if (Any(heading, SelfGovernmentCues))
        {
            return (SectionKind.SelfGovernment, false);
        }

        if (Any(heading, ClosingCues))
        {
            return (SectionKind.Closing, false);
        }

        bool review = Any(heading, ReviewCues);
        bool goals = Any(heading, GoalCues);
        bool tasks = Any(heading, TaskCues) || (!review && !goals && heading.Contains(WorkCue, StringComparison.Ordinal));
        bool mixed = (review ? 1 : 0) + (goals ? 1 : 0) + (tasks ? 1 : 0) > 1;

        // A heading whose every year is past speaks of results, whatever its words (2007年政府的工作, 2020年主要工作).
        if (years is { } y && reportYear is int r && y.To < r)
        {
            return (SectionKind.Review, false);
        }

        bool multiYear = years is { } span && span.To > span.From && (reportYear is null || span.To >= reportYear);
        if (tasks && Any(heading, FirstYearCues))
        {
            return (SectionKind.Tasks, mixed);
        }

        if (multiYear && (goals || tasks) && !Any(heading, YearTaskCues))
        {
            return (SectionKind.Goals, mixed);
        }

        if (tasks)
        {
            return (SectionKind.Tasks, mixed);
        }

        if (goals)
        {
            return (SectionKind.Goals, mixed);
        }

        return review ? (SectionKind.Review, false) : (SectionKind.Other, false);
    }

    /// <summary>
    /// The years a heading names: written years (2025年), plans (“十四五”时期 → 2021–2025), and years relative to the
    /// report (过去五年, 今后五年, 过去一年, 今年); null when it names none.
    /// </summary>
    internal static (int From, int To)? YearsOf(string heading, int? reportYear)
    {
        int from = int.MaxValue, to = int.MinValue;
        void Take(int a, int b)
        {
            from = Math.Min(from, a);
            to = Math.Max(to, b);
        }

        foreach (Match m in YearPattern().Matches(heading))
        {
            int y = int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            Take(y, y);
        }

        bool firstYear = Any(heading, FirstYearCues);
        foreach (int plan in FiveYearPlan.Named(heading))
        {
            int start = FiveYearPlan.StartYear(plan);
            Take(start, firstYear ? start : FiveYearPlan.EndYear(plan));
        }

        if (reportYear is int r)
        {
            foreach (Match m in RelativePattern().Matches(heading))
            {
                int n = m.Groups["n"].Success ? ChineseNumber.ParseWhole(m.Groups["n"].ValueSpan) ?? 1 : 1;
                switch (m.Groups["w"].Value)
                {
                    case "过去" or "前":
                        Take(r - n, r - 1);
                        break;
                    case "今后" or "未来":
                        Take(r, r + n - 1);
                        break;
                    case "去年":
                        Take(r - 1, r - 1);
                        break;
                    default:
                        Take(r, r);
                        break;
                }
            }
        }

        return from == int.MaxValue ? null : (from, to);
    }

    /// <summary>The years a section speaks about when its heading names none: the year before the report for a review, the report's year otherwise.</summary>
    internal static (int From, int To)? DefaultYears(SectionKind kind, int? reportYear) => reportYear is int r
        ? kind == SectionKind.Review ? (r - 1, r - 1) : (r, r)
        : null;

    private static bool Any(string text, string[] cues)
    {
        foreach (string cue in cues)
        {
            if (text.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d\d)年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<w>过去|今后|未来|前)(?:的)?(?<n>[一二三四五六七八九十两])年|(?<w>去年|今年|过去一年|过去的一年)")]
    private static partial Regex RelativePattern();
}
