// What an extractor may know about a text given to it as a plain string: the id, year and genre of its document.
using PolicyLens.Text;

namespace PolicyLens.Extraction;

/// <summary>
/// What an extractor knows about text given as a string rather than as a <see cref="Document"/> (which carries all of this
/// in its metadata): the id copied into every result, the year that resolves <c>今年</c> and <c>去年</c>, the genre, and the
/// region whose own formulas the lexicon may hold.
/// </summary>
/// <param name="DocumentId">Copied into every result.</param>
/// <param name="Year">The document's year, when known.</param>
/// <param name="Genre">The kind of text; in news and other non-report genres only explicit target statements are targets.</param>
/// <param name="Region">
/// The division the document is of, official or short (驻马店市, 广东): the lexicon's entries of that place and of its province
/// (<see cref="Slogans.LexiconEntry.Place"/>) are reported in it however often the text names the place; null when unknown.
/// </param>
public sealed record ExtractionContext(string DocumentId = "", int? Year = null, DocumentGenre Genre = DocumentGenre.Unknown, string? Region = null)
{
    /// <summary>No id, year or genre.</summary>
    public static ExtractionContext None { get; } = new();

    /// <summary>The context of <paramref name="document"/>: its id, year and genre.</summary>
    public static ExtractionContext Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ExtractionContext(document.Id, document.Metadata.Year, document.Metadata.Genre, document.Metadata.Region);
    }
}
