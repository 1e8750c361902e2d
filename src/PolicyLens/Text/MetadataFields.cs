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

    internal static DocumentMetadata Read(IEnumerable<KeyValuePair<string, string>> fields)
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

            switch (name)
            {
                case "TITLE":
                    m = m with { Title = value };
                    break;
                case "DATE" when DateOnly.TryParse(value, CultureInfo.InvariantCulture, out DateOnly date):
                    m = m with { Date = date };
                    break;
                case "YEAR" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int year):
                    m = m with { Year = year };
                    break;
                case "SESSION" when SessionParser.Parse(value) is { IsUnknown: false } session:
                    m = m with { Session = session };
                    break;
                case "CONGRESS" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int congress) && congress > 0:
                    m = m with
                    {
                        Session = new SessionKey
                        {
                            Body = SessionBody.PartyCongress, Level = GovernmentLevel.National, Term = congress,
                            Year = SessionCalendar.YearOf(SessionBody.PartyCongress, GovernmentLevel.National, congress, null),
                        },
                    };
                    break;
                case "LEVEL" when LevelOf(value) is var level and not GovernmentLevel.Unknown:
                    m = m with { Level = level };
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
                    extra[rawName.Trim()] = value;
                    break;
            }
        }

        return m with { Extra = extra };
    }

    internal static GovernmentLevel LevelOf(string value) => value.Trim().ToUpperInvariant() switch
    {
        "NATIONAL" or "全国" or "中央" => GovernmentLevel.National,
        "PROVINCIAL" or "PROVINCE" or "省" or "省级" => GovernmentLevel.Provincial,
        "MUNICIPAL" or "CITY" or "市" or "市级" => GovernmentLevel.Municipal,
        "COUNTY" or "县" or "县级" or "区" => GovernmentLevel.County,
        _ => GovernmentLevel.Unknown,
    };

    // "report" alone says too little (gwr/index.tsv calls every report that); the title decides then.
    internal static DocumentGenre GenreOf(string value) => value.Trim().ToUpperInvariant().Replace(' ', '_').Replace('-', '_') switch
    {
        "SPEECH" or "讲话" => DocumentGenre.Speech,
        "WORK_REPORT" or "WORKREPORT" or "GOVERNMENT_WORK_REPORT" or "GWR" or "政府工作报告" => DocumentGenre.WorkReport,
        "RESOLUTION" or "NPC_RESOLUTION" or "决议" => DocumentGenre.Resolution,
        "NEWS" or "新闻" => DocumentGenre.News,
        "CONGRESS_REPORT" or "PARTY_CONGRESS_REPORT" or "党代会报告" => DocumentGenre.CongressReport,
        "OTHER" => DocumentGenre.Other,
        _ => DocumentGenre.Unknown,
    };
}
