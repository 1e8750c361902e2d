// One sentence of a document, as every stage cuts it.
namespace PolicyLens.Text;

/// <summary>A sentence of a document's normalised text and the paragraph it stands in.</summary>
/// <param name="Span">Where it is in <see cref="Document.Text"/>, white space trimmed.</param>
/// <param name="Paragraph">The index of its paragraph in <see cref="Document.Paragraphs"/>.</param>
public readonly record struct Sentence(TextSpan Span, int Paragraph);
