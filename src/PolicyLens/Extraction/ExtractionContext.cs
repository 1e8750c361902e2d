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

    /// <summary>
    /// The metadata <see cref="DocumentParser"/> infers for <paramref name="text"/> as if read from the file
    /// <paramref name="path"/> (the year, genre and region the file's name and the text give), with <paramref name="id"/> as
    /// the id, for a sentence or passage extracted as given (<c>Extract(string, ExtractionContext)</c>, offsets into it): its
    /// place's own entries and since years then apply as in that file. It does NOT make the raw text's mentions those a user's
    /// <c>extract</c> reports for a file, which reads the normalised text (line joins, full-width forms, traditional
    /// characters, a page split into articles): to score or list a file's mentions as extract reports them, use
    /// <see cref="Slogans.SloganExtractor.ExtractFile"/>. Text the parser splits into several articles gives no metadata.
    /// </summary>
    /// <param name="id">Copied into every result.</param>
    /// <param name="text">The text as read from the file.</param>
    /// <param name="path">The file's path, or a name ending in the file's name (the file name may carry the year or date).</param>
    public static ExtractionContext ForText(string id, string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        IReadOnlyList<Document> documents = DocumentParser.Parse(text, new DocumentSource { Id = id, Location = path, FileName = path });
        return documents.Count == 1 ? Of(documents[0]) with { DocumentId = id } : new ExtractionContext(id);
    }

    /// <summary>The context of <paramref name="document"/>: its id, year and genre.</summary>
    public static ExtractionContext Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ExtractionContext(document.Id, document.Metadata.Year, document.Metadata.Genre, document.Metadata.Region);
    }
}
