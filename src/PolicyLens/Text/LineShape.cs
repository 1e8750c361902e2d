// Recognises the kinds of short line that give a page its structure: headings, datelines, bylines, name lines.
using System.Text.RegularExpressions;

namespace PolicyLens.Text;

/// <summary>
/// Questions about one line of normalised text (full-width digits already folded): is it a numbered heading, a date
/// line, a parenthetical line, a news byline, a speaker's name line. Line repair and page splitting both use them.
/// </summary>
internal static partial class LineShape
{
    // Speaker titles that may precede a name on the name line (国务院总理李克强).
    private static readonly string[] Roles =
    [
        "中共中央总书记", "国务院副总理", "国务院总理", "国家主席", "总书记", "委员长", "省委书记", "市委书记", "县委书记",
        "书记", "省长", "市长", "县长", "区长", "总理", "主席", "主任",
    ];

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

        Match m = DateLinePattern().Match(line.ToString());
        return m.Success && TryDate(m.Groups["y"].ValueSpan, m.Groups["m"].ValueSpan, m.Groups["d"].ValueSpan, out date);
    }

    /// <summary>The first full date (<c>2020年1月10日</c> or in Chinese numerals) anywhere in <paramref name="text"/>.</summary>
    internal static bool TryFindDate(string text, out DateOnly date, out int index)
    {
        foreach (Match m in DatePattern().Matches(text))
        {
            if (TryDate(m.Groups["y"].ValueSpan, m.Groups["m"].ValueSpan, m.Groups["d"].ValueSpan, out date))
            {
                index = m.Index;
                return true;
            }
        }

        date = default;
        index = -1;
        return false;
    }

    /// <summary>
    /// A speaker's name line: a role and a name (<c>国务院总理李克强</c>, <c>国务院总理李　强</c>), or, when
    /// <paramref name="bareNameAllowed"/>, a name alone (<c>郑建新</c>, <c>习　近　平</c>). Spaces inside are dropped.
    /// </summary>
    internal static string? NameOf(ReadOnlySpan<char> line, bool bareNameAllowed)
    {
        if (line.Length is 0 or > 20)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[line.Length];
        int n = 0;
        foreach (char c in line)
        {
            if (Glyphs.IsLineSpace(c))
            {
                continue;
            }

            if (!Glyphs.IsHan(c) && c != '·')
            {
                return null;
            }

            buffer[n++] = c;
        }

        ReadOnlySpan<char> compact = buffer[..n];
        foreach (string role in Roles)
        {
            if (compact.StartsWith(role) && compact.Length - role.Length is >= 2 and <= 4)
            {
                return compact[role.Length..].ToString();
            }
        }

        return bareNameAllowed && n is >= 2 and <= 4 ? compact.ToString() : null;
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
