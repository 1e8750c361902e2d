// Reads a report's top-level headings (一、…) when no structure stage has given its sections.
using PolicyLens.Extraction.Numbers;

namespace PolicyLens.Extraction.Targets;

/// <summary>
/// The top-level sections of a report, read from its <c>一、</c> <c>二、</c> headings, including headings run into their first
/// sentence (Zhumadian: <c>三、2025年重点工作围绕实现今年发展目标，…</c>). Used by <see cref="TargetExtractor"/> for text given as a
/// string; a <see cref="Text.Document"/> read by the Text stage carries its own sections.
/// </summary>
internal static class SectionOutline
{
    /// <summary>How much of a run-in heading line is read for its kind and years: the longest heading in the development reports
    /// (hebei 2026 <c>二、“十五五”时期的主要目标任务</c>, zhumadian 2010 <c>二、2010年政府工作总体要求和奋斗目标</c>) fits.</summary>
    private const int HeadingReach = 24;

    /// <summary>Heading words, in the order they are tried (a review heading may also say 目标: <c>目标任务完成情况回顾</c>).</summary>
    private static readonly (string[] Words, SectionRole Role)[] RoleWords =
    [
        (["回顾", "过去一年", "过去五年", "工作总结"], SectionRole.Review),
        (["自身建设", "政府建设"], SectionRole.SelfGovernment),
        (["目标", "总体要求", "政策取向", "总体部署", "主要任务和目标"], SectionRole.Goals),
        (["工作任务", "重点工作", "工作安排", "主要任务", "主要工作", "工作部署", "工作重点", "任务"], SectionRole.Tasks),
    ];

    /// <summary>The sections of <paramref name="text"/>; empty when it has no top-level headings.</summary>
    public static IReadOnlyList<TargetSection> Read(string text, int? year)
    {
        var headings = new List<(int Start, SectionRole Role, Horizon? Years)>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            int s = lineStart;
            while (s < lineEnd && text[s] is ' ' or '\u3000' or '\t')
            {
                s++;
            }

            if (IsTopLevelHeading(text, s, lineEnd, out int titleStart))
            {
                string title = TitleOf(text[titleStart..Math.Min(lineEnd, titleStart + HeadingReach)]);
                SectionRole role = RoleOf(title);
                headings.Add((s, role, YearsOf(title, role, year)));
            }

            lineStart = lineEnd + 1;
        }

        var sections = new List<TargetSection>(headings.Count);
        for (int i = 0; i < headings.Count; i++)
        {
            int end = i + 1 < headings.Count ? headings[i + 1].Start : text.Length;
            sections.Add(new TargetSection(headings[i].Start, end, headings[i].Role, headings[i].Years));
        }

        return sections;
    }

    private static bool IsTopLevelHeading(string text, int start, int lineEnd, out int titleStart)
    {
        titleStart = start;
        int i = start;
        while (i < lineEnd && i - start < 3 && text[i] is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十')
        {
            i++;
        }

        if (i == start || i >= lineEnd || text[i] is not ('、' or '．' or '.'))
        {
            return false;
        }

        titleStart = i + 1;
        return true;
    }

    /// <summary>
    /// A heading's own words: up to the end of its last role word when it runs into its first sentence
    /// (<c>2025年工作总体要求和主要目标今年是“十四五”…</c> → <c>2025年工作总体要求和主要目标</c>), else up to its first punctuation.
    /// </summary>
    private static string TitleOf(string line)
    {
        int end = -1;
        foreach ((string[] words, _) in RoleWords)
        {
            foreach (string word in words)
            {
                int at = line.LastIndexOf(word, StringComparison.Ordinal);
                end = at >= 0 ? Math.Max(end, at + word.Length) : end;
            }
        }

        if (end < 0)
        {
            end = line.IndexOfAny(['，', '。', '：', '；', '！']);
        }

        return end < 0 ? line : line[..end];
    }

    private static SectionRole RoleOf(string title)
    {
        foreach ((string[] words, SectionRole role) in RoleWords)
        {
            foreach (string word in words)
            {
                if (title.Contains(word, StringComparison.Ordinal))
                {
                    return role;
                }
            }
        }

        return SectionRole.Other;
    }

    /// <summary>
    /// The years a heading names (<c>2025年</c>, <c>“十四五”时期和2025年</c> → 2021–2025, <c>今后五年</c>), else those its role
    /// implies: the year before the report's for a review, the report's year for goals and tasks.
    /// </summary>
    private static Horizon? YearsOf(string title, SectionRole role, int? year)
    {
        int? from = null;
        int? to = null;
        foreach ((PlanPeriod plan, _, _) in PlanPeriod.Find(title))
        {
            (from, to) = (Math.Min(from ?? plan.StartYear, plan.StartYear), Math.Max(to ?? plan.EndYear, plan.EndYear));
        }

        foreach (Quantity q in QuantityScanner.Scan(title))
        {
            if (q.Kind == QuantityKind.Year)
            {
                (from, to) = (Math.Min(from ?? (int)q.Value, (int)q.Value), Math.Max(to ?? (int)(q.Max ?? q.Value), (int)(q.Max ?? q.Value)));
            }
        }

        if (from is int f && to is int t)
        {
            return new Horizon(f, t);
        }

        if (year is not int y)
        {
            return null;
        }

        if (title.Contains("五年", StringComparison.Ordinal))
        {
            return role == SectionRole.Review ? new Horizon(y - 5, y - 1) : new Horizon(y, y + 4);
        }

        return role switch
        {
            SectionRole.Review => Horizon.Year(y - 1),
            SectionRole.Goals or SectionRole.Tasks => Horizon.Year(y),
            _ => null,
        };
    }
}
