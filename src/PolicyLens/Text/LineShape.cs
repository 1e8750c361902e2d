// Recognises the kinds of short line that give a page its structure: headings, datelines, bylines, name lines.
using System.Text.RegularExpressions;

namespace PolicyLens.Text;

/// <summary>
/// Questions about one line of normalised text (full-width digits already folded): is it a numbered heading, a date
/// line, a parenthetical line, a news byline, a speaker's name line. Line repair and page splitting both use them.
/// </summary>
internal static partial class LineShape
{
    // Speaker titles that may stand before a name on the name line (国务院总理李克强, 河南省人民政府省长 王凯, 自治区主席
    // 艾尔肯·吐尼亚孜); an acting title (代省长, 代理主席) ends in one of these, so the name is what follows it.
    private static readonly string[] Roles =
    [
        "中共中央总书记", "国务院副总理", "国务院总理", "国家主席", "总书记", "委员长", "省委书记", "市委书记", "县委书记",
        "书记", "省长", "市长", "县长", "区长", "州长", "盟长", "旗长", "总理", "主席", "主任",
    ];

    // What may stand before a role on a name line: an organ or a place (省人民政府, 北京市, 自治区, 国务院) and an acting
    // or deputy mark (代, 代理, 副).
    private static readonly string[] RolePrefixEnds = ["人民政府", "政府", "国务院", "自治区", "省", "市", "区", "县", "州", "盟", "旗", "代", "代理", "副", "中共中央"];

    private const int MaxNameLine = 30;

    // A name of the Han majority is two to four characters; a name written with · (艾尔肯·吐尼亚孜) may be longer.
    private const int MaxHanName = 4;
    private const int MaxDottedName = 15;

    /// <summary>一、 （一） (一) 第一， 1. 1、 — a numbered heading or list item.</summary>
    internal static bool IsEnumerated(ReadOnlySpan<char> line) => EnumeratedPattern().IsMatch(line);

    /// <summary>Markdown structure: a heading, list item, quote, table row or code fence.</summary>
    internal static bool IsMarkup(ReadOnlySpan<char> line) =>
        line.StartsWith("#") || line.StartsWith("|") || line.StartsWith("- ") || line.StartsWith("* ") || line.StartsWith("> ") ||
        line.StartsWith("```");

    /// <summary>A line wholly in brackets: (2020年1月10日), (市十五届人大七次会议通过).</summary>
    internal static bool IsParenthetical(ReadOnlySpan<char> line) =>
        line.Length >= 3 && line[0] is '(' or '（' && line[^1] is ')' or '）' && line.Length <= 80;

    /// <summary>A news item's opening: 本报讯, 本报记者, 新华社.</summary>
    internal static bool IsByline(ReadOnlySpan<char> line) =>
        line.StartsWith("本报讯") || line.StartsWith("本报记者") || line.StartsWith("新华社") || line.StartsWith("据新华社");

    /// <summary>
    /// A date line under a title: <c>(2020年1月10日)</c>, <c>——2017年3月5日在第十二届…会议上</c>,
    /// <c>1957年6月26日在第一届…会議上</c>, <c>（二〇一七年十月十八日）</c>.
    /// </summary>
    internal static bool TryParseDateLine(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        if (line.Length > 80 || Glyphs.EndsSentence(line) && !(line[^1] is ')' or '）'))
        {
            return false;
        }

        // The pattern cannot match a line without 年, 月 and 日: such a line (most short lines) is turned away before the
        // line is copied into a string for it.
        if (!line.Contains('日') || !line.Contains('月') || !line.Contains('年'))
        {
            return false;
        }

        Match m = DateLinePattern().Match(line.ToString());
        return m.Success && TryDate(m.Groups["y"].ValueSpan, m.Groups["m"].ValueSpan, m.Groups["d"].ValueSpan, out date);
    }

    /// <summary>The first full date (<c>2020年1月10日</c> or in Chinese numerals) anywhere in <paramref name="text"/>.</summary>
    internal static bool TryFindDate(string text, out DateOnly date, out int index) => TryFindDate(text, out date, out index, out _);

    /// <summary>The first full date in <paramref name="text"/>, where it is and how long it is written.</summary>
    internal static bool TryFindDate(string text, out DateOnly date, out int index, out int length)
    {
        foreach (Match m in DatePattern().Matches(text))
        {
            if (TryDate(m.Groups["y"].ValueSpan, m.Groups["m"].ValueSpan, m.Groups["d"].ValueSpan, out date))
            {
                index = m.Index;
                length = m.Length;
                return true;
            }
        }

        date = default;
        index = -1;
        length = 0;
        return false;
    }

    /// <summary>
    /// A speaker's name line: a role and a name (<c>国务院总理李克强</c>, <c>河南省人民政府省长 王凯</c>, <c>广东省代省长 王伟中</c>,
    /// <c>自治区主席 艾尔肯·吐尼亚孜</c>), or, when <paramref name="bareNameAllowed"/>, a name alone (<c>郑建新</c>,
    /// <c>韦 韬</c>). Spaces inside are dropped; the name comes back without its title.
    /// </summary>
    internal static string? NameOf(ReadOnlySpan<char> line, bool bareNameAllowed)
    {
        if (Compact(line) is not { } compact)
        {
            return null;
        }

        // The last role whose remainder is a name and whose prefix is an organ or a place (代省长 → after 省长).
        for (int at = compact.Length - 2; at >= 0; at--)
        {
            foreach (string role in Roles)
            {
                if (string.CompareOrdinal(compact, at, role, 0, role.Length) != 0)
                {
                    continue;
                }

                string name = compact[(at + role.Length)..];
                string prefix = compact[..at];
                if (IsName(name) && (prefix.Length == 0 || RolePrefixEnds.Any(e => prefix.EndsWith(e, StringComparison.Ordinal))))
                {
                    return name;
                }
            }
        }

        return bareNameAllowed && IsName(compact) ? compact : null;
    }

    /// <summary>A name written before its role, as news copy does (<c>王凯省长</c>, <c>李跃勇市长</c>), or null.</summary>
    internal static string? NameBeforeRole(ReadOnlySpan<char> text)
    {
        if (Compact(text) is not { } compact)
        {
            return null;
        }

        foreach (string role in Roles)
        {
            if (compact.EndsWith(role, StringComparison.Ordinal))
            {
                string name = compact[..^role.Length];
                if (IsName(name) && !RolePrefixEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> is a person's name: two to four Han characters, or Han names joined by ·.</summary>
    internal static bool IsName(string text)
    {
        int dot = text.IndexOf('·');
        if (dot < 0)
        {
            return text.Length is >= 2 and <= MaxHanName && text.All(Glyphs.IsHan);
        }

        return text.Length <= MaxDottedName && dot > 0 && text[^1] != '·' && text.Split('·').All(p => p.Length > 0 && p.All(Glyphs.IsHan));
    }

    // The line without its spaces, when it holds only Han characters and the name dot; null otherwise.
    private static string? Compact(ReadOnlySpan<char> line)
    {
        if (line.Length is 0 or > MaxNameLine)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[line.Length];
        int n = 0;
        foreach (char c in line)
        {
            if (Glyphs.IsLineSpace(c) || c == '\u3000')
            {
                continue;
            }

            if (!Glyphs.IsHan(c) && c is not ('·' or '•' or '・'))
            {
                return null;
            }

            buffer[n++] = c is '•' or '・' ? '·' : c;
        }

        return n == 0 ? null : buffer[..n].ToString();
    }

    private static bool TryDate(ReadOnlySpan<char> y, ReadOnlySpan<char> m, ReadOnlySpan<char> d, out DateOnly date)
    {
        date = default;
        int? year = ChineseNumber.ParseYear(y);
        int? month = ChineseNumber.ParseWhole(m);
        int? day = ChineseNumber.ParseWhole(d);
        if (year is null or < 1900 or > 2100 || month is null or < 1 or > 12 || day is null or < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))
        {
            return false;
        }

        date = new DateOnly(year.Value, month.Value, day.Value);
        return true;
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}$|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，、,]|\d{1,2}[．.、](?!\d))")]
    private static partial Regex EnumeratedPattern();

    [GeneratedRegex(@"^[(（]?\s*(?:——|—|--)?\s*(?<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日(?:[^。！？]{0,60})?[)）]?$")]
    private static partial Regex DateLinePattern();

    [GeneratedRegex(@"(?<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")]
    private static partial Regex DatePattern();
}
