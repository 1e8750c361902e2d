// The unit every later stage works on: one article or report, its clean text, and the way back to the file.
namespace PolicyLens.Text;

/// <summary>
/// One document: its original text, the normalised text later stages read, the <see cref="OffsetMap"/> between
/// them, its metadata, and what normalisation repaired. A newspaper page gives several documents, each holding its
/// own slice of the page; <see cref="SourceOffset"/> says where that slice starts in the decoded file.
/// </summary>
/// <example>
/// A hit at <c>[start, start + length)</c> in <see cref="Text"/> is at
/// <c>doc.SourceOffset + doc.Map.ToOriginal(start, length).Start</c> in the decoded file.
/// </example>
public sealed record Document
{
    /// <summary>A stable id: the path under the corpus root without extension (<c>gwr/2019</c>), <c>#2</c> for the second article of a page.</summary>
    public required string Id { get; init; }

    /// <summary>Where it came from: a file path, or <c>path:line</c> for a JSON Lines or CSV row.</summary>
    public required string Source { get; init; }

    /// <summary>The text as decoded (for an article of a page: its slice of the page).</summary>
    public required string OriginalText { get; init; }

    /// <summary>The character offset of <see cref="OriginalText"/> in the decoded source (0 unless a page was split).</summary>
    public int SourceOffset { get; init; }

    /// <summary>The normalised text: what tokenization and extraction read.</summary>
    public required string Text { get; init; }

    /// <summary>Offsets of <see cref="Text"/> ↔ offsets of <see cref="OriginalText"/>.</summary>
    public required OffsetMap Map { get; init; }

    /// <summary>What is known about the document.</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    /// <summary>The source's encoding (<c>utf-8</c>, <c>gb18030</c>…), or null when it came as text.</summary>
    public string? Encoding { get; init; }

    /// <summary>Every change normalisation made, in coordinates of <see cref="OriginalText"/> and <see cref="Text"/>.</summary>
    public IReadOnlyList<TextRepair> Repairs { get; init; } = [];

    /// <summary>Things a reader should know: a paragraph printed twice, an article without a title line.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where the body starts in <see cref="Text"/>: past the title, date, meeting and name lines (0 when there are none).</summary>
    public int BodyStart { get; init; }

    /// <summary>
    /// The sentences of <see cref="Text"/> as every stage cuts them (<see cref="SentenceSplitter"/>), computed once on
    /// first use.
    /// </summary>
    public IReadOnlyList<Sentence> Sentences => Structure.Sentences;

    /// <summary>The paragraphs (non-blank lines) of <see cref="Text"/>, computed once on first use.</summary>
    public IReadOnlyList<TextSpan> Paragraphs => Structure.Paragraphs;

    /// <summary>
    /// The heading tree of the body in document order (parents before their children), each section with its kind
    /// (review, goals, tasks…) and the years it speaks about, computed once on first use from the text and
    /// <see cref="DocumentMetadata.Year"/>.
    /// </summary>
    public IReadOnlyList<Section> Sections => Structure.Sections;

    /// <summary>
    /// The tokens of <see cref="Text"/> as <see cref="Tokenization.JiebaSegmenter.Default"/> cuts it (accurate mode with
    /// the HMM), traditional characters read as simplified ones (<see cref="VariantFold"/>, one character for one, so the
    /// offsets are those of <see cref="Text"/>), computed once on first use. The tokens of a sentence are the ones between
    /// its start and end: the same as cutting the sentence alone, since every sentence ends where jieba ends a block.
    /// </summary>
    public IReadOnlyList<Tokenization.Token> Tokens => Structure.Tokens;

    /// <summary><see cref="Text"/> folded as <see cref="Tokens"/> read it (<see cref="VariantFold"/>), made once with them.</summary>
    internal string FoldedText => Structure.Folded;

    private DocumentStructure Structure
    {
        get
        {
            bool workReport = Metadata.Genre == DocumentGenre.WorkReport;
            DocumentStructure? s = _structure.Value;
            if (s is null || !s.Fits(Text, BodyStart, Metadata.Year, workReport))
            {
                s = new DocumentStructure(Text, BodyStart, Metadata.Year, workReport);
                _structure.Value = s;
            }

            return s;
        }
    }

    // A cache, not part of the value: equal to any other cache, so record equality is that of the document's data.
    private readonly StructureCache _structure = new();

    private sealed class StructureCache : IEquatable<StructureCache>
    {
        internal DocumentStructure? Value { get; set; }

        public bool Equals(StructureCache? other) => other is not null;

        public override bool Equals(object? obj) => obj is StructureCache;

        public override int GetHashCode() => 0;
    }

    /// <summary>The offset in the decoded source file of an offset in <see cref="Text"/> (read as a span's start).</summary>
    public int ToSourceOffset(int normalizedOffset) => SourceOffset + Map.ToOriginal(normalizedOffset);

    /// <summary>The span of the decoded source file that produced <paramref name="span"/> of <see cref="Text"/>.</summary>
    public SourceSpan ToSource(TextSpan span)
    {
        (int start, int length) = Map.ToOriginal(span.Start, span.Length);
        return new SourceSpan(SourceOffset + start, SourceOffset + start + length);
    }

    /// <summary>The span of <see cref="Text"/> that <paramref name="span"/> of the decoded source file became.</summary>
    public TextSpan ToText(SourceSpan span)
    {
        int start = Math.Clamp(span.Start - SourceOffset, 0, Map.OriginalLength);
        int end = Math.Clamp(span.End - SourceOffset, start, Map.OriginalLength);
        (int s, int length) = Map.ToNormalized(start, end - start);
        return new TextSpan(s, s + length);
    }
}
