// What is known about a document besides its text: from a sidecar, a JSON or CSV field, its file name, or its text.
namespace PolicyLens.Text;

/// <summary>
/// A document's metadata. Fields a sidecar, JSON Lines or CSV row gives are kept as given; the rest are inferred from
/// the file name (<c>gwr/2019.txt</c>, <c>20_2022.txt</c>) and the text (title, date line, name line, session names).
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>Nothing known.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>The title (its lines joined by a space), or null when the document has none.</summary>
    public string? Title { get; init; }

    /// <summary>The date the text gives (<c>(2020年1月10日)</c>) or its file name does (<c>2020-01-10</c>).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The year: given, from the file name, from the date, or from the session's calendar year.</summary>
    public int? Year { get; init; }

    /// <summary>The session the document belongs to; <see cref="SessionKey.Unknown"/> when it names none.</summary>
    public SessionKey Session { get; init; } = SessionKey.Unknown;

    /// <summary>National, provincial, municipal or county.</summary>
    public GovernmentLevel Level { get; init; }

    /// <summary>The place (衡阳市), when known; null for national documents.</summary>
    public string? Region { get; init; }

    /// <summary>Who spoke or signed (郑建新), from the name line under the title.</summary>
    public string? Speaker { get; init; }

    /// <summary>Speech, work report, resolution, news, congress report, other.</summary>
    public DocumentGenre Genre { get; init; }

    /// <summary>Fields of the source that have no property here (a sidecar's <c>wikisource_url</c>), by column name.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
