// A document's sentences, paragraphs, sections and tokens, computed once and kept with the document.
using PolicyLens.Tokenization;

namespace PolicyLens.Text;

/// <summary>
/// The structure of one document's text. <see cref="Document"/> builds it on first use and keeps it for as long as its
/// text and year are the ones it was built from (a <c>with</c> copy that changes them builds a new one).
/// </summary>
internal sealed class DocumentStructure
{
    private readonly Lazy<IReadOnlyList<Sentence>> _sentences;
    private readonly Lazy<IReadOnlyList<TextSpan>> _paragraphs;
    private readonly Lazy<IReadOnlyList<Section>> _sections;
    private readonly Lazy<string> _folded;
    private readonly Lazy<Token[]> _tokens;

    internal DocumentStructure(string text, int bodyStart, int? year, bool workReport)
    {
        Text = text;
        Year = year;
        BodyStart = bodyStart;
        WorkReport = workReport;
        _sentences = new(() => SentenceSplitter.Sentences(text));
        _paragraphs = new(() => SentenceSplitter.Paragraphs(text));
        _sections = new(() => SectionParser.Parse(text, bodyStart, year, workReport));

        // Folding keeps every length, so the tokens' offsets are the text's. The folded text is kept: the theme scorer
        // reads its sentences from it (it folded the whole text again).
        _folded = new(() => VariantFold.Fold(text));
        _tokens = new(() => JiebaSegmenter.Default.Tokenize(_folded.Value));
    }

    internal string Text { get; }

    internal int? Year { get; }

    internal int BodyStart { get; }

    internal bool WorkReport { get; }

    internal IReadOnlyList<Sentence> Sentences => _sentences.Value;

    internal IReadOnlyList<TextSpan> Paragraphs => _paragraphs.Value;

    internal IReadOnlyList<Section> Sections => _sections.Value;

    /// <summary>The text with traditional characters read as simplified ones (<see cref="VariantFold.Fold(string)"/>), what <see cref="Tokens"/> cut.</summary>
    internal string Folded => _folded.Value;

    internal IReadOnlyList<Token> Tokens => _tokens.Value;

    internal bool Fits(string text, int bodyStart, int? year, bool workReport) =>
        ReferenceEquals(text, Text) && bodyStart == BodyStart && year == Year && workReport == WorkReport;
}
