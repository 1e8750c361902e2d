// Finds a report's heading tree: numbered headings on their own line (一、 （一） 1.), numbered headings that run into
// their first sentence or stand inside a paragraph (the Zhumadian texts), and unnumbered heading lines (甘肃 2026).
using System.Text.RegularExpressions;

namespace PolicyLens.Text;

/// <summary>
/// Reads the sections of a document's body. A numbered heading is accepted only in sequence (二、 after 一、, （三）
/// after （二） under the same parent), so numbered items inside running text are not taken for headings.
/// </summary>
internal static partial class SectionParser
{
    // A field, not a params array made at every heading.
    private static readonly char[] HeadingEnds = ['：', ':', '。', '；'];

    // A heading line longer than this is a paragraph that starts with a number, unless its first sentence is short.
    private const int MaxHeadingLine = 60;

    // A run-in heading's first sentence is at most this long (（一）壮大实体经济，推动高质量发展。持续把…).
    private const int MaxRunInSentence = 60;

    // The cue that ends a run-in heading is looked for this far into the line (一、2008年政府工作回顾过去的一年，…).
    private const int TailSearch = 40;

    // An unnumbered heading line (“十四五”时期工作回顾) is short and has no punctuation of a sentence.
    private const int MaxUnnumberedHeading = 25;

    // Words a heading ends with; a run-in heading ends after a chain of them (工作总体要求和主要目标).
    private static readonly string[] HeadingTails = ["回顾", "工作", "任务", "目标", "要求", "安排", "建设", "成就", "成绩", "思路", "考虑"];

    // Words that may stand between two tails of one heading (工作的主要任务, 总体要求和奋斗目标).
    private static readonly string[] TailModifiers = ["总体", "主要", "重点", "奋斗", "发展", "工作"];

    private const string TailConnectors = "和及与的、";

    // An unnumbered sub-heading line is one short sentence on a line of its own (广东 2026: 一是联合港澳承办十五运会和残
    // 特奥会。 / 这是经济实力持续提升的五年。; 青海 2026: 生态底色更加亮丽。; 湖北 2026: ——扎实抓好稳增长、防风险、保民生三项
    // 基本任务，高质量发展的底盘持续夯实。), taken only in a chapter with no numbered sub-headings and at least two such lines.
    private const int MaxLineHeading = 40;

    private const int MinLineHeadings = 2;

    // Short one-sentence lines that lead into a list or address the hall are not headings (一年来，主要做了以下工作。,
    // 重点做好十方面工作。, 各位代表！).
    private static readonly string[] NotLineHeadings = ["以下", "方面工作", "各位代表", "我代表"];

    private enum Marker
    {
        Chapter,    // 一、
        Item,       // （一）
        Point,      // 1.
        Unnumbered, // a short heading line
        Line,       // a short one-sentence sub-heading line
    }

    // Classes, not structs: the lists, sorts and searches over them then run the framework's shared code for reference
    // types, which its ReadyToRun images hold; over a struct of ours each generic method was compiled by the JIT at every
    // run (about 100 methods of `analyze`'s 954, issue 14, round 15) and ran as unoptimised tier-0 code for every document.
    private sealed record Candidate(Marker Marker, int Number, int Start, int LineEnd, bool Inline);

    // A candidate accepted as a heading, at its depth (1 for the top level).
    private sealed record Accepted(Candidate C, int Depth);

    internal static IReadOnlyList<Section> Parse(string text, int bodyStart, int? reportYear, bool workReport)
    {
        List<Candidate> candidates = Candidates(text, Math.Clamp(bodyStart, 0, text.Length));
        bool hasChapters = candidates.Any(c => c.Marker == Marker.Chapter);
        var accepted = new List<Accepted>();
        int lastChapter = 0, lastItem = 0, lastPoint = 0;
        bool anyTop = false;
        foreach (Candidate c in candidates)
        {
            switch (c.Marker)
            {
                case Marker.Chapter when c.Number == lastChapter + 1:
                case Marker.Unnumbered when !hasChapters:
                    lastChapter = c.Number;
                    lastItem = 0;
                    lastPoint = 0;
                    anyTop = true;
                    accepted.Add(new Accepted(c, 1));
                    break;
                case Marker.Item when c.Number == lastItem + 1:
                    lastItem = c.Number;
                    lastPoint = 0;
                    accepted.Add(new Accepted(c, anyTop ? 2 : 1));
                    break;
                case Marker.Point when (c.Number == lastPoint + 1 || c.Number == 1) && lastItem > 0:
                    lastPoint = c.Number;
                    accepted.Add(new Accepted(c, anyTop ? 3 : 2));
                    break;
            }
        }

        AcceptLineHeadings(candidates, accepted);
        int end = text.AsSpan().TrimEnd().Length;
        var firstChild = new Dictionary<int, int>();
        var sections = new List<Section>(accepted.Count);
        var mixed = new List<bool>(accepted.Count);
        var parents = new Stack<int>();
        for (int i = 0; i < accepted.Count; i++)
        {
            (Candidate c, int depth) = accepted[i];
            while (parents.Count > 0 && sections[parents.Peek()].Depth >= depth)
            {
                parents.Pop();
            }

            int? parent = parents.Count > 0 ? parents.Peek() : null;
            if (parent is int fp)
            {
                firstChild.TryAdd(fp, c.Start);
            }

            int sectionEnd = end;
            for (int j = i + 1; j < accepted.Count; j++)
            {
                if (accepted[j].Depth <= depth)
                {
                    sectionEnd = accepted[j].C.Start;
                    break;
                }
            }

            (int headingStart, int headingEnd, bool runIn) = HeadingOf(text, c);
            string heading = text[headingStart..headingEnd].Trim().TrimEnd(HeadingEnds);
            (int From, int To)? years = SectionRules.YearsOf(heading, reportYear);
            (SectionKind kind, bool isMixed) = SectionRules.KindOf(heading, years, reportYear);
            bool ownYears = years is not null;
            if (parent is int p)
            {
                Section up = sections[p];
                if (years is null && kind is SectionKind.Other or SectionKind.Tasks && SectionRules.ChildDefault(up.Heading, (up.YearFrom ?? 0, up.YearTo ?? 0)) is var (childKind, cf, ct))
                {
                    kind = childKind;
                    years = (cf, ct);
                }
                else if ((!mixed[p] || kind == SectionKind.Other) && (kind != SectionKind.SelfGovernment || up.Kind == SectionKind.Review))
                {
                    // A review's sub-heading about the government's own work recounts results (重庆 2026: 着力推动政府
                    // 治理提效; 驻马店 2020: 积极加强自身建设，提升政府治理新效能): still a review.
                    kind = up.Kind;
                }

                years ??= up.YearFrom is int f && up.YearTo is int t ? (f, t) : null;
                if (!ownYears && up.Kind == SectionKind.Review && reportYear is int ry && up.YearFrom is int pf && up.YearTo is int pt &&
                    pf < pt && pt == ry - 1 &&
                    SectionRules.LeadInSpeaksOfYear(heading, text[up.HeadingSpan.End..Math.Max(up.HeadingSpan.End, firstChild[p])], ry) == true)
                {
                    // A review over the year and the plan whose lead-in ends 一年来，主要做了以下工作: its sub-headings
                    // recount the year (安徽, 重庆, 黑龙江, 河南, 新疆, 浙江 2026; 驻马店 2011).
                    years = (pt, pt);
                }
            }

            sections.Add(new Section
            {
                Id = i,
                ParentId = parent,
                Depth = depth,
                Heading = heading,
                HeadingSpan = new TextSpan(c.Start, headingEnd),
                Span = new TextSpan(c.Start, Math.Max(sectionEnd, headingEnd)),
                Kind = kind,
                YearFrom = years?.From,
                YearTo = years?.To,
                RunIn = runIn,
            });
            mixed.Add(isMixed);
            parents.Push(i);
        }

        return workReport ? ByPosition(text, sections, reportYear) : Defaulted(text, sections, reportYear);
    }

    // Top-level sections whose heading names no kind take it from their place in a work report, which runs review →
    // goals → tasks (福建 2026: 一张蓝图绘到底，奋力谱写中国式现代化福建篇章 stands between the review and the tasks).
    private static List<Section> ByPosition(string text, List<Section> sections, int? reportYear)
    {
        var top = sections.Where(s => s.Depth == 1).ToList();
        for (int i = 0; i < top.Count; i++)
        {
            if (top[i].Kind != SectionKind.Other)
            {
                continue;
            }

            bool tasksLater = top.Skip(i + 1).Any(s => s.Kind == SectionKind.Tasks);
            SectionKind kind = i == 0 ? SectionKind.Review : tasksLater ? SectionKind.Goals : SectionKind.Tasks;
            (int, int)? years = top[i].YearFrom is int f && top[i].YearTo is int t ? (f, t) : null;
            if (years is null && kind == SectionKind.Goals)
            {
                // Such a goals section names its plan in its first sentences (“十五五”时期是…).
                int from = top[i].HeadingSpan.End;
                string opening = text[from..Math.Min(top[i].Span.End, from + 200)];
                int? plan = FiveYearPlan.Named(opening).Where(p => reportYear is null || FiveYearPlan.EndYear(p) >= reportYear).Select(p => (int?)p).FirstOrDefault();
                years = plan is int o ? (FiveYearPlan.StartYear(o), FiveYearPlan.EndYear(o)) : null;
            }

            Section updated = top[i] with { Kind = kind, YearFrom = years?.Item1, YearTo = years?.Item2 };
            top[i] = updated;
            sections[updated.Id] = updated;
            for (int c = updated.Id + 1; c < sections.Count && sections[c].Depth > 1; c++)
            {
                Section child = sections[c];
                bool ownYears = SectionRules.YearsOf(child.Heading, reportYear) is not null;
                sections[c] = child with
                {
                    Kind = child.Kind == SectionKind.Other ? kind : child.Kind,
                    YearFrom = ownYears ? child.YearFrom : years?.Item1,
                    YearTo = ownYears ? child.YearTo : years?.Item2,
                };
            }
        }

        return Defaulted(text, sections, reportYear);
    }

    // Where no heading up the tree names a year, the report's year decides (a review speaks of the year before; a
    // top-level review that looks back over five years covers the plan, 福建 2026).
    private static List<Section> Defaulted(string text, List<Section> sections, int? reportYear)
    {
        for (int i = 0; i < sections.Count; i++)
        {
            Section s = sections[i];
            if (s.YearFrom is null && s.Depth == 1 && s.Kind == SectionKind.Review && reportYear is int r &&
                SectionRules.LooksBackOverPlan(text[s.Span.Start..s.Span.End]))
            {
                sections[i] = s with { YearFrom = r - 5, YearTo = r - 1 };
            }
            else if (s.YearFrom is null && SectionRules.DefaultYears(s.Kind, reportYear) is (int from, int to))
            {
                sections[i] = s with { YearFrom = from, YearTo = to };
            }
        }

        return sections;
    }

    private static List<Candidate> Candidates(string text, int bodyStart)
    {
        var candidates = new List<Candidate>();
        int start = bodyStart;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int lineEnd = nl < 0 ? text.Length : nl;
            int s = start, e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                ReadOnlySpan<char> line = text.AsSpan(s, e - s);
                if (Numbered(line) is (Marker marker, int number, _))
                {
                    candidates.Add(new Candidate(marker, number, s, e, false));
                }
                else if (line.Length <= MaxUnnumberedHeading && !Glyphs.EndsSentence(line) && line.IndexOfAny('，', ',') < 0 &&
                         Glyphs.CountHan(line) >= 4 && !LineShape.IsParenthetical(line))
                {
                    candidates.Add(new Candidate(Marker.Unnumbered, 0, s, e, false));
                }
                else if (IsLineHeading(line))
                {
                    candidates.Add(new Candidate(Marker.Line, 0, s, e, false));
                }

                // （二） inside a paragraph, after the sentence before it (驻马店 2025: …工作：（一）聚焦转型升级…。（二）…).
                // The line is searched in place (the pattern has no anchor and no lookaround, so the range reads as the line
                // alone did); a copy of every line was 2.7 of analyze's 268 MB on gwr + cpc-congress (issue 14, round 16).
                for (Match m = InlineItemPattern().Match(text, s, e - s); m.Success; m = m.NextMatch())
                {
                    if (m.Index > s && ChineseNumber.ParseWhole(m.Groups["n"].ValueSpan) is int n)
                    {
                        candidates.Add(new Candidate(Marker.Item, n, m.Index + 1, e, true));
                    }
                }
            }

            start = lineEnd + 1;
        }

        return candidates;
    }

    private static bool IsLineHeading(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxLineHeading || line[^1] != '。' || IndexOfSentenceEnd(line) != line.Length - 1 ||
            line.IndexOfAny('：', ':') >= 0 || Glyphs.CountHan(line) < 4)
        {
            return false;
        }

        foreach (string cue in NotLineHeadings)
        {
            if (line.Contains(cue, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Short one-sentence lines become sub-headings of a chapter that has no numbered ones, when there are at least two.
    private static void AcceptLineHeadings(List<Candidate> candidates, List<Accepted> accepted)
    {
        // Loops, not LINQ: the same order and the same result, without a generic instantiation for the JIT to compile.
        var tops = new List<int>();
        foreach (Accepted a in accepted)
        {
            if (a.Depth == 1)
            {
                tops.Add(a.C.Start);
            }
        }

        var added = new List<Accepted>();
        var lines = new List<Candidate>();
        for (int i = 0; i < tops.Count; i++)
        {
            int from = tops[i], to = i + 1 < tops.Count ? tops[i + 1] : int.MaxValue;
            if (HasSubheading(accepted, from, to))
            {
                continue;
            }

            lines.Clear();
            foreach (Candidate c in candidates)
            {
                if (c.Marker == Marker.Line && c.Start > from && c.Start < to)
                {
                    lines.Add(c);
                }
            }

            if (lines.Count >= MinLineHeadings)
            {
                foreach (Candidate c in lines)
                {
                    added.Add(new Accepted(c, 2));
                }
            }
        }

        if (added.Count > 0)
        {
            accepted.AddRange(added);
            accepted.Sort((a, b) => a.C.Start.CompareTo(b.C.Start));
        }
    }

    // True when a heading below the top level starts strictly between from and to.
    private static bool HasSubheading(List<Accepted> accepted, int from, int to)
    {
        foreach (Accepted a in accepted)
        {
            if (a.Depth > 1 && a.C.Start > from && a.C.Start < to)
            {
                return true;
            }
        }

        return false;
    }

    private static (Marker, int, int)? Numbered(ReadOnlySpan<char> line)
    {
        string head = line[..Math.Min(line.Length, 8)].ToString();
        Match m = ChapterPattern().Match(head);
        if (m.Success)
        {
            return (Marker.Chapter, ChineseNumber.ParseWhole(m.Groups["n"].ValueSpan) ?? 0, m.Length);
        }

        m = ItemPattern().Match(head);
        if (m.Success)
        {
            return (Marker.Item, ChineseNumber.ParseWhole(m.Groups["n"].ValueSpan) ?? 0, m.Length);
        }

        m = PointPattern().Match(head);
        if (m.Success)
        {
            // A numbered point is a heading only when its first sentence is short; otherwise it is a list item.
            int stop = line.IndexOfAny("。！？；");
            if (stop < 0 ? line.Length <= MaxHeadingLine / 2 : stop <= MaxHeadingLine / 2)
            {
                return (Marker.Point, ChineseNumber.ParseWhole(m.Groups["n"].ValueSpan) ?? 0, m.Length); // \d also matches full-width digits (７)
            }
        }

        return null;
    }

    // Where a heading's text is: the line after its number, its first sentence when it runs into the text, or — for a
    // run-in chapter heading with no punctuation of its own — up to the chain of heading words it ends with.
    private static (int Start, int End, bool RunIn) HeadingOf(string text, Candidate c)
    {
        int from = c.Start;
        if (c.Marker is not (Marker.Unnumbered or Marker.Line))
        {
            ReadOnlySpan<char> line = text.AsSpan(c.Start, c.LineEnd - c.Start);
            Match m = c.Marker switch
            {
                Marker.Chapter => ChapterPattern().Match(line.ToString()),
                Marker.Item => ItemPattern().Match(line.ToString()),
                _ => PointPattern().Match(line.ToString()),
            };
            from += m.Length;
        }

        ReadOnlySpan<char> rest = text.AsSpan(from, c.LineEnd - from);
        int stop = IndexOfSentenceEnd(rest);
        bool chapter = c.Marker is Marker.Chapter or Marker.Unnumbered;

        // A chapter line that ends in a colon runs into its text (三、2024年重点工作安排围绕今年发展目标，重点抓好以下工作：).
        bool leadsIn = chapter && rest.Length > 0 && rest[^1] is '：' or ':';
        if (stop < 0 && rest.Length <= MaxHeadingLine && !leadsIn)
        {
            return (from, c.LineEnd, false);
        }

        int commaStop = rest.IndexOfAny('，', ',');
        if (chapter && TailEnd(rest) is int tail && tail < rest.Length)
        {
            return (from, from + tail, true);
        }

        if (stop >= 0 && stop <= MaxRunInSentence)
        {
            int after = stop + 1;
            while (after < rest.Length && Glyphs.ClosesQuote(rest[after]))
            {
                after++;
            }

            return (from, from + stop, after < rest.Length);
        }

        if (TailEnd(rest) is int t)
        {
            return (from, from + t, true);
        }

        int comma = commaStop >= 0 && commaStop <= TailSearch ? commaStop : Math.Min(rest.Length, TailSearch);
        return (from, from + comma, true);
    }

    private static int IndexOfSentenceEnd(ReadOnlySpan<char> rest)
    {
        for (int i = 0; i < rest.Length; i++)
        {
            if (Glyphs.EndsSentence(rest[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // The end of the first chain of heading words within the first TailSearch characters (2025年工作总体要求和主要目标).
    private static int? TailEnd(ReadOnlySpan<char> rest)
    {
        int limit = Math.Min(rest.Length, TailSearch);
        for (int i = 0; i < limit; i++)
        {
            int len = TailAt(rest, i);
            if (len == 0)
            {
                continue;
            }

            int end = i + len;
            while (true)
            {
                int p = end;
                if (p < rest.Length && TailConnectors.Contains(rest[p]))
                {
                    p++;
                }

                foreach (string modifier in TailModifiers)
                {
                    if (rest[p..].StartsWith(modifier))
                    {
                        p += modifier.Length;
                        break;
                    }
                }

                int next = p < rest.Length ? TailAt(rest, p) : 0;
                if (next == 0)
                {
                    break;
                }

                end = p + next;
            }

            return end;
        }

        return null;
    }

    private static int TailAt(ReadOnlySpan<char> text, int at)
    {
        foreach (string tail in HeadingTails)
        {
            if (text[at..].StartsWith(tail))
            {
                return tail.Length;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})、")]
    private static partial Regex ChapterPattern();

    [GeneratedRegex(@"^[（(](?<n>[一二三四五六七八九十]{1,3})[）)]")]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"^(?<n>\d{1,2})[.．、](?!\d)")]
    private static partial Regex PointPattern();

    [GeneratedRegex(@"[。：；！](?<item>[（(](?<n>[一二三四五六七八九十]{1,3})[）)])")]
    private static partial Regex InlineItemPattern();
}
