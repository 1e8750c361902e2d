// Where a formula first occurs in a named collection of texts (for the built-in lexicon: the national corpus of
// Government Work Reports 1954–2025 and CPC congress reports), computed by program and checked by a test.
namespace PolicyLens.Extraction.Slogans;

/// <summary>The first occurrence of a formula in a corpus: the earliest year, then the first document of that year in path order.</summary>
/// <param name="Year">The document's year.</param>
/// <param name="Document">The document's path under the corpus root, e.g. <c>gwr/2019.txt</c>.</param>
/// <param name="Offset">The UTF-16 offset of the mention in the file's decoded text.</param>
/// <param name="Form">How it was written: <c>canonical</c>, <c>variant</c> or <c>members</c>.</param>
public sealed record CorpusAppearance(int Year, string Document, int Offset, string Form);
