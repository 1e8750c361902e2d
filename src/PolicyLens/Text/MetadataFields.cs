// Reads metadata columns and JSON fields (title, date, year, session, level, region, speaker, genre) by name.
using System.Globalization;

namespace PolicyLens.Text;

/// <summary>
/// Turns named fields of a sidecar row, a JSON Lines object or a CSV row into <see cref="DocumentMetadata"/>.
/// Known names (case-insensitive): <c>title</c>, <c>date</c>, <c>year</c>, <c>session</c> (any session name),
/// <c>level</c>, <c>region</c>, <c>speaker</c>, <c>genre</c> or <c>kind</c>, and <c>congress</c> (a Party congress
/// number, as in <c>cpc-congress/index.tsv</c>). Every other field is kept in <see cref="DocumentMetadata.Extra"/>.
/// </summary>
internal static class MetadataFields
{
    /// <summary>Names that identify the document, not describe it.</summary>
    internal static bool IsKey(string name) => name.ToUpperInvariant() is "ID" or "TEXT" or "FILE" or "FILENAME" or "PATH";

    /// <summary>The earliest year a metadata field may give.</summary>
    internal const int FirstYear = 1900;

    /// <summary>The latest year a metadata field may give.</summary>
    internal const int LastYear = 2100;

    // Dates as sidecars write them; anything else is ignored with a warning rather than guessed.
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy.MM.dd", "yyyyMMdd", "yyyy年M月d日"];

    internal static DocumentMetadata Read(IEnumerable<KeyValuePair<string, string>> fields) => Read(fields, null);

    /// <summary>
    /// The metadata the fields give. A known field whose value cannot be used (a year outside 1900–2100, a date that
    /// is not a date, an unknown level, a session name that does not parse) is ignored, kept in
    /// <see cref="DocumentMetadata.Extra"/>, and reported in <paramref name="warnings"/>.
    /// </summary>
    internal static DocumentMetadata Read(IEnumerable<KeyValuePair<string, string>> fields, List<string>? warnings)
    {
        var m = new DocumentMetadata();
        var extra = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string rawName, string rawValue) in fields)
        {
            string name = rawName.Trim().ToUpperInvariant();
            string value = rawValue.Trim();
            if (value.Length == 0 || IsKey(rawName))
            {
                continue;
            }

            string? ignored = null;
            switch (name)
            {
                case "TITLE":
                    m = m with { Title = value };
                    break;
                case "DATE":
                    if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) && date.Year is >= FirstYear and <= LastYear)
                    {
                        m = m with { Date = date };
                    }
                    else
                    {
                        ignored = $"not a date between {FirstYear} and {LastYear} written YYYY-MM-DD";
                    }

                    break;
                case "YEAR":
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= FirstYear and <= LastYear)
                    {
                        m = m with { Year = year };
                    }
                    else
                    {
                        ignored = $"not a year between {FirstYear} and {LastYear}";
                    }

                    break;
                case "SESSION":
                    if (SessionParser.Parse(value) is { IsUnknown: false } session)
                    {
                        m = m with { Session = session };
                    }
                    else
                    {
                        ignored = "not a session name PolicyLens reads (e.g. 十三届全国人大二次会议)";
                    }

                    break;
                case "CONGRESS":
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int congress) && congress is > 0 and <= 100)
                    {
                        m = m with
                        {
                            Session = new SessionKey
                            {
                                Body = SessionBody.PartyCongress, Level = GovernmentLevel.National, Term = congress,
                                Year = SessionCalendar.YearOf(SessionBody.PartyCongress, GovernmentLevel.National, congress, null),
                            },
                        };
                    }
                    else
                    {
                        ignored = "not a Party congress number (1 to 100)";
                    }

                    break;
                case "LEVEL":
                    if (LevelOf(value) is var level and not GovernmentLevel.Unknown)
                    {
                        m = m with { Level = level };
                    }
                    else
                    {
                        ignored = "not a level; use national, provincial, municipal or county";
                    }

                    break;
                case "REGION":
                    m = m with { Region = value };
                    break;
                case "SPEAKER":
                    m = m with { Speaker = value };
                    break;
                case "GENRE" or "KIND" when GenreOf(value) is var genre and not DocumentGenre.Unknown:
                    m = m with { Genre = genre };
                    break;
                default:
                    // Unknown genres ("report") stay as data: the title decides the genre then.
                    extra[rawName.Trim()] = value;
                    break;
            }

            if (ignored is not null)
            {
                extra[rawName.Trim()] = value;
                warnings?.Add($"{rawName.Trim()} '{Shorten(value)}' ignored: {ignored}");
            }
        }

        return m with { Extra = extra };
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");

    internal static GovernmentLevel LevelOf(string value) => value.Trim().ToUpperInvariant() switch
    {
        "NATIONAL" or "CENTRAL" or "全国" or "中央" => GovernmentLevel.National,
        "PROVINCIAL" or "PROVINCE" or "省" or "省级" => GovernmentLevel.Provincial,
        "MUNICIPAL" or "CITY" or "市" or "市级" => GovernmentLevel.Municipal,
        "COUNTY" or "县" or "县级" or "区" => GovernmentLevel.County,
        _ => GovernmentLevel.Unknown,
    };

    // "report" alone says too little (gwr/index.tsv calls every report that); the title decides then.
    internal static DocumentGenre GenreOf(string value) => value.Trim().ToUpperInvariant().Replace(' ', '_').Replace('-', '_') switch
    {
        "SPEECH" or "讲话" => DocumentGenre.Speech,
        "WORK_REPORT" or "WORKREPORT" or "GOVERNMENT_WORK_REPORT" or "GOV_WORK_REPORT" or "GWR" or "政府工作报告" => DocumentGenre.WorkReport,
        "RESOLUTION" or "NPC_RESOLUTION" or "决议" => DocumentGenre.Resolution,
        "NEWS" or "新闻" => DocumentGenre.News,
        "CONGRESS_REPORT" or "PARTY_CONGRESS_REPORT" or "党代会报告" => DocumentGenre.CongressReport,
        "POLICY_DOCUMENT" or "POLICYDOCUMENT" or "DOCUMENT" or "政策文件" or "文件" or "公文" => DocumentGenre.PolicyDocument,
        "OTHER" => DocumentGenre.Other,
        _ => DocumentGenre.Unknown,
    };
}
