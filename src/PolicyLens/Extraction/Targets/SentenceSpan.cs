// A sentence of the Text stage (Document.Sentences) as the target rules index it.
namespace PolicyLens.Extraction.Targets;

/// <summary>One sentence: [<paramref name="Start"/>, <paramref name="End"/>) in the normalised text, its paragraph and its index in the document's sentences.</summary>
internal readonly record struct SentenceSpan(int Start, int End, int Paragraph, int Index = 0);
