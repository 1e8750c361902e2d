// One located, typed mention of a formula: the unit of every count PolicyLens reports about slogans.
namespace PolicyLens.Extraction.Slogans;

/// <summary>A formula, slogan, titled document or named policy found in a document.</summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="End"/> (<see cref="Span"/>) are offsets into the normalised text given to the extractor
/// (UTF-16 code units, end exclusive); <see cref="Source"/> is the mention in the source file, for mentions extracted from a
/// <see cref="Text.Document"/>; <see cref="SloganExtractor.ExtractFile"/> gives mentions whose Start and End are Source, offsets
/// into the file's text it was given. A mention may span a line break that the page layout put inside a word (<c>两个维\n\n护</c>).
/// <see cref="Surface"/> is the text as written with such line breaks removed; for a document, the source file's own characters
/// at <see cref="Source"/> (traditional characters and a title's 2021—2035 as the file writes them, where the normalised text
/// the finders read has 群众路线 and 2021~2035).
/// </remarks>
public sealed record SloganMention
{
    /// <summary>The document's identifier as given to the extractor.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The document's year, when known.</summary>
    public int? Year { get; init; }

    /// <summary>How the mention was recognised.</summary>
    public required MentionKind Kind { get; init; }

    /// <summary>
    /// The canonical form: the lexicon's for <see cref="MentionKind.Lexicon"/>; otherwise the surface without white space
    /// and without the quote marks that wrap it (the title without 《》 for <see cref="MentionKind.Titled"/>).
    /// </summary>
    public required string Canonical { get; init; }

    /// <summary>The text as written (line breaks inside it removed).</summary>
    public required string Surface { get; init; }

    /// <summary>The lexicon entry's theme, or empty.</summary>
    public string Theme { get; init; } = "";

    /// <summary>Offset of the first character in the text given to the extractor (a document's normalised text, or the file's text for <see cref="SloganExtractor.ExtractFile"/>).</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past the last character in the text given to the extractor.</summary>
    public required int End { get; init; }

    /// <summary>The mention in the normalised text: [<see cref="Start"/>, <see cref="End"/>).</summary>
    public Text.TextSpan Span => new(Start, End);

    /// <summary>The mention in the decoded source file, for a mention extracted from a <see cref="Text.Document"/>; otherwise null.</summary>
    public Text.SourceSpan? Source { get; init; }

    /// <summary>The surrounding text, line breaks shown as spaces.</summary>
    public string Context { get; init; } = "";

    /// <summary>The lexicon entry, for <see cref="MentionKind.Lexicon"/> mentions.</summary>
    public LexiconEntry? Entry { get; init; }

    /// <summary>
    /// A finer type: for titled documents the <see cref="TitledDocumentType"/> in lower case (<c>law</c>, <c>plan</c>…), or
    /// <c>unmarked</c> for a full 关于…的意见/决定/决议/通知 title written without 《》 after its issuer or a verb adopting it;
    /// for lexicon mentions <c>canonical</c>, <c>variant</c> or <c>members</c> (written out as its member list), or <c>place</c>
    /// and <c>goal</c> for a place-branded campaign (现代化河南) or a goal (科教强省) found by pattern; <c>designation</c> for the
    /// label of a designation that a formula stands inside (国家乡村振兴示范县, reported whole in place of 乡村振兴); <c>repeat</c> for a
    /// name a finder reported elsewhere in the same document, written here without the finder's signal (see
    /// <see cref="SloganExtractorOptions.Repeats"/>); <c>alias</c> for a short reference to a document or name the text gave in full
    /// before it (《纲要草案》, 省委《建议》; see <see cref="SloganExtractorOptions.Aliases"/>), with the full mention's canonical; else empty.
    /// </summary>
    public string Subtype { get; init; } = "";

    /// <summary>
    /// For a named programme, plan or policy built on a label in quotation marks, the label without its marks (双百 for
    /// 文旅投资“双百”计划, 一带一路 for “一带一路”科技创新行动计划); otherwise empty. The mention's <see cref="Canonical"/> is the whole
    /// name: the label alone often names another item (the national formula, or a different programme of another place that
    /// uses the same label). For a programme of the lexicon narrowed by words of its own before it (新时代兴边富民行动, 医疗登峰计划),
    /// the lexicon's programme (兴边富民行动, 登峰计划). Group by the label to follow every programme a report builds on one formula.
    /// </summary>
    public string Label { get; init; } = "";
    /// <summary>
    /// How likely a reader applying the codebook is to judge this mention right (the right item with the right boundaries),
    /// from 0 to 1: <see cref="MentionConfidence"/>'s probability, learned from hand-judged mentions. Mentions under
    /// their kind's <see cref="SloganExtractorOptions.MinimumConfidence"/> are not reported (none by default); sort or weigh by
    /// it to review or count the surest ones.
    /// </summary>
    public double Confidence { get; init; } = 1;

    /// <summary>True when the mention lies inside another one (reported only with <see cref="CountingUnit.Nested"/>).</summary>
    public bool Nested { get; init; }
}
