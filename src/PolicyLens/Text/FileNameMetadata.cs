// What a corpus file's name says: gwr/2019.txt is 2019, 20_2022.txt is the 20th Party congress of 2022.
using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyLens.Text;

/// <summary>
/// Reads metadata from a file name: a date (<c>hengyang-2020-01-10.txt</c>), a year (<c>2019.txt</c>,
/// <c>2019_resolution.txt</c>, <c>01_1921_beijing.txt</c>), and a Party congress when the name is
/// <c>&lt;number&gt;_&lt;year&gt;</c> and that congress was held that year (<c>20_2022.txt</c>) — the calendar confirms it, so
/// it is not a guess. Two different years in one name give no year.
/// </summary>
public static partial class FileNameMetadata
{
    /// <summary>The year, date and session the file name of <paramref name="path"/> gives (unknown fields left empty).</summary>
    public static DocumentMetadata Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileNameWithoutExtension(path);
        DateOnly? date = null;
        Match d = DatePattern().Match(name);
        if (d.Success && DateOnly.TryParseExact($"{d.Groups[1].Value}-{d.Groups[2].Value}-{d.Groups[3].Value}", "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
        {
            date = parsed;
        }

        int? year = date?.Year;
        if (year is null)
        {
            // The year when the name has exactly one distinct year in it (a loop, not Select/Distinct over int).
            bool several = false;
            foreach (Match m in YearPattern().Matches(name))
            {
                int y = int.Parse(m.Value, CultureInfo.InvariantCulture);
                several |= year is { } seen && seen != y;
                year ??= y;
            }

            year = several ? null : year;
        }

        SessionKey session = SessionKey.Unknown;
        Match c = CongressPattern().Match(name);
        if (c.Success)
        {
            int number = int.Parse(c.Groups[1].Value, CultureInfo.InvariantCulture);
            int congressYear = int.Parse(c.Groups[2].Value, CultureInfo.InvariantCulture);
            if (SessionCalendar.PartyCongressIn(congressYear) == number)
            {
                session = new SessionKey { Body = SessionBody.PartyCongress, Level = GovernmentLevel.National, Term = number, Year = congressYear };
            }
        }

        return new DocumentMetadata { Year = year, Date = date, Session = session, Level = session.IsUnknown ? GovernmentLevel.Unknown : GovernmentLevel.National };
    }

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(\d{1,2})_((?:19|20)\d{2})(?:_|$)")]
    private static partial Regex CongressPattern();
}
